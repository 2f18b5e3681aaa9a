package ai.kai.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The last scan, once the ranges, quartiles and semantic types are known: one aggregate query with a
 * {@code histogram(x, boundaries)} per numeric and date/time column (bins from {@link Bins}), the Tukey outlier
 * counts of numeric columns, and {@code corr}/{@code regr_count} for every pair of the correlation columns.
 */
final class DistributionPass {
    private final Connection connection;
    private final String from;
    private final int bins;
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
        if (c.count == 0 || (time ? c.minEpochMicros == null : c.finiteMin == null)) {
            return;
        }
        String ref = c.column.ref();
        Bins.Plan plan;
        String x;
        Kind kind;
        if (c.type() == PhysicalType.DATE) {
            kind = Kind.DATE;
            plan = Bins.discrete(c.minEpochMicros, c.maxEpochMicros, bins, Bins.DAY);
            x = c.column.epochMicros();
        } else if (time) {
            kind = Kind.TIMESTAMP;
            plan = Bins.timestamps(c.minEpochMicros, c.maxEpochMicros, bins);
            x = c.dateText() ? "epoch_us(TRY_CAST(" + ref + " AS TIMESTAMP))" : c.column.epochMicros();
        } else if (c.type() == PhysicalType.INTEGER && PhysicalType.fitsBigint(c.column.dataType())) {
            kind = Kind.WHOLE;
            plan = Bins.discrete(Values.toLong(c.min), Values.toLong(c.max), bins, 1);
            x = "CAST(" + ref + " AS BIGINT)";
        } else {
            kind = Kind.CONTINUOUS;
            plan = Bins.continuous(c.finiteMin, c.finiteMax, bins);
            x = number(c);
        }
        String h = "histogram(" + x + ", " + Sql.numberList(plan.boundaries()) + ")";
        histograms.add(new HistogramPlan(c, kind, plan, query.add("map_values(" + h + ")")));
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
        int mild = query.add(outside(number(c), lo, hi));
        int extreme = query.add(outside(number(c), extremeLo, extremeHi));
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
                String args = number(a) + ", " + number(b) + ")";
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
        query.run(connection, from);
        readers.forEach(Runnable::run);
        for (HistogramPlan plan : histograms) {
            plan.c().histogram = plan.build(query);
        }
        return correlations;
    }

    private static String outside(String x, double lo, double hi) {
        return "count_if(" + x + " < " + Sql.number(lo) + " OR " + x + " > " + Sql.number(hi) + ")";
    }

    /**
     * The column as DOUBLE; for FLOAT/DOUBLE only its finite values (NULL otherwise), written inside the argument
     * because an aggregate FILTER clause costs several times more in DuckDB.
     */
    private static String number(ColumnFacts c) {
        return c.type() == PhysicalType.FLOATING ? "CAST(" + c.column.finite() + " AS DOUBLE)" : c.column.asDouble();
    }

    /** How a column is binned and how its bounds are reported. */
    private enum Kind {
        WHOLE, CONTINUOUS, DATE, TIMESTAMP
    }

    /** One column's planned histogram; its counts come back in boundary order, empty bins included. */
    private record HistogramPlan(ColumnFacts c, Kind kind, Bins.Plan plan, int countsSlot) {

        Histogram build(Aggregates query) {
            List<Number> counts = Values.numbers(query.get(countsSlot));
            List<Histogram.Bin> out = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                long n = i < counts.size() ? counts.get(i).longValue() : 0;
                out.add(new Histogram.Bin(bound(plan.lowers().get(i)), bound(plan.uppers().get(i)), n));
            }
            return new Histogram(out);
        }

        private Object bound(Number n) {
            return switch (kind) {
                case WHOLE, CONTINUOUS -> n;
                case DATE -> Values.isoFromMicros(n.longValue()).substring(0, 10);
                case TIMESTAMP -> Values.isoFromMicros(n.longValue());
            };
        }
    }
}
