package ai.kai.connect.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.kai.connect.BatchSink;
import ai.kai.connect.RowCollector;
import ai.kai.connect.StreamSummary;
import ai.kai.query.QueryResult;
import ai.kai.query.ValueConverter;

/** Reads a JDBC result set into the shared result model, whole (bounded) or in batches. */
final class ResultReader {
    private ResultReader() {
    }

    static QueryResult readAll(ResultSet rs, long maxRows, long maxBytes, long started, Map<String, Object> metadata)
            throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        RowCollector rows = new RowCollector(columns(md), types(md), maxRows, maxBytes);
        while (rs.next()) {
            if (!rows.add(row(rs, md.getColumnCount()))) {
                break;
            }
        }
        return rows.result(started, metadata);
    }

    static StreamSummary stream(ResultSet rs, long maxRows, int batchSize, long started, BatchSink sink)
            throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = columns(md);
        List<String> types = types(md);
        int n = md.getColumnCount();
        long total = 0;
        long batches = 0;
        boolean truncated = false;
        List<List<Object>> batch = new ArrayList<>(batchSize);
        long batchStarted = System.nanoTime();
        while (rs.next()) {
            if (total == maxRows) {
                truncated = true;
                break;
            }
            batch.add(row(rs, n));
            total++;
            if (batch.size() == batchSize) {
                batches++;
                if (!sink.accept(batch(columns, types, batch, batchStarted))) {
                    batch = null;
                    break;
                }
                batch = new ArrayList<>(batchSize);
                batchStarted = System.nanoTime();
            }
        }
        if (batch != null && (!batch.isEmpty() || batches == 0)) {
            batches++;
            sink.accept(batch(columns, types, batch, batchStarted));
        }
        return new StreamSummary(total, batches, (System.nanoTime() - started) / 1_000_000, truncated);
    }

    private static QueryResult batch(List<String> columns, List<String> types, List<List<Object>> rows, long started) {
        return new QueryResult(columns, types, rows, rows.size(), (System.nanoTime() - started) / 1_000_000, false);
    }

    private static List<Object> row(ResultSet rs, int n) throws SQLException {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            row.add(ValueConverter.toJson(rs.getObject(i)));
        }
        return row;
    }

    private static List<String> columns(ResultSetMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnLabel(i));
        }
        return out;
    }

    private static List<String> types(ResultSetMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnTypeName(i));
        }
        return out;
    }
}
