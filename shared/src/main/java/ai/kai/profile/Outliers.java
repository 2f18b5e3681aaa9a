package ai.kai.profile;

/**
 * Values outside Tukey's fences: below p25 − 1.5·IQR or above p75 + 1.5·IQR ({@code count}), and outside the
 * "far out" fences at 3·IQR ({@code extremeCount}).
 */
public record Outliers(double lowerFence, double upperFence, long count, double percent, double extremeLowerFence,
                       double extremeUpperFence, long extremeCount) {
    static final double MILD = 1.5;
    static final double EXTREME = 3.0;
}
