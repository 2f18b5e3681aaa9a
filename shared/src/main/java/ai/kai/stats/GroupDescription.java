package ai.kai.stats;

/**
 * Descriptive statistics of one group. Quartiles interpolate linearly (R's type 7, NumPy's default); standard
 * deviation and variance divide by n − 1; skewness and excess kurtosis are the bias-adjusted sample
 * estimators (G1, G2 — as Excel, SAS and pandas report them). Values that need more observations than the
 * group has (sd: 2, skewness: 3, kurtosis: 4, or a group whose values are all equal) are null.
 */
public record GroupDescription(
        String group,
        int n,
        double mean,
        Double stdDev,
        Double variance,
        Double stdError,
        double min,
        double q1,
        double median,
        double q3,
        double max,
        Double skewness,
        Double kurtosis) {
}
