package ai.kai.anomaly;

import java.util.Arrays;

/** The descriptive statistics the detectors share, on plain arrays. */
final class Stats {
    /** 1 / Φ⁻¹(0.75): turns a median absolute deviation into a standard deviation under normality. */
    static final double MAD_TO_SD = 1.482602218505602;
    /** sqrt(π / 2): turns a mean absolute deviation into a standard deviation under normality. */
    static final double MEAN_AD_TO_SD = 1.2533141373155001;

    private Stats() {
    }

    static double mean(double[] x) {
        double s = 0.0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Sample standard deviation (denominator n - 1), two-pass. */
    static double sd(double[] x) {
        double m = mean(x);
        double ss = 0.0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }

    /** Median absolute deviation from {@code center}, unscaled. */
    static double mad(double[] x, double center) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = Math.abs(x[i] - center);
        }
        return median(d);
    }

    /** Mean absolute deviation from {@code center}. */
    static double meanAbsoluteDeviation(double[] x, double center) {
        double s = 0.0;
        for (double v : x) {
            s += Math.abs(v - center);
        }
        return s / x.length;
    }

    /** The p-quantile by linear interpolation between order statistics (Hyndman & Fan type 7; R's default). */
    static double quantile(double[] x, double p) {
        double[] s = x.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Bowley's quartile skewness (Q3 + Q1 - 2 Q2) / (Q3 - Q1), in [-1, 1]; 0 when the quartiles coincide. */
    static double quartileSkewness(double[] x) {
        double q1 = quantile(x, 0.25);
        double q2 = quantile(x, 0.5);
        double q3 = quantile(x, 0.75);
        return q3 > q1 ? (q3 + q1 - 2 * q2) / (q3 - q1) : 0.0;
    }
}
