package ai.kai.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorInfo;
import ai.kai.error.KaiException;
import ai.kai.storage.BlobInfo;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * Turns an uploaded original into its stored form when storage reports its arrival. Safe under
 * at-least-once delivery: a version already ingested, or claimed by a running invocation, is skipped. Bad
 * content ends in a stored {@code failed} status with the reason, never in an exception (no retry storm);
 * the original object is never modified.
 */
public final class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class.getName());
    /** A claim older than this belongs to an invocation that died (Lambda's maximum is 15 minutes). */
    static final Duration CLAIM_EXPIRY = Duration.ofMinutes(16);

    private final BlobStore blobs;
    private final FileRepository files;
    private final DatasetConverter converter;
    private final FileProfiler profiler;
    private final Path workRoot;
    private final Clock clock;

    public IngestService(BlobStore blobs, FileRepository files, DatasetConverter converter, FileProfiler profiler,
                         Path workRoot, Clock clock) {
        this.blobs = blobs;
        this.files = files;
        this.converter = converter;
        this.profiler = profiler;
        this.workRoot = workRoot;
        this.clock = clock;
    }

    public IngestOutcome ingest(String key, String eventEtag) {
        Optional<FileKeys.OriginalKey> parsed = FileKeys.parseOriginal(key);
        if (parsed.isEmpty()) {
            return IngestOutcome.IGNORED;
        }
        TenantId tenant = parsed.get().tenant();
        String fileId = parsed.get().fileId();
        Optional<FileRepository.Versioned> current = files.find(tenant, fileId);
        if (current.isEmpty() || !key.equals(current.get().record().originalKey())) {
            LOG.info(() -> "ignoring an object without a matching file record: " + fileId);
            return IngestOutcome.IGNORED;
        }
        Optional<BlobInfo> object = blobs.head(key);
        if (object.isEmpty()) {
            return IngestOutcome.IGNORED;
        }
        String etag = object.get().etag() != null ? object.get().etag() : eventEtag;
        Optional<FileRepository.Versioned> claimed = claim(tenant, current.get(), etag);
        if (claimed.isEmpty()) {
            return IngestOutcome.DUPLICATE;
        }
        return convert(tenant, claimed.get(), key, etag, object.get().size());
    }

    private Optional<FileRepository.Versioned> claim(TenantId tenant, FileRepository.Versioned current, String etag) {
        FileRecord r = current.record();
        boolean done = r.status() != FileStatus.PENDING && Objects.equals(r.originalEtag(), etag);
        boolean running = r.ingestClaim() != null && Objects.equals(r.ingestClaim().etag(), etag)
                && Instant.parse(r.ingestClaim().claimedAt()).plus(CLAIM_EXPIRY).isAfter(Instant.now(clock));
        if (done || running) {
            return Optional.empty();
        }
        FileRecord claimed = r.claimed(new IngestClaim(etag, now()), now());
        if (!files.replace(tenant, claimed, current.version())) {
            return Optional.empty();
        }
        return Optional.of(new FileRepository.Versioned(claimed, current.version() + 1));
    }

    private IngestOutcome convert(TenantId tenant, FileRepository.Versioned claimed, String key, String etag, long size) {
        long started = System.nanoTime();
        FileRecord record = claimed.record();
        Path work = workRoot.resolve(record.fileId() + "-" + System.nanoTime());
        try {
            Files.createDirectories(work);
            Path original = work.resolve("original");
            blobs.download(key, original);
            ContentSniffer.Sniffed sniffed = sniff(original).checkAgainst(record.name());
            DatasetConverter.Converted converted = converter.convert(original, sniffed, record.ingestOptions(), work,
                    record.name());
            String dbKey = FileKeys.database(tenant, record.fileId());
            String parquetKey = FileKeys.parquet(tenant, record.fileId());
            BlobInfo db = blobs.put(dbKey, converted.database(), "application/vnd.duckdb");
            blobs.put(parquetKey, converted.parquet(), "application/vnd.apache.parquet");
            StoredDataset dataset = new StoredDataset(sniffed.format().wire(), dbKey, db.etag(), parquetKey,
                    converted.rowCount(), converted.columns(), converted.previewRows(), converted.report());
            long millis = (System.nanoTime() - started) / 1_000_000;
            FileProfileState profile = profiler.profileAndStore(converted.database(), tenant, record.fileId(), record.name());
            return finish(tenant, claimed, record.ready(dataset, etag, size, millis, now()).withProfile(profile),
                    IngestOutcome.INGESTED);
        } catch (KaiException e) {
            ErrorInfo reason = e.code() == ErrorCode.STORAGE_UNAVAILABLE || !e.isClientError()
                    ? ErrorInfo.of(ErrorCode.INGEST_FAILED, "ingest failed on the server side; upload the file again")
                    : ErrorInfo.of(e);
            if (!e.isClientError()) {
                LOG.log(Level.WARNING, "ingest of " + record.fileId() + " failed", e);
            }
            return finish(tenant, claimed, record.failed(reason, etag, now()), IngestOutcome.FAILED);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ingest of " + record.fileId() + " failed", e);
            ErrorInfo reason = ErrorInfo.of(ErrorCode.INGEST_FAILED, "ingest failed on the server side; upload the file again");
            return finish(tenant, claimed, record.failed(reason, etag, now()), IngestOutcome.FAILED);
        } finally {
            deleteTree(work);
        }
    }

    private IngestOutcome finish(TenantId tenant, FileRepository.Versioned claimed, FileRecord result, IngestOutcome outcome) {
        if (files.replace(tenant, result, claimed.version())) {
            return outcome;
        }
        if (files.find(tenant, result.fileId()).isEmpty()) {
            // deleted while we converted: leave nothing behind
            blobs.deletePrefix(FileKeys.prefix(tenant, result.fileId()));
        }
        return IngestOutcome.IGNORED;
    }

    private static ContentSniffer.Sniffed sniff(Path original) throws IOException {
        byte[] head = new byte[ContentSniffer.SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(original)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return ContentSniffer.sniff(head, n, Files.size(original));
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not clean " + dir, e);
        }
    }
}
