package ai.kai.anomaly;

import ai.kai.decompose.Autocorrelation;
import ai.kai.decompose.Decomposition;
import ai.kai.decompose.Stl;
import ai.kai.decompose.StlParameters;

/**
 * A robust STL model of a series for anomaly scoring, chosen so that seasonal swings stay out of the remainder:
 * <ol>
 * <li>scale: when the values are positive and a fixed seasonal pattern explains clearly more of the series on the
 * log scale (robust F_s higher by {@value #LOG_ADVANTAGE}), the seasonality is multiplicative and the series is
 * decomposed on the log scale (a handful of non-positive values, themselves anomalies, do not prevent this);</li>
 * <li>seasonal window: periodic, unless the seasonal pattern drifts (the remainder of the periodic fit is
 * autocorrelated at the seasonal lag, r ≥ {@value #DRIFT}); then a window of 13 or 21 cycles, whichever leaves
 * fewer points beyond the threshold (then the smaller remainder scale).</li>
 * </ol>
 * The remainder's scale is 1.4826 × median |R| (its robust SD around the decomposition's zero).
 */
record SeasonalFit(double[] observed, int period, boolean log, Decomposition decomposition, StlParameters parameters,
                   double scale, double strength, String explanation) {
    static final double LOG_ADVANTAGE = 0.02;
    static final double DRIFT = 0.3;
    /** Remainders are clipped at this many robust SDs before F_s and autocorrelations are computed. */
    static final double CLIP = 3.0;
    static final int TREND_CYCLES = 3;
    private static final int[] DRIFT_WINDOWS = {13, 21};

    static SeasonalFit fit(double[] y, int period, double threshold) {
        StlParameters periodic = smoothTrend(StlParameters.periodic(period, true));
        Decomposition raw = Stl.decompose(y, periodic);
        double rawStrength = raw.seasonalStrengthRobust(CLIP);
        double[] logY = logOrNull(y);
        boolean log = false;
        Decomposition chosen = raw;
        String scaleNote = "";
        if (logY != null) {
            Decomposition logFit = Stl.decompose(logY, periodic);
            double logStrength = logFit.seasonalStrengthRobust(CLIP);
            if (logStrength > rawStrength + LOG_ADVANTAGE) {
                log = true;
                chosen = logFit;
                scaleNote = "; the seasonal swings grow with the level (F_s " + Fmt.fine(logStrength)
                        + " on the log scale against " + Fmt.fine(rawStrength) + "), so the series was analysed on the log scale";
            }
        }
        double[] z = log ? logY : y;
        double drift = Autocorrelation.acf(chosen.clippedRemainder(CLIP), period)[period];
        StlParameters parameters = periodic;
        String windowNote = "a fixed seasonal pattern";
        if (drift >= DRIFT) {
            Decomposition best = null;
            int bestFlags = Integer.MAX_VALUE;
            for (int window : DRIFT_WINDOWS) {
                StlParameters p = smoothTrend(StlParameters.of(period, window, true));
                Decomposition d = Stl.decompose(z, p);
                int flags = countBeyond(d, threshold);
                if (best == null || flags < bestFlags || (flags == bestFlags && scaleOf(d) < scaleOf(best))) {
                    best = d;
                    bestFlags = flags;
                    parameters = p;
                }
            }
            chosen = best;
            windowNote = "a seasonal pattern that drifts (the periodic fit leaves autocorrelation " + Fmt.fine(drift)
                    + " at lag " + period + "), smoothed over " + parameters.seasonalWindow() + " cycles";
        }
        double strength = chosen.seasonalStrengthRobust(CLIP);
        String explanation = "STL (" + parameters.describe() + ") with " + windowNote + scaleNote;
        return new SeasonalFit(y, period, log, chosen, parameters, scaleOf(chosen), strength, explanation);
    }

    /** A trend window of at least three cycles (R's default spans about 1.5 cycles). */
    static StlParameters smoothTrend(StlParameters p) {
        int window = Math.max(p.trendWindow(), TREND_CYCLES * p.period());
        return p.withTrendWindow(window % 2 == 0 ? window + 1 : window);
    }

    /** Robust z of the remainder at i; for a non-positive value of a log-scale fit, its shortfall in the same unit. */
    double score(int i) {
        if (log && observed[i] <= 0) {
            double e = expected(i);
            return (e - observed[i]) / (e * scale);
        }
        return Math.abs(decomposition.remainder()[i]) / scale;
    }

    boolean isAbove(int i) {
        return observed[i] > expected(i);
    }

    /** trend + seasonal, back on the original scale. */
    double expected(int i) {
        return back(decomposition.fitted(i));
    }

    double lower(int i, double threshold) {
        return back(decomposition.fitted(i) - threshold * scale);
    }

    double upper(int i, double threshold) {
        return back(decomposition.fitted(i) + threshold * scale);
    }

    private double back(double v) {
        return log ? Math.exp(v) : v;
    }

    private static int countBeyond(Decomposition d, double threshold) {
        double s = scaleOf(d);
        int count = 0;
        for (double r : d.remainder()) {
            if (Math.abs(r) / s > threshold) {
                count++;
            }
        }
        return count;
    }

    /** 1.4826 × median |R|, floored far below any real noise so that a noiseless series cannot divide by zero. */
    static double scaleOf(Decomposition d) {
        double[] abs = new double[d.length()];
        double max = 0.0;
        for (int i = 0; i < abs.length; i++) {
            abs[i] = Math.abs(d.remainder()[i]);
            max = Math.max(max, Math.abs(d.observed()[i]));
        }
        return Math.max(Stats.MAD_TO_SD * Stats.median(abs), 1e-9 * Math.max(max, 1.0));
    }

    /**
     * log(y) when the values are positive apart from at most max(1, n / 50) of them; those are replaced by the
     * log of half the smallest positive value for the decomposition (robust weights then ignore them) and are
     * scored by {@link #score(int)} directly. Null when the log scale does not apply.
     */
    private static double[] logOrNull(double[] y) {
        int nonPositive = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (double v : y) {
            if (v <= 0) {
                nonPositive++;
            } else {
                minPositive = Math.min(minPositive, v);
            }
        }
        if (nonPositive > Math.max(1, y.length / 50) || minPositive == Double.POSITIVE_INFINITY) {
            return null;
        }
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.log(y[i] > 0 ? y[i] : minPositive / 2);
        }
        return out;
    }
}
