package ai.kai.anomaly;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Tukey's fences: below Q1 - k IQR or above Q3 + k IQR (quartiles by linear interpolation, R's type 7).
 * The score is the distance beyond the nearer quartile in IQRs, so a point is flagged when its score exceeds k.
 */
record IqrDetector(double k) implements Detector {

    @Override
    public AnomalyMethod method() {
        return AnomalyMethod.IQR;
    }

    @Override
    public Detection detect(Series series) {
        double[] x = series.values();
        double q1 = Stats.quantile(x, 0.25);
        double q3 = Stats.quantile(x, 0.75);
        double iqr = q3 - q1;
        if (iqr == 0) {
            throw new KaiException(ErrorCode.NO_SPREAD, "the middle half of the values is constant (Q1 = Q3 = "
                    + Fmt.value(q1) + "), so IQR fences are undefined; use robust_z or zscore");
        }
        double median = Stats.median(x);
        double lower = q1 - k * iqr;
        double upper = q3 + k * iqr;
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] < lower || x[i] > upper) {
                boolean above = x[i] > upper;
                double score = above ? (x[i] - q3) / iqr : (q1 - x[i]) / iqr;
                String reason = "value " + Fmt.value(x[i]) + " is " + Detector.side(above) + " the "
                        + (above ? "upper fence " + Fmt.value(upper) + " = Q3 " + Fmt.value(q3) + " + "
                                : "lower fence " + Fmt.value(lower) + " = Q1 " + Fmt.value(q1) + " - ")
                        + Fmt.value(k) + " × IQR " + Fmt.value(iqr) + " (" + Fmt.score(score) + " IQRs "
                        + (above ? "above Q3" : "below Q1") + ")";
                found.add(new Anomaly(i, series.date(i), x[i], median, lower, upper, score, method(), reason));
            }
        }
        AnomalySummary summary = new AnomalySummary(x.length, found.size(), k, "IQRs beyond the nearer quartile",
                median, iqr, lower, upper, null, null, "none", null);
        return new Detection(found, summary);
    }
}
