package ai.kai.files;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.storage.BlobStore;
import ai.kai.storage.ItemPage;
import ai.kai.tenancy.TenantId;

/**
 * Uploads, lists, shows and deletes a tenant's files. Conversion happens asynchronously in {@link IngestService},
 * triggered by the object's arrival in storage.
 */
public final class FileService {
    public static final int MAX_PAGE_SIZE = 100;
    private final BlobStore blobs;
    private final FileRepository files;
    private final Clock clock;
    private final int maxInlineBytes;
    private final long maxUploadBytes;
    private final Duration presignTtl;

    public FileService(BlobStore blobs, FileRepository files, Clock clock, int maxInlineBytes, long maxUploadBytes,
                       Duration presignTtl) {
        this.blobs = blobs;
        this.files = files;
        this.clock = clock;
        this.maxInlineBytes = maxInlineBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.presignTtl = presignTtl;
    }

    /** A small file sent in the request itself: checked, stored, and ingested when storage reports it. */
    public FileView uploadInline(TenantId tenant, String name, byte[] content, IngestOptions options) {
        FileName fileName = new FileName(name);
        if (content.length > maxInlineBytes) {
            throw new KaiException(ErrorCode.PAYLOAD_TOO_LARGE, "inline uploads are limited to " + maxInlineBytes / 1024
                    + " KiB; request a presigned upload (\"mode\": \"presigned\") for larger files");
        }
        ContentSniffer.sniff(content, Math.min(content.length, ContentSniffer.SNIFF_BYTES), content.length)
                .checkAgainst(fileName.display());
        String fileId = FileIds.next(clock);
        String key = FileKeys.original(tenant, fileId, fileName);
        FileRecord record = FileRecord.pending(fileId, fileName.display(), content.length, key, now(), options);
        files.create(tenant, record);
        try {
            blobs.put(key, content, contentType(fileName));
        } catch (RuntimeException e) {
            files.delete(tenant, fileId);
            throw e;
        }
        return FileView.of(record);
    }

    /** A large file: a pending record and a presigned PUT the client sends the bytes to. */
    public UploadTicket uploadPresigned(TenantId tenant, String name, long sizeBytes, IngestOptions options) {
        FileName fileName = new FileName(name);
        if (sizeBytes == 0) {
            throw new KaiException(ErrorCode.EMPTY_FILE, "the file is empty; upload a file with a header row and data");
        }
        if (sizeBytes > maxUploadBytes) {
            throw new KaiException(ErrorCode.FILE_TOO_LARGE, "files are limited to " + maxUploadBytes / (1024 * 1024)
                    + " MiB (this one is " + sizeBytes / (1024 * 1024) + " MiB)");
        }
        String fileId = FileIds.next(clock);
        String key = FileKeys.original(tenant, fileId, fileName);
        FileRecord record = FileRecord.pending(fileId, fileName.display(), Math.max(sizeBytes, 0), key, now(), options);
        files.create(tenant, record);
        String type = contentType(fileName);
        String url = blobs.presignPut(key, type, presignTtl).toString();
        return new UploadTicket(FileView.of(record), url, "PUT", Map.of("Content-Type", type),
                Instant.now(clock).plus(presignTtl).toString());
    }

    public FileView get(TenantId tenant, String fileId) {
        return FileView.of(files.require(tenant, fileId).record());
    }

    /** The record of a file that can be queried now, or a 409 saying why not. */
    public FileRecord requireReady(TenantId tenant, String fileId) {
        FileRecord record = files.require(tenant, fileId).record();
        return switch (record.status()) {
            case READY -> record;
            case PENDING -> throw new KaiException(ErrorCode.FILE_NOT_READY,
                    "file " + fileId + " is still being ingested; try again in a moment");
            case FAILED -> throw new KaiException(ErrorCode.FILE_NOT_READY, "file " + fileId + " failed to ingest ("
                    + record.error().code() + ": " + record.error().message() + "); upload a corrected file");
        };
    }

    public FilePage list(TenantId tenant, int pageSize, Optional<String> cursor) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new KaiException(ErrorCode.INVALID_PAGINATION, "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        ItemPage page = files.page(tenant, pageSize, cursor);
        List<FileView> views = page.items().stream().map(FileRepository::toRecord).map(FileView::of)
                .map(FileView::summary).toList();
        return new FilePage(views, files.count(tenant), pageSize, page.nextCursor().isPresent(), page.nextCursor());
    }

    /** Removes every stored object of the file, then its record. */
    public void delete(TenantId tenant, String fileId) {
        files.require(tenant, fileId);
        blobs.deletePrefix(FileKeys.prefix(tenant, fileId));
        files.delete(tenant, fileId);
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    static String contentType(FileName name) {
        return switch (name.extension()) {
            case "csv" -> "text/csv";
            case "tsv", "tab" -> "text/tab-separated-values";
            case "json", "ndjson", "jsonl" -> "application/json";
            case "parquet", "pq" -> "application/vnd.apache.parquet";
            case "gz" -> "application/gzip";
            case "xlsx", "xlsm" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/octet-stream";
        };
    }
}
