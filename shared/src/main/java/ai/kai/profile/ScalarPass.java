package ai.kai.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The first scan: one aggregate query that computes every per-column scalar at once — non-null count,
 * min/max, mean, standard deviation, skewness, kurtosis, seven exact quantiles, zero/negative counts, string
 * lengths — plus, on large tables, DuckDB's HyperLogLog distinct estimate per column and the number of
 * distinct row hashes (for duplicate rows).
 */
final class ScalarPass {
    private final Aggregates query = new Aggregates();
    private final List<Runnable> readers = new ArrayList<>();
    private int distinctRowHashes = -1;

    /**
     * @param sketchDistinct  add DuckDB's {@code approx_count_distinct} per column (large tables)
     * @param hashDuplicates  count distinct row hashes here instead of an exact {@code DISTINCT *} later
     */
    ScalarPass(List<ColumnFacts> columns, boolean sketchDistinct, boolean hashDuplicates) {
        for (ColumnFacts c : columns) {
            plan(c, sketchDistinct);
        }
        if (hashDuplicates) {
            String all = columns.stream().map(c -> c.column.ref()).collect(Collectors.joining(", "));
            distinctRowHashes = query.add("count(DISTINCT hash(" + all + "))");
        }
    }

    void run(Connection connection, String from) throws SQLException {
        query.run(connection, from);
        readers.forEach(Runnable::run);
    }

    /** Distinct row hashes, or -1 when duplicates were not counted by hash. */
    long distinctRowHashes() {
        return distinctRowHashes < 0 ? -1 : query.getLong(distinctRowHashes);
    }

    private void plan(ColumnFacts c, boolean sketchDistinct) {
        String ref = c.column.ref();
        int count = query.add("count(" + ref + ")");
        readers.add(() -> c.count = query.getLong(count));
        if (c.type() != PhysicalType.OTHER) {
            int min = query.add("min(" + ref + ")");
            int max = query.add("max(" + ref + ")");
            readers.add(() -> {
                c.min = query.get(min);
                c.max = query.get(max);
            });
        }
        if (sketchDistinct) {
            int rough = query.add("approx_count_distinct(" + ref + ")");
            readers.add(() -> c.roughDistinct = query.getLong(rough));
        }
        if (c.type().numeric()) {
            planNumeric(c, ref);
        } else if (c.type() == PhysicalType.STRING) {
            planText(c, c.column.enumType() ? "CAST(" + ref + " AS VARCHAR)" : ref);
        } else if (c.type().pointInTime()) {
            int min = query.add("min(" + c.column.epochMicros() + ")");
            int max = query.add("max(" + c.column.epochMicros() + ")");
            readers.add(() -> {
                c.minEpochMicros = query.getLongOrNull(min);
                c.maxEpochMicros = query.getLongOrNull(max);
            });
        }
    }

    /**
     * Floating-point moments, quantiles and ranges skip ±inf and NaN, which are counted apart. The finite filter is
     * a CASE inside the aggregate's argument: an aggregate FILTER clause costs several times more in DuckDB.
     */
    private void planNumeric(ColumnFacts c, String ref) {
        boolean floating = c.type() == PhysicalType.FLOATING;
        String x = floating ? c.column.finite() : ref;
        int mean = query.add("CAST(avg(" + x + ") AS DOUBLE)");
        int std = query.add("stddev_samp(" + x + ")");
        int skew = query.add("skewness(" + x + ")");
        int kurt = query.add("kurtosis(" + x + ")");
        int quantiles = query.add("quantile_cont(" + x + ", " + Sql.numberList(Quantiles.PROBABILITIES) + ")");
        int zeros = query.add("count_if(" + ref + " = 0)");
        int negatives = query.add("count_if(" + ref + " < 0)");
        int infinite = floating ? query.add("count_if(NOT isfinite(" + ref + "))") : -1;
        int low = floating ? query.add("min(" + x + ")") : -1;
        int high = floating ? query.add("max(" + x + ")") : -1;
        readers.add(() -> {
            c.mean = query.getDouble(mean);
            c.std = query.getDouble(std);
            c.skewness = query.getDouble(skew);
            c.kurtosis = query.getDouble(kurt);
            c.quantiles = Quantiles.of(query.getDoubles(quantiles));
            c.zeros = query.getLong(zeros);
            c.negatives = query.getLong(negatives);
            c.infinite = floating ? query.getLong(infinite) : 0;
            c.finiteMin = floating ? query.getDouble(low) : Values.toDouble(c.min);
            c.finiteMax = floating ? query.getDouble(high) : Values.toDouble(c.max);
        });
    }

    private void planText(ColumnFacts c, String text) {
        int minLength = query.add("min(length(" + text + "))");
        int meanLength = query.add("avg(length(" + text + "))");
        int maxLength = query.add("max(length(" + text + "))");
        int empty = query.add("count_if(length(" + text + ") = 0)");
        readers.add(() -> {
            c.minLength = query.getLongOrNull(minLength);
            c.meanLength = query.getDouble(meanLength);
            c.maxLength = query.getLongOrNull(maxLength);
            c.empty = query.getLong(empty);
        });
    }
}
