package ai.kai.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Distinct estimates for the columns too large to count exactly, in one statement: per column a
 * {@code GROUP BY register} that keeps the highest rank (4096 tiny groups, so cheap), then the
 * {@link HyperLogLog} estimate in Java. For text columns the same scan counts numeric-like, date-like and
 * spaced values over every row, since these columns skip the exact value counts.
 */
final class SketchPass {
    private static final String HASH = "\"__profile_hash\"";
    private SketchPass() {
    }

    static void run(Connection connection, String from, List<ColumnFacts> columns) throws SQLException {
        if (columns.isEmpty()) {
            return;
        }
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            ColumnFacts c = columns.get(i);
            String ref = c.column.ref();
            String text = c.column.enumType() ? "CAST(" + ref + " AS VARCHAR)" : ref;
            boolean isText = c.type() == PhysicalType.STRING;
            if (i > 0) {
                union.append("\nUNION ALL ");
            }
            union.append("SELECT ").append(i).append(" AS col, ").append(HyperLogLog.register(HASH))
                    .append(" AS reg, max(").append(HyperLogLog.rank(HASH)).append(") AS r, ")
                    .append(isText ? "count_if(" + Sql.numericLike(text) + ")" : "NULL::BIGINT").append(" AS num, ")
                    .append(isText ? "count_if(" + Sql.dateLike(text) + ")" : "NULL::BIGINT").append(" AS dat, ")
                    .append(isText ? "count_if(contains(" + text + ", ' '))" : "NULL::BIGINT").append(" AS ws")
                    .append(" FROM (SELECT hash(").append(ref).append(") AS ").append(HASH).append(", ").append(ref)
                    .append(" FROM ").append(from).append(" WHERE ").append(ref).append(" IS NOT NULL) GROUP BY 2");
        }
        String sql = "SELECT col, count(*), sum(pow(2.0, -r)), sum(num), sum(dat), sum(ws) FROM (" + union
                + ") GROUP BY col";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ColumnFacts c = columns.get(rs.getInt(1));
                long estimate = HyperLogLog.estimate(rs.getLong(2), rs.getDouble(3));
                c.distinct = DistinctCount.estimate(estimate, c.count, HyperLogLog.ERROR_BOUND);
                if (c.type() == PhysicalType.STRING) {
                    c.numericLike = rs.getLong(4);
                    c.dateLike = rs.getLong(5);
                    c.withWhitespace = rs.getLong(6);
                }
            }
        }
    }
}
