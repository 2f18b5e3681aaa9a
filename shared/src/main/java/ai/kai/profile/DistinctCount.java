package ai.kai.profile;

/**
 * The number of distinct non-null values of a column.
 *
 * @param value              the count, or the estimate when not exact
 * @param percent            distinct values as a percentage of non-null values
 * @param exact              true when counted exactly
 * @param relativeErrorBound for an estimate, the bound on |estimate − true| / true that holds with ≈ 99.7 %
 *                           probability (three standard errors of the HyperLogLog sketch); null when exact
 */
public record DistinctCount(long value, double percent, boolean exact, Double relativeErrorBound) {

    static DistinctCount exact(long value, long nonNull) {
        return new DistinctCount(value, Percent.of(value, nonNull), true, null);
    }

    static DistinctCount estimate(long value, long nonNull, double bound) {
        long capped = Math.min(value, nonNull);
        return new DistinctCount(capped, Percent.of(capped, nonNull), false, bound);
    }

    /** True when every non-null value is (or, for an estimate, may well be) different. */
    boolean allUnique(long nonNull) {
        if (nonNull == 0) {
            return false;
        }
        return exact ? value == nonNull : value >= nonNull * (1 - relativeErrorBound);
    }
}
