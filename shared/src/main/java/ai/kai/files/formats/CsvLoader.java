package ai.kai.files.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.ContentSniffer;
import ai.kai.files.FileFormat;
import ai.kai.files.IngestOptions;

/**
 * CSV/TSV (plain or gzip'd) with DuckDB's reader: delimiter, quote, header and types detected; quoted newlines
 * kept; duplicate or empty header names made unique; non-UTF-8 text converted; decimal commas recognised.
 * Rows whose field count does not match the header are <b>not</b> shifted or padded: they are left out and
 * reported with their line numbers (the original file keeps them).
 */
final class CsvLoader implements TableLoader {
    static final int SAMPLE_ROWS = 20480;
    static final int REJECT_SAMPLE = 50;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");

    @Override
    public LoadReport load(Connection c, Path original, ContentSniffer.Sniffed sniffed, IngestOptions options, Path workDir)
            throws SQLException {
        Map<String, Object> detected = new LinkedHashMap<>();
        boolean gzip = sniffed.format() == FileFormat.CSV_GZIP;
        Path input = original;
        try {
            if (!TextEncoding.startsAsUtf8(original, gzip)) {
                input = TextEncoding.toUtf8(original, gzip, workDir);
                gzip = false;
                detected.put("encoding", "windows-1252 (converted to UTF-8)");
            } else {
                detected.put("encoding", "utf-8");
            }
        } catch (IOException e) {
            throw new KaiException(ErrorCode.CSV_PARSE_ERROR, "the file could not be decompressed or decoded: " + e.getMessage());
        }
        if (gzip) {
            detected.put("compression", "gzip");
        }
        String delimiter = options.delimiter() != null ? options.delimiter().replace("\\t", "\t") : sniffDelimiter(c, input, gzip);
        String decimal = options.decimalSeparator() != null ? options.decimalSeparator() : decimalSeparator(input, gzip, delimiter);
        detected.put("delimiter", delimiter);
        detected.put("decimal_separator", decimal);

        List<String> warnings = new ArrayList<>();
        Rejects rejects = read(c, input, gzip, options, delimiter, decimal, SAMPLE_ROWS, List.of());
        if (rejects.hasCastErrors()) {
            // a value late in the file did not fit the type guessed from the sample: type from the whole file
            dropData(c);
            rejects = read(c, input, gzip, options, delimiter, decimal, -1, List.of());
        }
        if (rejects.hasCastErrors()) {
            // values of several shapes in one column (e.g. dates written two ways): keep those columns as text
            List<String> mixed = rejects.castColumns();
            dropData(c);
            rejects = read(c, input, gzip, options, delimiter, decimal, -1, mixed);
            warnings.add("column(s) " + mixed + " mix value formats and were kept as text; "
                    + "convert them with a cleaning step (convert_type with a format)");
        }
        long loaded = countLoaded(c);
        if (rejects.count() > 0 && rejects.count() >= loaded) {
            throw new KaiException(ErrorCode.TOO_MANY_BAD_ROWS, rejects.count() + " of " + (rejects.count() + loaded)
                    + " rows do not match the header" + rejects.lineList() + "; check the delimiter"
                    + " (detected '" + printable(delimiter) + "') or pass one explicitly");
        }
        if (rejects.count() > 0) {
            warnings.add(rejects.count() + " row(s) did not match the header and were left out" + rejects.lineList()
                    + "; the original file is kept unchanged");
        }
        return new LoadReport(detected, rejects.count(), rejects.sample(), warnings, List.of());
    }

