package ai.kai.files;

import java.util.List;
import java.util.Map;

/** The stored form of an ingested file (DESIGN D5): where it lives, its schema, size and first rows. */
public record StoredDataset(
        String format,
        String databaseKey,
        String databaseEtag,
        String parquetKey,
        long rowCount,
        List<ColumnSchema> columns,
        List<Map<String, Object>> previewRows,
        ai.kai.files.formats.LoadReport report) {
}
