package ai.kai.forecast;

/**
 * One member of the ETS family of Hyndman et al. (2008): error (A|M), trend (N|A, damped or not) and season
 * (N|A|M). Multiplicative trends are left out, as R's {@code ets} does by default.
 */
record EtsSpec(char error, char trend, char season, boolean damped) {

    EtsSpec {
        if ("AM".indexOf(error) < 0 || "NA".indexOf(trend) < 0 || "NAM".indexOf(season) < 0
                || (damped && trend == 'N')) {
            throw new IllegalArgumentException("no such ETS model: " + error + trend + season + damped);
        }
    }

    boolean hasTrend() {
        return trend != 'N';
    }

    boolean hasSeason() {
        return season != 'N';
    }

    boolean multiplicativeError() {
        return error == 'M';
    }

    /** Parameters estimated: smoothing parameters, damping, level, slope and m−1 free seasonal states. */
    int parameterCount(int m) {
        return 1 + (hasTrend() ? 2 : 0) + (damped ? 1 : 0) + 1 + (hasSeason() ? 1 + (m - 1) : 0);
    }

    String label() {
        return "ETS(" + error + "," + trend + (damped ? "d" : "") + "," + season + ")";
    }
}
