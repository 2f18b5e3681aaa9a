package ai.kai.stats;

/**
 * Order statistics of the n₁·n₂ pairwise differences xᵢ − yⱼ without materialising them: a count of the
 * differences at or below a value takes one merge-like pass over the sorted samples, and bisection over the
 * ordered bit patterns of doubles (at most 64 steps) finds the k-th smallest exactly.
 */
final class PairwiseDifferences {
    private PairwiseDifferences() {
    }

    /** The Hodges–Lehmann estimate of the shift: the median of all pairwise differences. */
    static double median(double[] xs, double[] ys) {
        long total = (long) xs.length * ys.length;
        if (total % 2 == 1) {
            return kth(xs, ys, (total + 1) / 2);
        }
        return (kth(xs, ys, total / 2) + kth(xs, ys, total / 2 + 1)) / 2;
    }

    /** The k-th smallest difference (k from 1 to n₁·n₂). */
    static double kth(double[] xs, double[] ys, long k) {
        double lo = xs[0] - ys[ys.length - 1];
        double hi = xs[xs.length - 1] - ys[0];
        if (countAtMost(xs, ys, lo) >= k) {
            return lo;
        }
        // invariant: count(lo) < k <= count(hi); the answer is a difference in (lo, hi]
        long low = ordered(lo);
        long high = ordered(hi);
        while (low < high - 1) {
            long mid = (low >> 1) + (high >> 1) + (low & high & 1);
            if (countAtMost(xs, ys, unordered(mid)) >= k) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return unordered(high);
    }

    /** A long whose order is the order of the doubles (−0.0 just below +0.0). */
    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
    }

    private static double unordered(long l) {
        return Double.longBitsToDouble(l < 0 ? l ^ Long.MAX_VALUE : l);
    }

    /** #{(i, j) : xᵢ − yⱼ ≤ v}, with the differences as computed in floating point (monotone in i and j). */
    static long countAtMost(double[] xs, double[] ys, double v) {
        long count = 0;
        int j = 0;
        for (double x : xs) {
            while (j < ys.length && x - ys[j] > v) {
                j++;
            }
            count += ys.length - j;
        }
        return count;
    }

    /**
     * R's asymptotic interval for the shift (wilcox.test, correct = TRUE): the corrected statistic
     * z(d) = (U(d) − n₁n₂/2 ∓ ½) / σ of x − d against y falls by steps at the pairwise differences; the limits
     * are the differences where it crosses ±z₁₋α/₂ (±z₁₋α one-sided), clamped to the smallest and largest.
     * σ carries the within-sample tie correction, as R computes it at a shift where no cross-sample ties exist.
     */
    static ConfidenceInterval shiftInterval(double[] xs, double[] ys, double sigma, double alpha, Alternative alternative) {
        double q = Tails.normalQuantile(1 - (alternative == Alternative.TWO_SIDED ? alpha / 2 : alpha));
        long total = (long) xs.length * ys.length;
        double lower = at(xs, ys, total - (long) Math.floor(total / 2.0 + 0.5 + q * sigma), total);
        double upper = at(xs, ys, total - (long) Math.floor(total / 2.0 - 0.5 - q * sigma), total);
        return switch (alternative) {
            case TWO_SIDED -> ConfidenceInterval.of(lower, upper);
            case GREATER -> new ConfidenceInterval(lower, null);
            case LESS -> new ConfidenceInterval(null, upper);
        };
    }

    private static double at(double[] xs, double[] ys, long k, long total) {
        return kth(xs, ys, Math.max(1, Math.min(total, k)));
    }
}
