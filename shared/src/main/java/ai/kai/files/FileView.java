package ai.kai.files;

import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorInfo;
import ai.kai.files.formats.LoadReport;

/** A file as the API shows it: no storage keys, no internal bookkeeping. */
public record FileView(
        String fileId,
        String name,
        String format,
        long sizeBytes,
        FileStatus status,
        ErrorInfo error,
        String createdAt,
        String updatedAt,
        Long rowCount,
        Integer columnCount,
        List<ColumnSchema> columns,
        List<Map<String, Object>> previewRows,
        IngestOptions ingestOptions,
        LoadReport ingestReport,
        Lineage lineage,
        FileProfileState profile) {

    public static FileView of(FileRecord r) {
        return new FileView(r.fileId(), r.name(), r.format(), r.sizeBytes(), r.status(), r.error(), r.createdAt(),
                r.updatedAt(), r.rowCount(), r.columns() == null ? null : r.columns().size(), r.columns(),
                r.previewRows(), r.ingestOptions(), r.ingestReport(), r.lineage(), r.profile());
    }

    /** The list form: everything but the preview rows and the ingest report. */
    public FileView summary() {
        return new FileView(fileId, name, format, sizeBytes, status, error, createdAt, updatedAt, rowCount, columnCount,
                columns, null, ingestOptions, null, lineage == null ? null
                : new Lineage(lineage.parentFileId(), lineage.version(), lineage.operations(), null), profile);
    }
}
