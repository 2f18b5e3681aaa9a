package ai.kai.stats;

/**
 * One pair of a post-hoc comparison: {@code difference} is the mean of {@code groupA} minus the mean of
 * {@code groupB} (groupA comes first in the request's order), with its family-wise interval, Tukey's q as
 * {@code statistic} and the multiplicity-adjusted p-value.
 */
public record PairwiseComparison(
        String groupA,
        String groupB,
        double difference,
        ConfidenceInterval confidenceInterval,
        double statistic,
        double pValue,
        boolean isSignificant,
        String interpretation) {
}
