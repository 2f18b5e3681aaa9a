package ai.kai.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The last scan, once the ranges, quartiles and semantic types are known: one aggregate query with a
 * {@code histogram(x, edges)} per numeric and date/time column, the Tukey outlier counts of numeric columns,
 * and {@code corr}/{@code regr_count} for every pair of the correlation columns. Bin edges come from DuckDB's
 * {@code equi_width_bins(min, max, bins, true)} in a preliminary constant query (no table scan).
 */
final class DistributionPass {
    private final Connection connection;
    private final String from;
    private final int bins;
    private final Aggregates edgesQuery = new Aggregates();
    private final Aggregates query = new Aggregates();
    private final List<HistogramPlan> histograms = new ArrayList<>();
    private final List<Runnable> readers = new ArrayList<>();
    private final List<Correlation> correlations = new ArrayList<>();

    DistributionPass(Connection connection, String from, int bins) {
        this.connection = connection;
        this.from = from;
        this.bins = bins;
    }

    /** Plans the histogram of a numeric, date/time or date-as-text column. */
    void histogram(ColumnFacts c) {
        boolean time = c.type().pointInTime() || c.dateText();
        if (c.count == 0 || (time && c.minEpochMicros == null)) {
            return;
        }
        if (!time && c.finiteMin == null) {
            return;
        }
        Number lo = time ? c.minEpochMicros : numeric(c, c.min, c.finiteMin);
        Number hi = time ? c.maxEpochMicros : numeric(c, c.max, c.finiteMax);
        HistogramPlan plan = new HistogramPlan(c, time, lo, hi);
        histograms.add(plan);
        if (lo.doubleValue() == hi.doubleValue()) {
            return;
        }
        if (time) {
            plan.edgesSlot = edgesQuery.add("list_transform(equi_width_bins(make_timestamp(" + lo + "), make_timestamp("
                    + hi + "), " + bins + ", true), x -> epoch_us(x))");
        } else {
            plan.edgesSlot = edgesQuery.add("equi_width_bins(" + Sql.number(lo) + ", " + Sql.number(hi) + ", " + bins
                    + ", true)");
        }
    }

    /** Plans the Tukey fence counts of a numeric column with quartiles. */
    void outliers(ColumnFacts c) {
        Double iqr = c.quantiles == null ? null : c.quantiles.iqr();
        if (iqr == null || !Double.isFinite(iqr)) {
            return;
        }
        double q1 = c.quantiles.p25();
        double q3 = c.quantiles.p75();
        double lo = q1 - Outliers.MILD * iqr;
        double hi = q3 + Outliers.MILD * iqr;
        double extremeLo = q1 - Outliers.EXTREME * iqr;
        double extremeHi = q3 + Outliers.EXTREME * iqr;
        int mild = query.add(outside(c.column.asDouble(), lo, hi) + finiteOnly(c));
        int extreme = query.add(outside(c.column.asDouble(), extremeLo, extremeHi) + finiteOnly(c));
        readers.add(() -> {
            long n = query.getLong(mild);
            c.outliers = new Outliers(lo, hi, n, Percent.of(n, c.count), extremeLo, extremeHi, query.getLong(extreme));
        });
    }

