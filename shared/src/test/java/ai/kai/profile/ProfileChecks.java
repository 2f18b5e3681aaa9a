package ai.kai.profile;

import static ai.kai.profile.Independent.close;
import static ai.kai.profile.Independent.q;
import static ai.kai.profile.Independent.sameValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The per-column checks of {@link ProfileServiceTest}: each figure recomputed in plain DuckDB SQL. */
final class ProfileChecks {
    private final Independent sql;
    private final ColumnProfile c;
    private final String col;

    ProfileChecks(Independent sql, ColumnProfile c) {
        this.sql = sql;
        this.c = c;
        this.col = q(c.name());
    }

    void numeric() throws Exception {
        NumericStats n = c.numeric();
        if (n == null) {
            return;
        }
        close(c.name() + " mean", n.mean(), sql.number("SELECT avg(" + col + ") FROM data"));
        close(c.name() + " std", n.std(), sql.number("SELECT stddev_samp(" + col + ") FROM data"));
        close(c.name() + " skewness", n.skewness(), sql.number("SELECT skewness(" + col + ") FROM data"));
        close(c.name() + " kurtosis", n.kurtosis(), sql.number("SELECT kurtosis(" + col + ") FROM data"));
        Quantiles qs = n.quantiles();
        List<Double> actual = qs == null ? null
                : List.of(qs.p01(), qs.p05(), qs.p25(), qs.p50(), qs.p75(), qs.p95(), qs.p99());
        double[] ps = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
        for (int i = 0; i < ps.length; i++) {
            Double expected = sql.number("SELECT quantile_cont(" + col + ", " + ps[i] + ") FROM data");
            close(c.name() + " p" + ps[i], actual == null ? null : actual.get(i), expected);
        }
        assertThat(n.zeros()).isEqualTo(sql.count("SELECT count(*) FILTER (WHERE " + col + " = 0) FROM data"));
        assertThat(n.negatives()).isEqualTo(sql.count("SELECT count(*) FILTER (WHERE " + col + " < 0) FROM data"));
        assertThat(n.infinite()).isZero();
        if (n.outliers() != null) {
            outliers(n.outliers());
        }
    }

    private void outliers(Outliers o) throws Exception {
        String quartiles = "(SELECT CAST(quantile_cont(" + col + ", 0.25) AS DOUBLE) AS q1, CAST(quantile_cont(" + col
                + ", 0.75) AS DOUBLE) AS q3 FROM data) AS q, (SELECT CAST(" + col + " AS DOUBLE) AS x FROM data) AS v";
        close(c.name() + " lower fence", o.lowerFence(), sql.number("SELECT any_value(q1 - 1.5 * (q3 - q1)) FROM "
                + quartiles));
        close(c.name() + " upper fence", o.upperFence(), sql.number("SELECT any_value(q3 + 1.5 * (q3 - q1)) FROM "
                + quartiles));
        assertThat(o.count()).as(c.name() + " outliers").isEqualTo(sql.count("SELECT count(*) FILTER (WHERE"
                + " x < q1 - 1.5 * (q3 - q1) OR x > q3 + 1.5 * (q3 - q1)) FROM " + quartiles));
        assertThat(o.extremeCount()).as(c.name() + " extreme").isEqualTo(sql.count("SELECT count(*) FILTER (WHERE"
                + " x < q1 - 3 * (q3 - q1) OR x > q3 + 3 * (q3 - q1)) FROM " + quartiles));
        close(c.name() + " outlier %", o.percent(), 100.0 * o.count() / c.count());
    }

    void text() throws Exception {
        TextStats t = c.text();
        if (t == null) {
            return;
        }
        assertThat(t.minLength()).isEqualTo(longOrNull("SELECT min(length(" + col + ")) FROM data"));
        assertThat(t.maxLength()).isEqualTo(longOrNull("SELECT max(length(" + col + ")) FROM data"));
        close(c.name() + " mean length", t.meanLength(), sql.number("SELECT avg(length(" + col + ")) FROM data"));
        assertThat(t.empty()).isEqualTo(sql.count("SELECT count(*) FILTER (WHERE " + col + " = '') FROM data"));
        assertThat(t.numericLike()).as(c.name() + " numeric-like").isEqualTo(sql.count("SELECT count(*) FILTER (WHERE"
                + " regexp_matches(" + col + ", '^[0-9+.-]') AND TRY_CAST(" + col + " AS DOUBLE) IS NOT NULL) FROM data"));
        assertThat(t.dateLike()).as(c.name() + " date-like").isEqualTo(sql.count("SELECT count(*) FILTER (WHERE"
                + " regexp_matches(" + col + ", '^[0-9]') AND TRY_CAST(" + col + " AS TIMESTAMP) IS NOT NULL) FROM data"));
        assertThat(t.withWhitespace()).isEqualTo(sql.count("SELECT count(*) FILTER (WHERE " + col
                + " LIKE '% %') FROM data"));
    }

