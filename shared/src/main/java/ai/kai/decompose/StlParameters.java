package ai.kai.decompose;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The parameters of STL (Cleveland, Cleveland, McRae & Terpenning 1990), named as in the paper and in R's
 * {@code stl()}: spans n(s), n(t), n(l) of the seasonal, trend and low-pass loess smoothers, their local
 * polynomial degrees (0 or 1), the "jumps" (loess is evaluated every jump-th point and linearly interpolated in
 * between), n(i) inner and n(o) outer (robustness) iterations. {@code periodic} makes the seasonal component
 * exactly periodic (R's {@code s.window = "periodic"}).
 * <p>
 * Use {@link #periodic(int, boolean)} or {@link #of(int, int, boolean)} for R's defaults; the canonical
 * constructor takes every value as given.
 */
public record StlParameters(int period, int seasonalWindow, int seasonalDegree, int trendWindow, int trendDegree,
                            int lowPassWindow, int lowPassDegree, int seasonalJump, int trendJump, int lowPassJump,
                            int innerIterations, int outerIterations, boolean periodic) {

    public StlParameters {
        if (period < 2) {
            throw invalid("the seasonal period must be at least 2 (got " + period + ")");
        }
        if (seasonalWindow < 1 || trendWindow < 1 || lowPassWindow < 1) {
            throw invalid("STL windows must be positive");
        }
        if (!isDegree(seasonalDegree) || !isDegree(trendDegree) || !isDegree(lowPassDegree)) {
            throw invalid("STL loess degrees must be 0 or 1");
        }
        if (seasonalJump < 1 || trendJump < 1 || lowPassJump < 1) {
            throw invalid("STL jumps must be at least 1");
        }
        if (innerIterations < 1 || outerIterations < 0) {
            throw invalid("STL needs at least one inner iteration and a non-negative number of outer iterations");
        }
    }

    /** R's {@code stl(x, s.window = "periodic", robust = robust)}. */
    public static StlParameters periodic(int period, boolean robust) {
        return defaults(period, 0, true, robust);
    }

    /** R's {@code stl(x, s.window = seasonalWindow, robust = robust)}. */
    public static StlParameters of(int period, int seasonalWindow, boolean robust) {
        return defaults(period, seasonalWindow, false, robust);
    }

    /** The same parameters with another trend window (and, as in R, its jump {@code ceiling(t.window / 10)}). */
    public StlParameters withTrendWindow(int window) {
        return new StlParameters(period, seasonalWindow, seasonalDegree, window, trendDegree, lowPassWindow,
                lowPassDegree, seasonalJump, jumpFor(window), lowPassJump, innerIterations, outerIterations, periodic);
    }

    /** The same parameters with other jumps (1 evaluates loess at every point). */
    public StlParameters withJumps(int seasonal, int trend, int lowPass) {
        return new StlParameters(period, seasonalWindow, seasonalDegree, trendWindow, trendDegree, lowPassWindow,
                lowPassDegree, seasonal, trend, lowPass, innerIterations, outerIterations, periodic);
    }

    /** The same parameters with other iteration counts. */
    public StlParameters withIterations(int inner, int outer) {
        return new StlParameters(period, seasonalWindow, seasonalDegree, trendWindow, trendDegree, lowPassWindow,
                lowPassDegree, seasonalJump, trendJump, lowPassJump, inner, outer, periodic);
    }

    /** True when robustness weights are computed (at least one outer iteration). */
    public boolean robust() {
        return outerIterations > 0;
    }

    /** A short description, e.g. {@code s.window=periodic, t.window=23, robust}. */
    public String describe() {
        String sw = periodic ? "periodic" : Integer.toString(seasonalWindow);
        return "s.window=" + sw + ", t.window=" + trendWindow + (robust() ? ", robust" : "");
    }

    private static StlParameters defaults(int period, int seasonalWindow, boolean periodic, boolean robust) {
        if (period < 2) {
            throw invalid("the seasonal period must be at least 2 (got " + period + ")");
        }
        if (!periodic && seasonalWindow < 3) {
            throw invalid("the seasonal window must be at least 3 (got " + seasonalWindow + ")");
        }
        // R replaces "periodic" by 10 * n + 1 and degree 0. The length is not known here: Stl resolves the
        // window and its jump per series; the stand-in only serves R's default trend window, which it leaves
        // unchanged (1.5 * period / (1 - 1.5 / s.window) rounds up to the same odd number for any huge s.window).
        int sWindow = periodic ? PERIODIC_WINDOW : seasonalWindow;
        int tWindow = nextOdd(Math.ceil(1.5 * period / (1 - 1.5 / sWindow)));
        int lWindow = nextOdd(period);
        return new StlParameters(period, sWindow, 0, tWindow, 1, lWindow, 1,
                jumpFor(sWindow), jumpFor(tWindow), jumpFor(lWindow),
                robust ? 1 : 2, robust ? 15 : 0, periodic);
    }

    /** The stand-in for R's {@code 10 * n + 1} until the series length is known. */
    static final int PERIODIC_WINDOW = 10_000_001;

    static int jumpFor(int window) {
        return (int) Math.ceil(window / 10.0);
    }

    private static int nextOdd(double x) {
        long r = Math.round(x);
        return (int) (r % 2 == 0 ? r + 1 : r);
    }

    private static boolean isDegree(int d) {
        return d == 0 || d == 1;
    }

    private static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_REQUEST, message);
    }
}
