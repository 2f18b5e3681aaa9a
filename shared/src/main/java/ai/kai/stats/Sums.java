package ai.kai.stats;

import java.util.Arrays;

/**
 * Accurate sums and moments: Neumaier-compensated summation and the corrected two-pass algorithm
 * (Chan, Golub and LeVeque, "Algorithms for computing the sample variance", Am. Stat. 37, 1983), so that
 * data with many constant leading digits (the NIST StRD sets) keep their significant digits.
 */
final class Sums {
    private Sums() {
    }

    static double sum(double[] x) {
        double s = 0;
        double c = 0;
        for (double v : x) {
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + c;
    }

    /** The mean, refined by a second pass over the deviations. */
    static double mean(double[] x) {
        double m = sum(x) / x.length;
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - m;
        }
        return m + sum(d) / x.length;
    }

    /** Sum of squared deviations from the mean (the corrected two-pass formula). */
    static double centeredSquares(double[] x) {
        return centeredSquares(x, mean(x));
    }

    static double centeredSquares(double[] x, double mean) {
        double[] d = new double[x.length];
        double[] sq = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - mean;
            sq[i] = d[i] * d[i];
        }
        double s = sum(d);
        return Math.max(0, sum(sq) - s * s / x.length);
    }

    /** Sample variance (n - 1 in the denominator). */
    static double variance(double[] x) {
        return centeredSquares(x) / (x.length - 1);
    }

    static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Sum of cross products of deviations, for correlations. */
    static double centeredCross(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double[] p = new double[x.length];
        double[] dx = new double[x.length];
        double[] dy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            dx[i] = x[i] - mx;
            dy[i] = y[i] - my;
            p[i] = dx[i] * dy[i];
        }
        return sum(p) - sum(dx) * sum(dy) / x.length;
    }

    static double[] sorted(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s;
    }

    /** Quantile by linear interpolation between order statistics (R's default type 7, NumPy's "linear"). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static double median(double[] x) {
        return quantile(sorted(x), 0.5);
    }
}
