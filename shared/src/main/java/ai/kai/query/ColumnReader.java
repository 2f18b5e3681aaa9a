package ai.kai.query;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Reads whole columns of table {@code data} for analyses that need every value (statistics, forecasts, anomaly
 * detection). The statement is built here from already validated names, each a quoted identifier; it runs in the
 * same locked sandbox as user queries, under the same timeout, and reads at most {@code maxRows} rows.
 */
final class ColumnReader {
    private ColumnReader() {
    }

    static ColumnData read(Connection connection, List<String> columns, int maxRows, int timeoutSeconds)
            throws SQLException {
        String select = "SELECT " + columns.stream().map(ColumnNames::quote).collect(Collectors.joining(", "))
                + " FROM data LIMIT " + ((long) maxRows + 1);
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            ps.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> types = new ArrayList<>(n);
                List<List<Object>> values = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    types.add(md.getColumnTypeName(i));
                    values.add(new ArrayList<>());
                }
                int rows = 0;
                while (rs.next()) {
                    if (++rows > maxRows) {
                        throw tooMany(maxRows);
                    }
                    for (int i = 1; i <= n; i++) {
                        values.get(i - 1).add(plain(rs.getObject(i)));
                    }
                }
                return new ColumnData(columns, types, values);
            }
        }
    }

    static KaiException tooMany(long maxRows) {
        return new KaiException(ErrorCode.TOO_MANY_ROWS, "the data has more than " + String.format("%,d", maxRows)
                + " rows, the most an analysis reads; filter or sample it into a smaller file first");
    }

    /** JDBC values as plain Java values: temporals as java.time, numbers and text as they are. */
    static Object plain(Object v) {
        if (v == null || v instanceof Number && !(v instanceof BigInteger) || v instanceof String || v instanceof Boolean
                || v instanceof LocalDate || v instanceof LocalDateTime || v instanceof OffsetDateTime) {
            return v;
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        return v.toString();
    }
}