    void temporal() throws Exception {
        TemporalStats t = c.temporal();
        if (t == null) {
            return;
        }
        String x = t.parsedFromText() ? "TRY_CAST(" + col + " AS TIMESTAMP)" : col;
        sameValue(c.name() + " first", t.min(), sql.text("SELECT CAST(min(" + x + ") AS VARCHAR) FROM data"));
        sameValue(c.name() + " last", t.max(), sql.text("SELECT CAST(max(" + x + ") AS VARCHAR) FROM data"));
        Double gap = sql.number("SELECT s FROM (SELECT epoch(t - lag(t) OVER (ORDER BY t)) AS s FROM (SELECT DISTINCT"
                + " CAST(" + x + " AS TIMESTAMP) AS t FROM data WHERE " + x + " IS NOT NULL)) WHERE s IS NOT NULL"
                + " GROUP BY s ORDER BY count(*) DESC, s LIMIT 1");
        close(c.name() + " gap", t.mostCommonGapSeconds(), gap);
    }

    void histogram() throws Exception {
        Histogram h = c.histogram();
        if (h == null) {
            return;
        }
        boolean time = c.temporal() != null;
        boolean date = c.dataType().equals("DATE");
        boolean whole = date || c.dataType().matches("TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER");
        String x = time ? (c.temporal().parsedFromText() ? "TRY_CAST(" + col + " AS TIMESTAMP)"
                : "CAST(" + col + " AS TIMESTAMP)") : "CAST(" + col + " AS " + (whole ? "BIGINT" : "DOUBLE") + ")";
        String from = " FROM (SELECT " + x + " AS x FROM data)";
        List<Histogram.Bin> bins = h.bins();
        assertThat(sql.count("SELECT count(*) FILTER (WHERE x < " + literal(bins.get(0).lower(), time) + " OR x > "
                + literal(bins.get(bins.size() - 1).upper(), time) + ")" + from)).as(c.name() + " outside").isZero();
        long total = 0;
        for (int i = 0; i < bins.size(); i++) {
            Histogram.Bin b = bins.get(i);
            String lower = literal(b.lower(), time);
            String upper = literal(b.upper(), time);
            if (i > 0) {
                String step = whole ? " + " + (date ? "INTERVAL 1 DAY" : "1") : "";
                assertThat(sql.count("SELECT count(*) WHERE " + literal(bins.get(i - 1).upper(), time) + step + " = "
                        + lower)).as(c.name() + " contiguous at " + i).isEqualTo(1);
            }
            String inside = whole ? "x BETWEEN " + lower + " AND " + upper
                    : "x " + (i == 0 ? ">=" : ">") + " " + lower + " AND x <= " + upper;
            long expected = sql.count("SELECT count(*) FILTER (WHERE " + inside + ")" + from);
            assertThat(b.count()).as(c.name() + " bin " + i).isEqualTo(expected);
            total += b.count();
        }
        assertThat(total).as(c.name() + " histogram total").isEqualTo(c.count());
        assertThat(bins.size()).as(c.name() + " bins").isBetween(1, 2 * 20 + 2);
    }

    void topValues(int k) throws Exception {
        List<TopValue> top = c.topValues();
        List<Object[]> expected = sql.pairs("SELECT CAST(" + col + " AS VARCHAR), count(*) FROM data WHERE " + col
                + " IS NOT NULL GROUP BY " + col + " ORDER BY count(*) DESC, " + col + " ASC LIMIT " + k);
        assertThat(top).as(c.name() + " top values").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            sameValue(c.name() + " top " + i, top.get(i).value(), (String) expected.get(i)[0]);
            assertThat(top.get(i).count()).as(c.name() + " top count " + i).isEqualTo(expected.get(i)[1]);
            close(c.name() + " top %", top.get(i).percent(), 100.0 * top.get(i).count() / c.count());
        }
    }

    private Long longOrNull(String query) throws Exception {
        Double v = sql.number(query);
        return v == null ? null : v.longValue();
    }

    private static String literal(Object bound, boolean time) {
        if (time) {
            return "CAST('" + bound + "' AS TIMESTAMP)";
        }
        return bound instanceof Long ? bound.toString() : "CAST('" + bound + "' AS DOUBLE)";
    }
}
