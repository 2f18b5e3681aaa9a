package ai.kai.anomaly;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Turns a request into a detector and the reason for it. AUTO decides per series, aiming at results a user can
 * trust without tuning:
 * <ul>
 * <li>several columns: isolation forest, the only method that looks at rows across columns;</li>
 * <li>a seasonal period (given, from regular dates, or from the autocorrelation) with more than two cycles, and a
 * meaningful seasonal pattern — robust F_s ≥ {@value #MIN_SEASONAL_STRENGTH}, the cut-off of Hyndman's
 * {@code forecast::tsoutliers}: the seasonal method, so that seasonal peaks are expected rather than flagged;</li>
 * <li>otherwise: robust z (median/MAD), which a few outliers cannot inflate the way they inflate a mean and SD;
 * on the log scale for positive, right-skewed values.</li>
 * </ul>
 */
final class Planner {
    static final double MIN_SEASONAL_STRENGTH = 0.6;
    static final double SKEWED = 0.2;

    /** A detector and why it was chosen. */
    record Plan(Detector detector, String reason) {
    }

    private Planner() {
    }

    static Plan plan(Series series, AnomalyRequest request) {
        AnomalyMethod method = request.method();
        if (!series.isUnivariate() && method != AnomalyMethod.AUTO && method != AnomalyMethod.ISOLATION_FOREST) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the " + method.wireName() + " method examines one column, but "
                    + series.columns().size() + " were given (" + series.columnNames()
                    + "); pass one column or use isolation_forest");
        }
        double threshold = request.threshold() != null ? request.threshold() : method.defaultThreshold();
        return switch (method) {
            case AUTO -> auto(series, request);
            case ZSCORE -> new Plan(new ZScoreDetector(threshold), "zscore was requested");
            case ROBUST_Z -> new Plan(new RobustZDetector(threshold), "robust_z was requested");
            case IQR -> new Plan(new IqrDetector(threshold), "iqr was requested");
            case ISOLATION_FOREST -> new Plan(forest(request), "isolation_forest was requested");
            case SEASONAL -> seasonal(series, request, threshold);
        };
    }

    private static Plan auto(Series series, AnomalyRequest request) {
        if (!series.isUnivariate()) {
            return new Plan(forest(request), series.columns().size() + " columns were given (" + series.columnNames()
                    + "): an isolation forest examines each row across all of them");
        }
        double robustThreshold = thresholdOr(request, AnomalyMethod.ROBUST_Z);
        String skew = skewedPositive(series.values());
        RobustZDetector robustZ = new RobustZDetector(robustThreshold, skew != null);
        String robust = "so each value is compared with the median: robust z-score (median/MAD), threshold "
                + Fmt.value(robustThreshold) + (skew != null ? "; " + skew : "");
        SeasonalPeriod period = SeasonalPeriod.resolve(series, request.period());
        if (!period.isPresent()) {
            return new Plan(robustZ, "no seasonal period (" + period.explanation() + "), " + robust);
        }
        int n = series.length();
        if (n <= 2 * period.period()) {
            return new Plan(robustZ, period.explanation() + ", but " + n
                    + " values are not more than two full cycles, too few to learn the seasonal pattern; " + robust);
        }
        double seasonalThreshold = thresholdOr(request, AnomalyMethod.SEASONAL);
        SeasonalFit fit = SeasonalFit.fit(series.values(), period.period(), seasonalThreshold);
        String strength = "seasonal strength F_s = " + Fmt.fine(fit.strength());
        if (fit.strength() < MIN_SEASONAL_STRENGTH) {
            return new Plan(robustZ, period.explanation() + "; " + strength + " is below "
                    + MIN_SEASONAL_STRENGTH + ", no meaningful seasonality, " + robust);
        }
        return new Plan(new SeasonalDetector(seasonalThreshold, fit, period), period.explanation() + "; " + strength
                + " (≥ " + MIN_SEASONAL_STRENGTH + "), so each value is compared with its trend + seasonal expectation, "
                + "and seasonal peaks are not anomalies; " + fit.explanation() + "; flagged beyond "
                + Fmt.value(seasonalThreshold) + " robust SDs of the remainder");
    }

    private static Plan seasonal(Series series, AnomalyRequest request, double threshold) {
        SeasonalPeriod period = SeasonalPeriod.resolve(series, request.period());
        if (!period.isPresent()) {
            if (period.spacing() != null && period.spacing().irregularIndex() >= 0) {
                throw new KaiException(ErrorCode.IRREGULAR_DATES, "the seasonal method needs evenly spaced dates: "
                        + period.explanation());
            }
            throw new KaiException(ErrorCode.NO_SEASONALITY, "the seasonal method needs a seasonal period, but there is "
                    + "none: " + period.explanation() + "; give 'period' or use robust_z");
        }
        int n = series.length();
        int p = period.period();
        if (n <= 2 * p) {
            throw new KaiException(ErrorCode.TOO_FEW_POINTS, "the seasonal method with period " + p
                    + " needs more than two full cycles, at least " + (2 * p + 1) + " values; got " + n);
        }
        SeasonalFit fit = SeasonalFit.fit(series.values(), p, threshold);
        return new Plan(new SeasonalDetector(threshold, fit, period), "seasonal was requested; " + period.explanation()
                + "; " + fit.explanation());
    }

    /**
     * For positive values with a long upper tail (quartile skewness at least {@value #SKEWED}, reduced by the log),
     * an explanation of why they are compared on the log scale; else null. Amounts, counts and durations look
     * like this, and their tail is not a set of anomalies.
     */
    private static String skewedPositive(double[] x) {
        for (double v : x) {
            if (v <= 0) {
                return null;
            }
        }
        double raw = Stats.quartileSkewness(x);
        double[] log = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            log[i] = Math.log(x[i]);
        }
        double logged = Stats.quartileSkewness(log);
        if (raw < SKEWED || Math.abs(logged) >= raw) {
            return null;
        }
        return "the values are positive and right-skewed (quartile skewness " + Fmt.fine(raw) + ", "
                + Fmt.fine(logged) + " after log), so they are compared on the log scale";
    }

    private static IsolationForestDetector forest(AnomalyRequest request) {
        return new IsolationForestDetector(thresholdOr(request, AnomalyMethod.ISOLATION_FOREST), request.contamination(),
                request.seed());
    }

    private static double thresholdOr(AnomalyRequest request, AnomalyMethod method) {
        return request.threshold() != null ? request.threshold() : method.defaultThreshold();
    }
}
