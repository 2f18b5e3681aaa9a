package ai.kai.profile;

import java.util.ArrayList;
import java.util.List;

/** The {@link ProfileMethods} text of a run: which path each figure took and what that means for accuracy. */
final class Methods {
    private Methods() {
    }

    static ProfileMethods describe(ProfileOptions options, boolean exactDistinct, boolean exactDuplicates,
                                   List<ColumnFacts> correlated, List<ColumnFacts> measured) {
        String distinct = exactDistinct
                ? "exact for every column: the number of groups of a GROUP BY on the column (the table has at most "
                        + options.exactDistinctMaxRows() + " rows)"
                : String.format(java.util.Locale.ROOT, "exact (GROUP BY) for columns with at most %d distinct values"
                        + " by DuckDB's approx_count_distinct and for date/time columns; for the others a HyperLogLog"
                        + " sketch with %d registers over DuckDB's 64-bit hash: relative standard error %.2f%%,"
                        + " reported bound %.1f%% (three standard errors)", options.valueCountsMaxDistinct(),
                        HyperLogLog.REGISTERS, 100 * HyperLogLog.RELATIVE_STANDARD_ERROR, 100 * HyperLogLog.ERROR_BOUND);
        String duplicates = exactDuplicates
                ? "exact: rows minus the rows of SELECT DISTINCT *"
                : "rows minus the number of distinct 64-bit hashes of whole rows; two different rows with the same"
                        + " hash would be counted as a duplicate (probability about n²/2^65, below 1e-7 for a million"
                        + " rows), so the count can only be overstated, never missed";
        String quantiles = "exact: quantile_cont (linear interpolation between closest ranks) over non-null values";
        StringBuilder correlations = new StringBuilder("Pearson r (corr) over the rows where both columns are"
                + " non-null, between numeric columns that vary (semantic type numeric), at most "
                + options.maxCorrelationColumns() + " of them in table order");
        if (measured.size() < correlated.size()) {
            correlations.append("; left out: ").append(String.join(", ",
                    correlated.subList(measured.size(), correlated.size()).stream().map(c -> c.column.name())
                            .toList()));
        }
        String outliers = "Tukey fences from the exact quartiles: p25 − 1.5·IQR and p75 + 1.5·IQR (outliers),"
                + " 3·IQR (extreme)";
        List<String> notes = new ArrayList<>();
        notes.add("histograms: about " + options.histogramBins() + " equal-width bins, widths 1, 2 or 5 × 10^k"
                + " (whole seconds to days for times) aligned to multiples of the width; whole numbers and dates"
                + " in inclusive bins [lower, upper], other numbers and timestamps in (lower, upper] with the first"
                + " bin closed; DECIMAL, FLOAT and integers beyond BIGINT are binned as DOUBLE");
        notes.add("top values: the " + options.topK() + " most frequent non-null values, ties broken by value"
                + " ascending; percentages are of non-null values");
        notes.add("text: lengths in characters; numeric-like = starts with a digit, sign or point and"
                + " TRY_CAST(v AS DOUBLE) succeeds; date-like = starts with a digit and TRY_CAST(v AS TIMESTAMP)"
                + " succeeds");
        notes.add("granularity: the most common gap between consecutive distinct values (ties: the smaller gap)");
        notes.add("moments: avg, stddev_samp, skewness and kurtosis (excess) as DuckDB defines them; for FLOAT and"
                + " DOUBLE columns moments, quantiles, histograms and outliers use finite values only (±inf and NaN"
                + " are counted as infinite)");
        return new ProfileMethods(distinct, duplicates, quantiles, correlations.toString(), outliers, notes);
    }
}
