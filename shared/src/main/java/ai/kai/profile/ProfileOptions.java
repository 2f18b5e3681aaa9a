package ai.kai.profile;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Knobs of a profile run. Start from {@link #defaults()} and change what you need with the {@code with…}
 * methods.
 *
 * @param topK                   frequent values reported per column
 * @param histogramBins          the number of bins asked of {@code equi_width_bins} (nice edges may give fewer)
 * @param exactDistinctMaxRows   up to this many rows every column's values are counted exactly (distinct
 *                               count and top values); above it only columns whose HyperLogLog estimate is at
 *                               most {@code valueCountsMaxDistinct} are, and the others get an estimate
 * @param valueCountsMaxDistinct see {@code exactDistinctMaxRows}
 * @param exactDuplicatesMaxRows up to this many rows duplicate rows are counted with {@code DISTINCT *}; above
 *                               it with a 64-bit hash of each row
 * @param maxCorrelationColumns  Pearson correlations are computed between the first this-many numeric columns
 */
public record ProfileOptions(
        int topK,
        int histogramBins,
        long exactDistinctMaxRows,
        long valueCountsMaxDistinct,
        long exactDuplicatesMaxRows,
        int maxCorrelationColumns) {

    public ProfileOptions {
        require(topK >= 1 && topK <= 1000, "top_k must be between 1 and 1000");
        require(histogramBins >= 1 && histogramBins <= 1000, "histogram_bins must be between 1 and 1000");
        require(exactDistinctMaxRows >= 0, "exact_distinct_max_rows must not be negative");
        require(valueCountsMaxDistinct >= 0, "value_counts_max_distinct must not be negative");
        require(exactDuplicatesMaxRows >= 0, "exact_duplicates_max_rows must not be negative");
        require(maxCorrelationColumns >= 0 && maxCorrelationColumns <= 200,
                "max_correlation_columns must be between 0 and 200");
    }

    public static ProfileOptions defaults() {
        return new ProfileOptions(10, 20, 2_000_000, 100_000, 100_000, 30);
    }

    public ProfileOptions withTopK(int value) {
        return new ProfileOptions(value, histogramBins, exactDistinctMaxRows, valueCountsMaxDistinct,
                exactDuplicatesMaxRows, maxCorrelationColumns);
    }

    public ProfileOptions withHistogramBins(int value) {
        return new ProfileOptions(topK, value, exactDistinctMaxRows, valueCountsMaxDistinct, exactDuplicatesMaxRows,
                maxCorrelationColumns);
    }

    public ProfileOptions withExactDistinctMaxRows(long value) {
        return new ProfileOptions(topK, histogramBins, value, valueCountsMaxDistinct, exactDuplicatesMaxRows,
                maxCorrelationColumns);
    }

    public ProfileOptions withValueCountsMaxDistinct(long value) {
        return new ProfileOptions(topK, histogramBins, exactDistinctMaxRows, value, exactDuplicatesMaxRows,
                maxCorrelationColumns);
    }

    public ProfileOptions withExactDuplicatesMaxRows(long value) {
        return new ProfileOptions(topK, histogramBins, exactDistinctMaxRows, valueCountsMaxDistinct, value,
                maxCorrelationColumns);
    }

    public ProfileOptions withMaxCorrelationColumns(int value) {
        return new ProfileOptions(topK, histogramBins, exactDistinctMaxRows, valueCountsMaxDistinct,
                exactDuplicatesMaxRows, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, message);
        }
    }
}
