package ai.kai.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * The modified z-score M = 0.6745 (x - median) / MAD of Iglewicz & Hoaglin ("How to Detect and Handle Outliers",
 * ASQC 1993), who recommend flagging |M| > 3.5. When more than half the values are equal (MAD = 0), the mean
 * absolute deviation takes its place: M = (x - median) / (1.253314 × MeanAD). With {@code log}, M is computed on
 * log(x) (AUTO does this for positive, right-skewed values, whose long upper tail is not a set of anomalies).
 */
record RobustZDetector(double threshold, boolean log) implements Detector {
    static final double IGLEWICZ_HOAGLIN = 0.6745;

    RobustZDetector(double threshold) {
        this(threshold, false);
    }

    @Override
    public AnomalyMethod method() {
        return AnomalyMethod.ROBUST_Z;
    }

    @Override
    public Detection detect(Series series) {
        double[] original = series.values();
        double[] x = log ? logOf(original) : original;
        double median = Stats.median(x);
        double mad = Stats.mad(x, median);
        double robustSd = mad > 0 ? mad / IGLEWICZ_HOAGLIN : Stats.MEAN_AD_TO_SD * Stats.meanAbsoluteDeviation(x, median);
        String scaleName = mad > 0 ? "robust SD = MAD / 0.6745 = " : "robust SD = 1.2533 × mean absolute deviation = ";
        double center = back(median);
        double lower = back(median - threshold * robustSd);
        double upper = back(median + threshold * robustSd);
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double m = (x[i] - median) / robustSd;
            if (Math.abs(m) > threshold) {
                String reason = "value " + Fmt.value(original[i]) + " is " + Fmt.score(Math.abs(m)) + " robust SDs "
                        + (log ? "(log scale) " : "") + Detector.side(m > 0) + " the median " + Fmt.value(center) + " ("
                        + (log ? "accepted range " + Fmt.value(lower) + " to " + Fmt.value(upper) + "; " : "")
                        + scaleName + Fmt.value(robustSd) + "; threshold " + Fmt.value(threshold) + ")";
                found.add(new Anomaly(i, series.date(i), original[i], center, lower, upper, Math.abs(m), method(), reason));
            }
        }
        AnomalySummary summary = new AnomalySummary(x.length, found.size(), threshold,
                "robust SDs from the median" + (log ? " (log scale)" : ""), center, robustSd, lower, upper, null, null,
                log ? "log" : "none", null);
        return new Detection(found, summary);
    }

    private double back(double v) {
        return log ? Math.exp(v) : v;
    }

    private static double[] logOf(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.log(x[i]);
        }
        return out;
    }
}
