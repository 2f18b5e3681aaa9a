package ai.kai.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain DuckDB SQL written in the test, to check the profile's figures against, and the comparisons. */
final class Independent {
    private final Connection connection;

    Independent(Connection connection) {
        this.connection = connection;
    }

    static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    Object scalar(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getObject(1);
        }
    }

    long count(String sql) throws SQLException {
        Object v = scalar(sql);
        return v == null ? 0 : ((Number) v).longValue();
    }

    Double number(String sql) throws SQLException {
        Object v = scalar(sql);
        return v == null ? null : ((Number) v).doubleValue();
    }

    String text(String sql) throws SQLException {
        Object v = scalar(sql);
        return v == null ? null : v.toString();
    }

    /** Rows of (value as text, count). */
    List<Object[]> pairs(String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1), rs.getLong(2)});
            }
        }
        return rows;
    }

    /** Equal up to the last bits that parallel summation order may change. */
    static void close(String what, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }

    /** A JSON-safe profile value against DuckDB's VARCHAR form of the same value. */
    static void sameValue(String what, Object profileValue, String duckText) {
        if (duckText == null) {
            assertThat(profileValue).as(what).isNull();
        } else if (profileValue instanceof Number n) {
            assertThat(new BigDecimal(n.toString())).as(what).isEqualByComparingTo(new BigDecimal(duckText));
        } else {
            assertThat(String.valueOf(profileValue).replace('T', ' ')).as(what).isEqualTo(duckText.replace('T', ' '));
        }
    }
}
