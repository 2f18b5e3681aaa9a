package ai.kai.stats;

/**
 * The Shapiro–Wilk W test of normality for 3 ≤ n ≤ 5000, with Royston's approximations for the
 * coefficients and the p-value: P. Royston (1995), "Remark AS R94: A remark on algorithm AS 181: the W-test
 * for normality", Applied Statistics 44(4), 547–551. This is the method of R's {@code shapiro.test} and
 * SciPy's {@code scipy.stats.shapiro}. W is computed as the squared correlation between the ordered data and
 * the coefficients, which is exact for any scale or offset of the data.
 */
final class ShapiroWilk {
    static final int MIN_N = 3;
    static final int MAX_N = 5000;

    // Royston (1995), polynomial approximations (coefficients in increasing powers)
    private static final double[] C1 = {0.0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056};
    private static final double[] C2 = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    private static final double[] C3 = {0.5440, -0.39978, 0.025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
    private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
    private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
    private static final double[] G = {-2.273, 0.459};

    record Result(double w, double pValue) {
    }

    private ShapiroWilk() {
    }

    static boolean applicable(int n) {
        return n >= MIN_N && n <= MAX_N;
    }

    /** Requires 3 ≤ n ≤ 5000 and values that are not all equal (checked by the caller). */
    static Result test(double[] values) {
        int n = values.length;
        double[] x = Sums.sorted(values);
        double[] a = coefficients(n);
        double oneMinusW = oneMinusSquaredCorrelation(a, x);
        return new Result(1 - oneMinusW, pValue(oneMinusW, n));
    }

    /** The full antisymmetric coefficient vector a_1..a_n (a_i = −a_{n+1−i}). */
    static double[] coefficients(int n) {
        int half = n / 2;
        double[] low = new double[half];
        if (n == 3) {
            low[0] = Math.sqrt(0.5);
        } else {
            double[] m = new double[half];
            double sumSquares = 0;
            for (int i = 0; i < half; i++) {
                m[i] = -Tails.normalQuantile((i + 1 - 0.375) / (n + 0.25));
                sumSquares += m[i] * m[i];
            }
            sumSquares *= 2;
            double u = 1 / Math.sqrt(n);
            double an = m[0] / Math.sqrt(sumSquares) + poly(C1, u);
            low[0] = an;
            int first = 1;
            double phi;
            if (n > 5) {
                double an1 = m[1] / Math.sqrt(sumSquares) + poly(C2, u);
                phi = (sumSquares - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * an * an - 2 * an1 * an1);
                low[1] = an1;
                first = 2;
            } else {
                phi = (sumSquares - 2 * m[0] * m[0]) / (1 - 2 * an * an);
            }
            for (int i = first; i < half; i++) {
                low[i] = m[i] / Math.sqrt(phi);
            }
        }
        double[] a = new double[n];
        for (int i = 0; i < half; i++) {
            a[n - 1 - i] = low[i];
            a[i] = -low[i];
        }
        return a;
    }

    /** 1 − r², computed as (√(SaaSxx) − Sax)(√(SaaSxx) + Sax) / (SaaSxx) to keep digits when W is near 1. */
    private static double oneMinusSquaredCorrelation(double[] a, double[] x) {
        double ma = Sums.mean(a);
        double mx = Sums.mean(x);
        double range = x[x.length - 1] - x[0];
        double saa = 0;
        double sxx = 0;
        double sax = 0;
        for (int i = 0; i < x.length; i++) {
            double da = a[i] - ma;
            double dx = (x[i] - mx) / range;
            saa += da * da;
            sxx += dx * dx;
            sax += da * dx;
        }
        double root = Math.sqrt(saa * sxx);
        return Math.max(0, (root - sax) * (root + sax) / (saa * sxx));
    }

    static double pValue(double oneMinusW, int n) {
        if (n == 3) {
            // exact for n = 3 (Shapiro and Wilk 1965)
            double p = 6 / Math.PI * (Math.asin(Math.sqrt(1 - oneMinusW)) - Math.PI / 3);
            return Math.max(0, Math.min(1, p));
        }
        double y = Math.log(oneMinusW);
        double mu;
        double sigma;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return 1e-99; // beyond the approximation's range: W this small is overwhelming evidence (as R reports)
            }
            y = -Math.log(gamma - y);
            mu = poly(C3, n);
            sigma = Math.exp(poly(C4, n));
        } else {
            double ln = Math.log(n);
            mu = poly(C5, ln);
            sigma = Math.exp(poly(C6, ln));
        }
        return Tails.normalUpper((y - mu) / sigma);
    }

    private static double poly(double[] c, double x) {
        double r = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }
}