    private static void dropData(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE out.data");
        }
    }

    private static Rejects read(Connection c, Path input, boolean gzip, IngestOptions options, String delimiter,
                                String decimal, int sampleSize, List<String> textColumns) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS kai_rejects");
            s.execute("DROP TABLE IF EXISTS kai_reject_scans");
        }
        StringBuilder source = new StringBuilder("read_csv('").append(TableLoader.q(input.toString())).append("'")
                .append(", auto_detect = true, sample_size = ").append(sampleSize)
                .append(", delim = '").append(TableLoader.q(delimiter)).append("'")
                .append(", decimal_separator = '").append(decimal).append("'")
                .append(", store_rejects = true, rejects_table = 'kai_rejects', rejects_scan = 'kai_reject_scans'")
                .append(", ignore_errors = true, null_padding = false");
        if (options.header() != null) {
            source.append(", header = ").append(options.header());
        }
        if (gzip) {
            source.append(", compression = 'gzip'");
        }
        if (!textColumns.isEmpty()) {
            source.append(", types = {").append(String.join(", ", textColumns.stream()
                    .map(col -> "'" + TableLoader.q(col) + "': 'VARCHAR'").toList())).append("}");
        }
        source.append(")");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE out.data AS SELECT * FROM " + source);
        }
        return Rejects.read(c);
    }

    private static String sniffDelimiter(Connection c, Path input, boolean gzip) throws SQLException {
        // ignore_errors lets the sniffer pick the dialect most rows agree on, as read_csv will
        String sql = "SELECT Delimiter FROM sniff_csv('" + TableLoader.q(input.toString()) + "', ignore_errors = true"
                + (gzip ? ", compression = 'gzip'" : "") + ")";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getString(1) != null && !rs.getString(1).isEmpty() ? rs.getString(1) : ",";
        }
    }

    /** "," when the sample has numbers like 3,14 and none like 3.14 (and "," is not the delimiter). */
    static String decimalSeparator(Path input, boolean gzip, String delimiter) {
        if (delimiter.equals(",")) {
            return ".";
        }
        int commas = 0;
        int points = 0;
        try {
            for (String line : TextEncoding.headLines(input, gzip, StandardCharsets.UTF_8, 500)) {
                for (String field : line.split(Pattern.quote(delimiter), -1)) {
                    String f = field.strip().replace("\"", "");
                    if (DECIMAL_COMMA.matcher(f).matches()) {
                        commas++;
                    } else if (DECIMAL_POINT.matcher(f).matches()) {
                        points++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commas > 0 && points == 0 ? "," : ".";
    }

    private static long countLoaded(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM out.data")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String printable(String delimiter) {
        return delimiter.equals("\t") ? "\\t" : delimiter;
    }

    /** The rows DuckDB refused, read from its rejects table. */
    record Rejects(long count, List<LoadReport.RejectedRow> sample, boolean hasCastErrors, List<String> castColumns) {
        static Rejects read(Connection c) throws SQLException {
            long count;
            boolean cast;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(DISTINCT line), count(*) FILTER (WHERE error_type = 'CAST') FROM kai_rejects")) {
                rs.next();
                count = rs.getLong(1);
                cast = rs.getLong(2) > 0;
            }
            List<LoadReport.RejectedRow> sample = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT line, any_value(error_message), any_value(csv_line) FROM kai_rejects GROUP BY line ORDER BY line LIMIT "
                            + REJECT_SAMPLE)) {
                while (rs.next()) {
                    String content = rs.getString(3);
                    if (content != null && content.length() > 200) {
                        content = content.substring(0, 200) + "…";
                    }
                    sample.add(new LoadReport.RejectedRow(rs.getLong(1), rs.getString(2), content));
                }
            }
            List<String> castColumns = new ArrayList<>();
            if (cast) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT DISTINCT column_name FROM kai_rejects WHERE error_type = 'CAST' AND column_name IS NOT NULL")) {
                    while (rs.next()) {
                        castColumns.add(rs.getString(1));
                    }
                }
            }
            return new Rejects(count, sample, cast, castColumns);
        }

        String lineList() {
            if (sample.isEmpty()) {
                return "";
            }
            StringBuilder sb = new StringBuilder(" (line");
            sb.append(sample.size() > 1 ? "s " : " ");
            for (int i = 0; i < Math.min(10, sample.size()); i++) {
                sb.append(i == 0 ? "" : ", ").append(sample.get(i).line());
            }
            return sb.append(count > 10 ? ", …)" : ")").toString();
        }
    }
}
