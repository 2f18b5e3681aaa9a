package ai.kai.files.formats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import ai.kai.files.ContentSniffer;
import ai.kai.files.IngestOptions;

/** Parquet: read as is, so its schema (types, nesting, decimals, timestamps) is preserved. */
final class ParquetLoader implements TableLoader {
    @Override
    public LoadReport load(Connection c, Path original, ContentSniffer.Sniffed sniffed, IngestOptions options, Path workDir)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE out.data AS SELECT * FROM read_parquet('" + TableLoader.q(original.toString()) + "')");
        }
        return new LoadReport(Map.of("schema", "preserved from the Parquet file"), 0, List.of(), List.of(), List.of());
    }
}
