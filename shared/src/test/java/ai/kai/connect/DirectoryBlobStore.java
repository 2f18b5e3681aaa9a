package ai.kai.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import ai.kai.storage.BlobInfo;
import ai.kai.storage.BlobStore;

/** Object storage on a local directory for tests: keys are paths, ETags content hashes (as S3's MD5 ETags). */
public final class DirectoryBlobStore implements BlobStore {
    private final Path root;

    public DirectoryBlobStore(Path root) {
        this.root = root;
    }

    @Override
    public BlobInfo put(String key, byte[] content, String contentType) {
        try {
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            return info(key, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BlobInfo put(String key, Path file, String contentType) {
        try {
            return put(key, Files.readAllBytes(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        Path p = root.resolve(key);
        return Files.isRegularFile(p) ? Optional.of(info(key, p)) : Optional.empty();
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            Path file = root.resolve(key);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BlobInfo download(String key, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(root.resolve(key), target, StandardCopyOption.REPLACE_EXISTING);
            return info(key, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int deletePrefix(String prefix) {
        try (Stream<Path> files = Files.walk(root)) {
            return (int) files.filter(Files::isRegularFile).filter(p -> root.relativize(p).toString().startsWith(prefix))
                    .peek(p -> p.toFile().delete()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI presignPut(String key, String contentType, Duration ttl) {
        return root.resolve(key).toUri();
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        return root.resolve(key).toUri();
    }

    private static BlobInfo info(String key, Path p) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(Files.readAllBytes(p));
            return new BlobInfo(key, Files.size(p), HexFormat.of().formatHex(digest));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
