package ai.kai.decompose;

/**
 * The loess smoother of STL (Cleveland et al. 1990, §2 and §3): tricube neighbourhood weights over a window of
 * {@code len} points, optionally multiplied by robustness weights, a local constant (degree 0) or local line
 * (degree 1), evaluated at every {@code jump}-th point and linearly interpolated in between. Positions are
 * 1-based, as in the paper, so that x = 0 and x = n + 1 (the extension of a cycle-subseries) read naturally.
 */
final class StlLoess {
    private StlLoess() {
    }

    /**
     * The loess estimate at position {@code xs} from the points {@code nleft..nright} of {@code y[0..n-1]},
     * or NaN when every weight is zero. {@code w} is scratch space of length n.
     */
    static double estimate(double[] y, int n, int len, int degree, double xs, int nleft, int nright,
                           double[] w, double[] robustness) {
        double range = n - 1.0;
        double h = Math.max(xs - nleft, nright - xs);
        if (len > n) {
            h += (len - n) / 2; // integer division, as in the reference implementation
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double total = 0.0;
        for (int j = nleft; j <= nright; j++) {
            double wj = 0.0;
            double r = Math.abs(j - xs);
            if (r <= h9) {
                if (r <= h1) {
                    wj = 1.0;
                } else {
                    double q = r / h;
                    double t = 1.0 - q * q * q;
                    wj = t * t * t;
                }
                if (robustness != null) {
                    wj *= robustness[j - 1];
                }
                total += wj;
            }
            w[j - 1] = wj;
        }
        if (total <= 0.0) {
            return Double.NaN;
        }
        for (int j = nleft; j <= nright; j++) {
            w[j - 1] /= total;
        }
        if (h > 0.0 && degree > 0) {
            double mean = 0.0;
            for (int j = nleft; j <= nright; j++) {
                mean += w[j - 1] * j;
            }
            double b = xs - mean;
            double c = 0.0;
            for (int j = nleft; j <= nright; j++) {
                c += w[j - 1] * (j - mean) * (j - mean);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = nleft; j <= nright; j++) {
                    w[j - 1] *= b * (j - mean) + 1.0;
                }
            }
        }
        double ys = 0.0;
        for (int j = nleft; j <= nright; j++) {
            ys += w[j - 1] * y[j - 1];
        }
        return ys;
    }

    /**
     * Smooths {@code y[0..n-1]} into {@code ys[offset..offset+n-1]}; where the estimate fails (all weights
     * zero) the observation itself is kept. {@code robustness} may be null (no robustness weights).
     */
    static void smooth(double[] y, int n, int len, int degree, int jump, double[] robustness,
                       double[] ys, int offset, double[] w) {
        if (n < 2) {
            ys[offset] = y[0];
            return;
        }
        int step = Math.min(jump, n - 1);
        int nleft = 1;
        int nright = n;
        if (len >= n) {
            for (int i = 1; i <= n; i += step) {
                ys[offset + i - 1] = orObserved(estimate(y, n, len, degree, i, nleft, nright, w, robustness), y[i - 1]);
            }
        } else if (step == 1) {
            int half = (len + 1) / 2;
            nright = len;
            for (int i = 1; i <= n; i++) {
                if (i > half && nright != n) {
                    nleft++;
                    nright++;
                }
                ys[offset + i - 1] = orObserved(estimate(y, n, len, degree, i, nleft, nright, w, robustness), y[i - 1]);
            }
        } else {
            int half = (len + 1) / 2;
            for (int i = 1; i <= n; i += step) {
                if (i < half) {
                    nleft = 1;
                    nright = len;
                } else if (i >= n - half + 1) {
                    nleft = n - len + 1;
                    nright = n;
                } else {
                    nleft = i - half + 1;
                    nright = len + i - half;
                }
                ys[offset + i - 1] = orObserved(estimate(y, n, len, degree, i, nleft, nright, w, robustness), y[i - 1]);
            }
        }
        if (step == 1) {
            return;
        }
        for (int i = 1; i <= n - step; i += step) {
            double delta = (ys[offset + i + step - 1] - ys[offset + i - 1]) / step;
            for (int j = i + 1; j <= i + step - 1; j++) {
                ys[offset + j - 1] = ys[offset + i - 1] + delta * (j - i);
            }
        }
        int k = ((n - 1) / step) * step + 1;
        if (k != n) {
            // the last point, with the neighbourhood of the last evaluated one (as the reference does)
            ys[offset + n - 1] = orObserved(estimate(y, n, len, degree, n, nleft, nright, w, robustness), y[n - 1]);
            if (k != n - 1) {
                double delta = (ys[offset + n - 1] - ys[offset + k - 1]) / (n - k);
                for (int j = k + 1; j <= n - 1; j++) {
                    ys[offset + j - 1] = ys[offset + k - 1] + delta * (j - k);
                }
            }
        }
    }

    private static double orObserved(double estimate, double observed) {
        return Double.isNaN(estimate) ? observed : estimate;
    }
}
