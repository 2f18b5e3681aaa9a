package ai.kai.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts one column's values exactly: a {@code GROUP BY} over that column alone (DuckDB reads only that
 * column) gives the exact distinct count and the top values; on the same grouped values — not on every row —
 * it classifies text (numeric-like, date-like, with spaces) and, for dates and times, finds the most common
 * gap between consecutive distinct values.
 */
final class ValueCountPass {
    private final Connection connection;
    private final String from;
    private final int topK;

    ValueCountPass(Connection connection, String from, int topK) {
        this.connection = connection;
        this.from = from;
        this.topK = topK;
    }

    void run(ColumnFacts c) throws SQLException {
        TableColumn col = c.column;
        boolean text = c.type() == PhysicalType.STRING;
        boolean time = c.type().pointInTime();
        String textValue = col.enumType() ? "CAST(v AS VARCHAR)" : "v";
        boolean other = c.type() == PhysicalType.OTHER;
        String order = other ? "CAST(v AS VARCHAR)" : "v";
        String outerOrder = other ? "CAST(t.v AS VARCHAR)" : "t.v";
        StringBuilder sql = new StringBuilder("WITH f AS MATERIALIZED (SELECT ").append(col.ref())
                .append(" AS v, count(*) AS n FROM ").append(from).append(" WHERE ").append(col.ref())
                .append(" IS NOT NULL GROUP BY 1),\ns AS (SELECT count(*) AS d");
        if (text) {
            sql.append(", coalesce(sum(CASE WHEN ").append(Sql.numericLike(textValue)).append(" THEN n END), 0)")
                    .append(", coalesce(sum(CASE WHEN ").append(Sql.dateLike(textValue)).append(" THEN n END), 0)")
                    .append(", coalesce(sum(CASE WHEN contains(").append(textValue).append(", ' ') THEN n END), 0)");
        }
        sql.append(" FROM f)");
        if (time) {
            sql.append(",\n").append(gapMode(col.epochMicrosOf("v"), "f"));
        }
        sql.append(",\nt AS (SELECT v, n FROM f ORDER BY n DESC, ").append(order).append(" ASC LIMIT ").append(topK)
                .append(")\nSELECT s.*").append(time ? ", m.gap" : "").append(", t.v, t.n FROM s")
                .append(time ? " LEFT JOIN m ON true" : "")
                .append(" LEFT JOIN t ON true ORDER BY t.n DESC, ").append(outerOrder).append(" ASC");
        List<TopValue> top = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            boolean first = true;
            while (rs.next()) {
                int i = 1;
                long distinct = rs.getLong(i++);
                if (first) {
                    first = false;
                    c.distinct = DistinctCount.exact(distinct, c.count);
                    if (text) {
                        c.numericLike = rs.getLong(i);
                        c.dateLike = rs.getLong(i + 1);
                        c.withWhitespace = rs.getLong(i + 2);
                    }
                    if (time) {
                        c.temporal = temporal(c, Values.toLongOrNull(rs.getObject(text ? i + 3 : i)));
                    }
                }
                i += (text ? 3 : 0) + (time ? 1 : 0);
                long n = rs.getLong(i + 1);
                if (!rs.wasNull()) {
                    top.add(new TopValue(Values.json(Values.detach(rs.getObject(i))), n, Percent.of(n, c.count)));
                }
            }
        }
        c.topValues = top;
    }

    /** Range and granularity of a text column whose values are all dates, on their TIMESTAMP values. */
    void runDateText(ColumnFacts c) throws SQLException {
        String sql = "WITH f AS MATERIALIZED (SELECT DISTINCT epoch_us(TRY_CAST(" + c.column.ref()
                + " AS TIMESTAMP)) AS e FROM " + from + " WHERE " + c.column.ref() + " IS NOT NULL),\n"
                + gapMode("e", "f") + "\nSELECT (SELECT min(e) FROM f), (SELECT max(e) FROM f), m.gap"
                + " FROM (SELECT 1) AS one LEFT JOIN m ON true";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            Long gap = Values.toLongOrNull(rs.getObject(3));
            c.minEpochMicros = rs.getLong(1);
            c.maxEpochMicros = rs.getLong(2);
            c.temporal = new TemporalStats(Values.isoFromMicros(rs.getLong(1)), Values.isoFromMicros(rs.getLong(2)),
                    gap == null ? null : Granularity.ofGap(gap), gap == null ? null : gap / 1e6, true);
        }
    }

    /** CTEs {@code g} and {@code m}: the most common gap between consecutive distinct values (ties: smallest). */
    private static String gapMode(String epochExpression, String source) {
        return "g AS (SELECT e - lag(e) OVER (ORDER BY e) AS gap FROM (SELECT DISTINCT " + epochExpression
                + " AS e FROM " + source + ")),\n"
                + "m AS (SELECT gap FROM g WHERE gap IS NOT NULL GROUP BY gap ORDER BY count(*) DESC, gap ASC LIMIT 1)";
    }

    static TemporalStats temporal(ColumnFacts c, Long gap) {
        return new TemporalStats(Values.iso(c.min), Values.iso(c.max), gap == null ? null : Granularity.ofGap(gap),
                gap == null ? null : gap / 1e6, false);
    }
}
