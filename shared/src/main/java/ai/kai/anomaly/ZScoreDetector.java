package ai.kai.anomaly;

import java.util.ArrayList;
import java.util.List;

/** |x - mean| / SD above the threshold (sample SD, n - 1). Sensitive to the outliers it looks for; see robust z. */
record ZScoreDetector(double threshold) implements Detector {

    @Override
    public AnomalyMethod method() {
        return AnomalyMethod.ZSCORE;
    }

    @Override
    public Detection detect(Series series) {
        double[] x = series.values();
        double mean = Stats.mean(x);
        double sd = Stats.sd(x);
        double lower = mean - threshold * sd;
        double upper = mean + threshold * sd;
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - mean) / sd;
            if (Math.abs(z) > threshold) {
                String reason = "value " + Fmt.value(x[i]) + " is " + Fmt.score(Math.abs(z)) + " standard deviations "
                        + Detector.side(z > 0) + " the mean " + Fmt.value(mean) + " (SD " + Fmt.value(sd)
                        + "; threshold " + Fmt.value(threshold) + ")";
                found.add(new Anomaly(i, series.date(i), x[i], mean, lower, upper, Math.abs(z), method(), reason));
            }
        }
        AnomalySummary summary = new AnomalySummary(x.length, found.size(), threshold, "standard deviations from the mean",
                mean, sd, lower, upper, null, null, "none", null);
        return new Detection(found, summary);
    }
}