    /** Plans Pearson correlations between every pair of these columns. */
    void correlations(List<ColumnFacts> columns) {
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                ColumnFacts a = columns.get(i);
                ColumnFacts b = columns.get(j);
                String args = a.column.asDouble() + ", " + b.column.asDouble() + ")" + finitePair(a, b);
                int r = query.add("corr(" + args);
                int n = query.add("regr_count(" + args);
                readers.add(() -> {
                    Double pearson = query.getDouble(r);
                    if (pearson != null && Double.isFinite(pearson)) {
                        correlations.add(new Correlation(a.column.name(), b.column.name(), pearson, query.getLong(n)));
                    }
                });
            }
        }
    }

    List<Correlation> run() throws SQLException {
        edgesQuery.run(connection, "(SELECT 1) AS one");
        for (HistogramPlan plan : histograms) {
            plan.planCounts();
        }
        query.run(connection, from);
        readers.forEach(Runnable::run);
        for (HistogramPlan plan : histograms) {
            plan.c.histogram = plan.build();
        }
        return correlations;
    }

    private static String outside(String x, double lo, double hi) {
        return "count_if(" + x + " < " + Sql.number(lo) + " OR " + x + " > " + Sql.number(hi) + ")";
    }

    /** Whole-number columns within BIGINT are binned as BIGINT, everything else as DOUBLE (finite values). */
    private static Number numeric(ColumnFacts c, Object value, Double finite) {
        boolean whole = c.type() == PhysicalType.INTEGER && PhysicalType.fitsBigint(c.column.dataType());
        return whole ? (Number) Values.toLong(value) : (Number) finite;
    }

    private static String finitePair(ColumnFacts a, ColumnFacts b) {
        boolean fa = a.type() == PhysicalType.FLOATING;
        boolean fb = b.type() == PhysicalType.FLOATING;
        if (!fa && !fb) {
            return "";
        }
        String both = (fa ? "isfinite(" + a.column.ref() + ")" : "") + (fa && fb ? " AND " : "")
                + (fb ? "isfinite(" + b.column.ref() + ")" : "");
        return " FILTER (WHERE " + both + ")";
    }

    private static String finiteOnly(ColumnFacts c) {
        return c.type() == PhysicalType.FLOATING ? " FILTER (WHERE isfinite(" + c.column.ref() + "))" : "";
    }

    /** One column's histogram: its edges, then its counts, then its bins. */
    private final class HistogramPlan {
        final ColumnFacts c;
        final boolean time;
        final Number lo;
        final Number hi;
        int edgesSlot = -1;
        List<Number> edges = List.of();
        int keysSlot = -1;
        int countsSlot = -1;

        HistogramPlan(ColumnFacts c, boolean time, Number lo, Number hi) {
            this.c = c;
            this.time = time;
            this.lo = lo;
            this.hi = hi;
        }

        void planCounts() {
            if (edgesSlot < 0) {
                return;
            }
            edges = Values.numbers(edgesQuery.get(edgesSlot));
            String x;
            if (time) {
                x = c.dateText() ? "epoch_us(TRY_CAST(" + c.column.ref() + " AS TIMESTAMP))" : c.column.epochMicros();
            } else {
                x = lo instanceof Long ? "CAST(" + c.column.ref() + " AS BIGINT)" : c.column.asDouble();
            }
            String h = "histogram(" + x + ", " + Sql.numberList(edges) + ")" + finiteOnly(c);
            keysSlot = query.add("map_keys(" + h + ")");
            countsSlot = query.add("map_values(" + h + ")");
        }

        Histogram build() {
            List<Histogram.Bin> out = new ArrayList<>();
            if (edgesSlot < 0) {
                out.add(new Histogram.Bin(bound(lo), bound(hi), c.count));
                return new Histogram(out);
            }
            List<Number> keys = Values.numbers(query.get(keysSlot));
            List<Number> counts = Values.numbers(query.get(countsSlot));
            Number lower = lo;
            for (int i = 0; i < keys.size(); i++) {
                boolean overflow = i >= edges.size();
                Number upper = overflow ? hi : edges.get(i);
                out.add(new Histogram.Bin(bound(lower), bound(upper), counts.get(i).longValue()));
                lower = upper;
            }
            return new Histogram(out);
        }

        /** Numbers as they are; times as ISO text, dates of a DATE column without a time of day. */
        private Object bound(Number n) {
            if (!time) {
                return n;
            }
            String iso = Values.isoFromMicros(n.longValue());
            boolean midnight = Math.floorMod(n.longValue(), 86_400_000_000L) == 0;
            return c.type() == PhysicalType.DATE && midnight ? iso.substring(0, iso.indexOf('T')) : iso;
        }
    }
}
