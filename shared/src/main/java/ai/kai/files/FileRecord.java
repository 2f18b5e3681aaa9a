package ai.kai.files;

import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorInfo;
import ai.kai.files.formats.LoadReport;

/** What the metadata table holds for one uploaded file (item {@code SK = FILE#id}). */
public record FileRecord(
        String fileId,
        String name,
        String format,
        long sizeBytes,
        FileStatus status,
        ErrorInfo error,
        String createdAt,
        String updatedAt,
        String originalKey,
        String originalEtag,
        String databaseKey,
        String databaseEtag,
        String parquetKey,
        Long rowCount,
        List<ColumnSchema> columns,
        List<Map<String, Object>> previewRows,
        Long ingestMs,
        IngestClaim ingestClaim,
        IngestOptions ingestOptions,
        LoadReport ingestReport,
        Lineage lineage,
        FileProfileState profile) {

    public static FileRecord pending(String fileId, String name, long sizeBytes, String originalKey, String now,
                                     IngestOptions options) {
        return new FileRecord(fileId, name, null, sizeBytes, FileStatus.PENDING, null, now, now, originalKey, null,
                null, null, null, null, List.of(), List.of(), null, null, options, null, null, null);
    }

    public FileRecord claimed(IngestClaim claim, String now) {
        return new FileRecord(fileId, name, format, sizeBytes, FileStatus.PENDING, null, createdAt, now, originalKey,
                null, null, null, null, null, List.of(), List.of(), null, claim, ingestOptions, null, lineage, null);
    }

    public FileRecord ready(StoredDataset d, String etag, long size, long ingestMillis, String now) {
        return new FileRecord(fileId, name, d.format(), size, FileStatus.READY, null, createdAt, now, originalKey, etag,
                d.databaseKey(), d.databaseEtag(), d.parquetKey(), d.rowCount(), d.columns(), d.previewRows(),
                ingestMillis, null, ingestOptions, d.report(), lineage, null);
    }

    /** A cleaned version: ready from the start, no original of its own, linked to its parent. */
    public static FileRecord derived(String fileId, String name, StoredDataset d, long sizeBytes, Lineage lineage,
                                     long millis, String now) {
        return new FileRecord(fileId, name, d.format(), sizeBytes, FileStatus.READY, null, now, now, null, null,
                d.databaseKey(), d.databaseEtag(), d.parquetKey(), d.rowCount(), d.columns(), d.previewRows(), millis,
                null, null, d.report(), lineage, null);
    }

    public FileRecord withProfile(FileProfileState state) {
        return new FileRecord(fileId, name, format, sizeBytes, status, error, createdAt, updatedAt, originalKey, originalEtag,
                databaseKey, databaseEtag, parquetKey, rowCount, columns, previewRows, ingestMs, ingestClaim, ingestOptions,
                ingestReport, lineage, state);
    }

    public FileRecord failed(ErrorInfo reason, String etag, String now) {
        return new FileRecord(fileId, name, format, sizeBytes, FileStatus.FAILED, reason, createdAt, now, originalKey,
                etag, null, null, null, null, List.of(), List.of(), null, null, ingestOptions, null, lineage, null);
    }
}
