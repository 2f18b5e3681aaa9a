package ai.kai.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.storage.BlobStore;

/**
 * Datasets' {@code data.duckdb} files kept on local disk (Lambda's /tmp), keyed by object key and ETag, so a
 * warm function queries without touching S3. Least recently used files go when the byte budget is exceeded.
 */
public final class DatabaseCache {
    private final Path dir;
    private final long maxBytes;
    private final Map<Path, Long> lru = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private long totalBytes;

    public DatabaseCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> existing = Files.list(dir)) {
                existing.filter(p -> p.toString().endsWith(".duckdb")).forEach(p -> remember(p, sizeOf(p)));
            }
        } catch (IOException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "the dataset cache directory is not usable", e);
        }
    }

    /** The local copy of the object at {@code key} with content version {@code etag}, downloaded if needed. */
    public Path fetch(BlobStore store, String key, String etag) {
        Path target = dir.resolve(fileName(key, etag));
        synchronized (locks.computeIfAbsent(target.toString(), k -> new Object())) {
            if (Files.exists(target)) {
                touch(target);
                return target;
            }
            Path partial = dir.resolve(target.getFileName() + ".part");
            store.download(key, partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new KaiException(ErrorCode.INTERNAL_ERROR, "could not store a dataset in the local cache", e);
            }
            remember(target, sizeOf(target));
            return target;
        }
    }

    /** Forgets every cached version of the object (e.g. after the file was deleted). */
    public synchronized void evict(String key) {
        String prefix = hash(key) + "-";
        Iterator<Map.Entry<Path, Long>> it = lru.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Path, Long> e = it.next();
            if (e.getKey().getFileName().toString().startsWith(prefix)) {
                deleteQuietly(e.getKey());
                totalBytes -= e.getValue();
                it.remove();
            }
        }
    }

    private synchronized void touch(Path p) {
        lru.get(p);
    }

    private synchronized void remember(Path p, long size) {
        Long previous = lru.put(p, size);
        totalBytes += size - (previous == null ? 0 : previous);
        Iterator<Map.Entry<Path, Long>> it = lru.entrySet().iterator();
        while (totalBytes > maxBytes && it.hasNext()) {
            Map.Entry<Path, Long> oldest = it.next();
            if (oldest.getKey().equals(p)) {
                continue;
            }
            deleteQuietly(oldest.getKey());
            totalBytes -= oldest.getValue();
            it.remove();
        }
    }

    static String fileName(String key, String etag) {
        String safeEtag = etag == null ? "none" : etag.replaceAll("[^A-Za-z0-9-]", "");
        return hash(key) + "-" + safeEtag + ".duckdb";
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a file still open by a running query is unlinked by the OS once closed
        }
    }
}
