package ai.kai.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.formats.LoadReport;
import ai.kai.files.formats.TableLoader;

/**
 * Converts an original upload into the stored form of DESIGN D5 with DuckDB: a database file holding table
 * {@code data}, and Parquet written by DuckDB's {@code COPY … (FORMAT parquet)}. DuckDB streams the input, so
 * the file is never held in the JVM heap. This is trusted code over paths we created, not user SQL.
 */
public final class DatasetConverter {
    private final String memoryLimit;
    private final int threads;

    public DatasetConverter(String memoryLimit, int threads) {
        this.memoryLimit = memoryLimit;
        this.threads = threads;
    }

    public Converted convert(Path original, ContentSniffer.Sniffed sniffed, IngestOptions options, Path workDir,
                             String displayName) {
        Path database = workDir.resolve("data.duckdb");
        Path parquet = workDir.resolve("data.parquet");
        try {
            Files.deleteIfExists(database);
            Files.deleteIfExists(parquet);
        } catch (java.io.IOException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "could not prepare the work directory", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit='" + memoryLimit + "'");
            s.execute("SET threads=" + threads);
            s.execute("SET temp_directory='" + q(workDir.resolve("spill").toString()) + "'");
            s.execute("ATTACH '" + q(database.toString()) + "' AS out");
            LoadReport report = TableLoader.forFormat(sniffed.format()).load(c, original, sniffed,
                    IngestOptions.orDetect(options), workDir);
            long rows = StoredTable.count(s, "out");
            List<ColumnSchema> columns = StoredTable.columns(s, "out");
            if (columns.isEmpty()) {
                throw new KaiException(ErrorCode.NO_DATA_ROWS, "the file has no columns");
            }
            if (rows == 0) {
                throw new KaiException(ErrorCode.NO_DATA_ROWS,
                        "the file has a header but no data rows; upload a file with at least one row");
            }
            List<Map<String, Object>> preview = StoredTable.preview(s, "out");
            s.execute("COPY out.data TO '" + q(parquet.toString()) + "' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("DETACH out");
            return new Converted(database, parquet, rows, columns, preview, report);
        } catch (SQLException e) {
            throw parseError(e, sniffed.format(), workDir, displayName);
        }
    }

    /** The converted dataset on local disk. */
    public record Converted(Path database, Path parquet, long rowCount, List<ColumnSchema> columns,
                            List<Map<String, Object>> previewRows, LoadReport report) {
    }

    private static KaiException parseError(SQLException e, FileFormat format, Path workDir, String displayName) {
        String message = e.getMessage() == null ? "unreadable file" : e.getMessage();
        message = message.replaceAll(java.util.regex.Pattern.quote(workDir.toString()) + "/[^'\"\\s]*", displayName);
        int nl = message.indexOf("\n\n");
        String summary = (nl > 0 ? message.substring(0, nl) : message).replaceAll("\\s+", " ").strip();
        if (summary.length() > 600) {
            summary = summary.substring(0, 600) + "…";
        }
        ErrorCode code = switch (format) {
            case CSV, CSV_GZIP, XLSX -> format == FileFormat.XLSX ? ErrorCode.EXCEL_READ_ERROR : ErrorCode.CSV_PARSE_ERROR;
            case JSON -> ErrorCode.JSON_PARSE_ERROR;
            case PARQUET -> ErrorCode.PARQUET_READ_ERROR;
        };
        return new KaiException(code, "the file could not be read as " + format.wire() + ": " + summary, e);
    }

    private static String q(String s) {
        return s.replace("'", "''");
    }
}
