package ai.kai.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * Anomalies of a seasonal series: the robust z of the STL remainder (see {@link SeasonalFit}), so a seasonal peak,
 * being part of trend + seasonal, is not one. Expected = trend + seasonal; the accepted range is
 * expected ± threshold × the remainder's robust SD (on the log scale for a multiplicative series).
 */
record SeasonalDetector(double threshold, SeasonalFit fit, SeasonalPeriod period) implements Detector {

    @Override
    public AnomalyMethod method() {
        return AnomalyMethod.SEASONAL;
    }

    @Override
    public Detection detect(Series series) {
        double[] x = series.values();
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double score = fit.score(i);
            if (score > threshold) {
                found.add(new Anomaly(i, series.date(i), x[i], fit.expected(i), fit.lower(i, threshold),
                        fit.upper(i, threshold), score, method(), reason(series, i, score)));
            }
        }
        AnomalySummary summary = new AnomalySummary(x.length, found.size(), threshold,
                "robust SDs of the seasonal-decomposition remainder" + (fit.log() ? " (log scale)" : ""), null,
                fit.scale(), null, null, fit.period(), fit.strength(), fit.log() ? "log" : "none",
                fit.parameters().describe());
        return new Detection(found, summary);
    }

    private String reason(Series series, int i, double score) {
        double value = series.values()[i];
        String range = "accepted range " + Fmt.value(fit.lower(i, threshold)) + " to " + Fmt.value(fit.upper(i, threshold));
        String where = "the expected " + Fmt.value(fit.expected(i)) + " for " + position(series, i);
        if (fit.log() && value <= 0) {
            return "value " + Fmt.value(value) + " is far below " + where + " (" + range
                    + "); the rest of the series is positive";
        }
        return "value " + Fmt.value(value) + " is " + Fmt.score(score) + " robust SDs" + (fit.log() ? " (log scale) " : " ")
                + Detector.side(fit.isAbove(i)) + " " + where + " (" + range + "; threshold " + Fmt.value(threshold) + ")";
    }

    private String position(Series series, int i) {
        if (period.frequency() != null && series.dates() != null) {
            return period.frequency().positionOf(series.time(i));
        }
        return "position " + (i % fit.period() + 1) + " of the " + fit.period() + "-step cycle";
    }
}
