package ai.kai.forecast;

/**
 * Where a rolling-origin backtest cuts the history: the horizon is the requested one, capped at a quarter of
 * the history; up to three origins, half a horizon apart, ending at the last point; each training part keeps
 * at least two seasons plus two points (and ten points in any case).
 *
 * @param trainingSizes training lengths, oldest origin first; empty when the history is too short
 */
record BacktestPlan(int horizon, int[] trainingSizes) {
    static final int ORIGINS = 3;

    static BacktestPlan of(int n, int period, int periods) {
        int horizon = Math.max(1, Math.min(periods, n / 4));
        int step = Math.max(1, horizon / 2);
        int minimumTraining = Math.max(10, period > 1 ? 2 * period + 2 : 0);
        int count = 0;
        int[] sizes = new int[ORIGINS];
        for (int i = ORIGINS - 1; i >= 0; i--) {
            int size = n - horizon - i * step;
            if (size >= minimumTraining) {
                sizes[count++] = size;
            }
        }
        return new BacktestPlan(horizon, java.util.Arrays.copyOf(sizes, count));
    }

    boolean possible() {
        return trainingSizes.length > 0;
    }
}
