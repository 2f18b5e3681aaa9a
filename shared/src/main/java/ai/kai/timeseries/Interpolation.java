package ai.kai.timeseries;

/** Fills NaN gaps by straight lines between the nearest observed neighbours. */
public final class Interpolation {
    private Interpolation() {
    }

    /**
     * A copy of {@code values} with interior NaN runs replaced by linear interpolation; leading or trailing
     * runs take the nearest observed value. All-NaN input is returned unchanged.
     */
    public static double[] linear(double[] values) {
        double[] out = values.clone();
        int previous = -1;
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                continue;
            }
            if (previous == -1) {
                for (int j = 0; j < i; j++) {
                    out[j] = out[i];
                }
            } else if (i - previous > 1) {
                double slope = (out[i] - out[previous]) / (i - previous);
                for (int j = previous + 1; j < i; j++) {
                    out[j] = out[previous] + slope * (j - previous);
                }
            }
            previous = i;
        }
        if (previous >= 0) {
            for (int j = previous + 1; j < out.length; j++) {
                out[j] = out[previous];
            }
        }
        return out;
    }
}
