package ai.kai.profile;

/**
 * Moments and order statistics of a numeric column, over its non-null values, as DuckDB computes them:
 * {@code avg}, {@code stddev_samp} (n − 1), {@code skewness} (sample skewness), {@code kurtosis} (sample
 * excess kurtosis) and {@code quantile_cont} (exact, linear interpolation). Null where undefined (e.g. the
 * standard deviation of one value).
 *
 * @param zeros     values equal to zero
 * @param negatives values below zero
 * @param infinite  ±infinity or NaN values (floating-point columns only, otherwise 0)
 */
public record NumericStats(
        Double mean,
        Double std,
        Double skewness,
        Double kurtosis,
        Quantiles quantiles,
        long zeros,
        long negatives,
        long infinite,
        Outliers outliers) {
}
