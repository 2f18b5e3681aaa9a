package ai.kai.forecast;

/**
 * How many differences auto.arima takes (Hyndman &amp; Khandakar 2008): ordinary differences while the KPSS
 * test (level stationarity, Bartlett window of {@code trunc(3√n/13)} lags) rejects at 5% (statistic above
 * 0.463); one seasonal difference when the STL seasonal strength exceeds 0.64.
 */
final class UnitRootTests {
    static final double KPSS_CRITICAL_5 = 0.463;
    static final double SEASONAL_STRENGTH_THRESHOLD = 0.64;

    private UnitRootTests() {
    }

    static int ndiffs(double[] x, int maxD) {
        double[] y = x;
        int d = 0;
        if (isConstant(y)) {
            return 0;
        }
        boolean difference = kpss(y) > KPSS_CRITICAL_5;
        while (difference && d < maxD) {
            d++;
            y = diff(y, 1);
            if (isConstant(y)) {
                return d;
            }
            difference = y.length > 1 && kpss(y) > KPSS_CRITICAL_5;
        }
        return d;
    }

    static int nsdiffs(double[] x, int m) {
        if (isConstant(x) || m >= x.length) {
            return 0;
        }
        return Stl.seasonalStrength(x, m) > SEASONAL_STRENGTH_THRESHOLD ? 1 : 0;
    }

    /** The KPSS statistic for level stationarity. */
    static double kpss(double[] y) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double[] e = new double[n];
        double partial = 0;
        double numerator = 0;
        double s2 = 0;
        for (int t = 0; t < n; t++) {
            e[t] = y[t] - mean;
            partial += e[t];
            numerator += partial * partial;
            s2 += e[t] * e[t];
        }
        numerator /= (double) n * n;
        s2 /= n;
        int lags = (int) Math.floor(3 * Math.sqrt(n) / 13);
        for (int i = 1; i <= lags; i++) {
            double cov = 0;
            for (int t = i; t < n; t++) {
                cov += e[t] * e[t - i];
            }
            s2 += 2.0 / n * (1 - i / (lags + 1.0)) * cov;
        }
        return numerator / s2;
    }

    /** Constant up to R's {@code all.equal} tolerance (mean relative difference 1.5e-8). */
    static boolean isConstant(double[] x) {
        if (x.length == 0) {
            return true;
        }
        double sumDiff = 0;
        double sumAbs = 0;
        for (double v : x) {
            sumDiff += Math.abs(v - x[0]);
            sumAbs += Math.abs(v);
        }
        double scale = sumAbs > 0 ? sumAbs : 1;
        return sumDiff / scale < 1.5e-8;
    }

    static double[] diff(double[] x, int lag) {
        double[] out = new double[Math.max(0, x.length - lag)];
        for (int t = lag; t < x.length; t++) {
            out[t - lag] = x[t] - x[t - lag];
        }
        return out;
    }
}
