package ai.kai.files.formats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import ai.kai.files.ContentSniffer;
import ai.kai.files.IngestOptions;

/**
 * Reads one format into table {@code out.data} of the connection, streaming (never the whole file in heap).
 * A closed set: one implementation per {@link ai.kai.files.FileFormat} family.
 */
public sealed interface TableLoader permits CsvLoader, ExcelLoader, ParquetLoader, JsonLoader {

    LoadReport load(Connection connection, Path original, ContentSniffer.Sniffed sniffed, IngestOptions options,
                    Path workDir) throws SQLException;

    static TableLoader forFormat(ai.kai.files.FileFormat format) {
        return switch (format) {
            case CSV, CSV_GZIP -> new CsvLoader();
            case XLSX -> new ExcelLoader();
            case PARQUET -> new ParquetLoader();
            case JSON -> new JsonLoader();
        };
    }

    static String q(String s) {
        return s.replace("'", "''");
    }
}
