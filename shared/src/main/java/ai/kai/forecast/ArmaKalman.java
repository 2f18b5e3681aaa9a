package ai.kai.forecast;

/**
 * Exact Gaussian likelihood of a stationary ARMA series by the Kalman filter, in Harvey's state-space form
 * ({@code r = max(p, q+1)} states, {@code y_t} the first), started from the stationary state covariance, and
 * the conditional sum of squares used for starting values. Everything is in units of σ² (concentrated out).
 * The stationary covariance is built from the autocovariances in O(r²) rather than by solving the r²-sized
 * Lyapunov system. For likelihood evaluations the covariance is propagated by the Chandrasekhar recursions
 * (Morf, Sidhu &amp; Kailath 1974): started from the stationary covariance, its one-step change has rank one,
 * so each step costs O(r) instead of O(r²).
 */
final class ArmaKalman {
    private static final double CONVERGED = 1e-11;

    private ArmaKalman() {
    }

    /** Sums of the prediction-error decomposition, and when asked the filtered end state for forecasting. */
    record Result(double sumSquares, double sumLogGain, int used, double[] residuals, double[] state,
                  double[][] covariance) {
        /** The concentrated objective {@code ½(log(ssq/n) + Σlog F/n)}, as in R's {@code arima}. */
        double objective() {
            return 0.5 * (Math.log(sumSquares / used) + sumLogGain / used);
        }
    }

    static int stateSize(double[] phi, double[] theta) {
        return Math.max(phi.length, theta.length + 1);
    }

    /** Autocovariances γ(0..maxLag) of the ARMA process with unit innovation variance; null if not stationary. */
    static double[] autocovariances(double[] phi, double[] theta, int maxLag) {
        int p = phi.length;
        int q = theta.length;
        double[] psi = psiWeights(phi, theta, q);
        double[] b = new double[Math.max(maxLag, p) + 1];
        for (int k = 0; k <= q && k < b.length; k++) {
            double s = 0;
            for (int j = k; j <= q; j++) {
                s += (j == 0 ? 1 : theta[j - 1]) * psi[j - k];
            }
            b[k] = s;
        }
        double[] gamma = new double[Math.max(maxLag, p) + 1];
        if (p == 0) {
            System.arraycopy(b, 0, gamma, 0, gamma.length);
            return gamma;
        }
        double[][] a = new double[p + 1][p + 1];
        double[] rhs = new double[p + 1];
        for (int k = 0; k <= p; k++) {
            a[k][k] += 1;
            for (int j = 1; j <= p; j++) {
                a[k][Math.abs(k - j)] -= phi[j - 1];
            }
            rhs[k] = b[k];
        }
        double[] solved = LinearSolver.solve(a, rhs);
        if (solved == null) {
            return null;
        }
        System.arraycopy(solved, 0, gamma, 0, p + 1);
        for (int k = p + 1; k < gamma.length; k++) {
            double s = b[k];
            for (int j = 1; j <= p; j++) {
                s += phi[j - 1] * gamma[k - j];
            }
            gamma[k] = s;
        }
        return gamma;
    }

    /** ψ-weights ψ_0..ψ_count of the MA(∞) form. */
    static double[] psiWeights(double[] phi, double[] theta, int count) {
        double[] psi = new double[count + 1];
        psi[0] = 1;
        for (int j = 1; j <= count; j++) {
            double s = j <= theta.length ? theta[j - 1] : 0;
            for (int i = 1; i <= Math.min(j, phi.length); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        return psi;
    }

    /** The stationary covariance of the state (σ² = 1), or null when the AR part is not stationary. */
    static double[][] stationaryCovariance(double[] phi, double[] theta) {
        int r = stateSize(phi, theta);
        double[] gamma = autocovariances(phi, theta, r);
        if (gamma == null || !(gamma[0] > 0) || !Double.isFinite(gamma[0])) {
            return null;
        }
        double[] psi = psiWeights(phi, theta, r);
        double[][] cov = new double[r][r];
        for (int k = 0; k < r; k++) {
            double s = 0;
            for (int j = k + 1; j <= r; j++) {
                s += coef(phi, j) * gamma[j - k];
            }
            for (int j = k; j < r; j++) {
                s += (j == 0 ? 1 : coef(theta, j)) * psi[j - k];
            }
            cov[0][k] = s;
            cov[k][0] = s;
        }
        cov[0][0] = gamma[0];
        for (int i = r - 1; i >= 1; i--) {
            for (int k = r - 1; k >= i; k--) {
                double v = coef(phi, i + 1) * coef(phi, k + 1) * gamma[0]
                        + coef(phi, i + 1) * at(cov, 0, k + 1) + coef(phi, k + 1) * at(cov, 0, i + 1)
                        + at(cov, i + 1, k + 1) + coef(theta, i) * coef(theta, k);
                cov[i][k] = v;
                cov[k][i] = v;
            }
        }
        return cov;
    }

    /** Runs the filter over {@code w}; {@code keep} also returns residuals and the final filtered state. */
    static Result filter(double[] w, double[] phi, double[] theta, double[][] p0, boolean keep) {
        int r = stateSize(phi, theta);
        int n = w.length;
        double[] a = new double[r];
        double[][] pm = copy(p0);
        double[] residuals = keep ? new double[n] : null;
        double ssq = 0;
        double sumLog = 0;
        double[] gainColumn = new double[r];
        double[] previous = new double[r];
        boolean steady = false;
        double f = pm[0][0];
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                a = predictState(a, phi);
                if (!steady) {
                    pm = predictCovariance(pm, phi, theta);
                }
            }
            if (!steady) {
                f = pm[0][0];
                double change = 0;
                for (int i = 0; i < r; i++) {
                    gainColumn[i] = pm[i][0];
                    change = Math.max(change, Math.abs(gainColumn[i] - previous[i]));
                    previous[i] = gainColumn[i];
                }
                steady = t > r && change < CONVERGED * Math.max(1, f);
            }
            double v = w[t] - a[0];
            ssq += v * v / f;
            sumLog += Math.log(f);
            if (keep) {
                residuals[t] = v / Math.sqrt(f);
            }
            for (int i = 0; i < r; i++) {
                a[i] += gainColumn[i] * v / f;
            }
            if (!steady || keep && t == n - 1) {
                for (int i = 0; i < r; i++) {
                    for (int k = 0; k < r; k++) {
                        pm[i][k] -= gainColumn[i] * gainColumn[k] / f;
                    }
                }
            }
        }
        return new Result(ssq, sumLog, n, residuals, keep ? a : null, keep ? pm : null);
    }

    /**
     * The likelihood sums by the Chandrasekhar recursions: with {@code G = T·P·Zᵀ}, {@code F = Z·P·Zᵀ} and the
     * change {@code P_{t+1} − P_t = W·M·Wᵀ} (rank one, {@code W_0 = G_0}, {@code M_0 = −1/F_0}):
     * {@code u = Z·W}, {@code G' = G + T·W·M·u}, {@code F' = F + u·M·u}, {@code W' = T·W − G·u/F},
     * {@code M' = M − (M·u)²/F'}.
     */
    static Result likelihood(double[] w, double[] phi, double[] theta, double[][] p0) {
        int r = stateSize(phi, theta);
        int n = w.length;
        double[] a = new double[r];
        double[] g = predictState(column(p0), phi);
        double f = p0[0][0];
        double[] wv = g.clone();
        double mm = -1 / f;
        double ssq = 0;
        double sumLog = 0;
        double[] next = new double[r];
        for (int t = 0; t < n; t++) {
            if (!(f > 0)) {
                return new Result(Double.NaN, Double.NaN, n, null, null, null);
            }
            double v = w[t] - a[0];
            ssq += v * v / f;
            sumLog += Math.log(f);
            double a0 = a[0];
            for (int i = 0; i < r; i++) {
                next[i] = (i + 1 < r ? a[i + 1] : 0) + coef(phi, i + 1) * a0 + g[i] * v / f;
            }
            System.arraycopy(next, 0, a, 0, r);
            double u = wv[0];
            double fNew = f + u * mm * u;
            double[] tw = predictState(wv, phi);
            for (int i = 0; i < r; i++) {
                double gi = g[i];
                g[i] = gi + tw[i] * mm * u;
                wv[i] = tw[i] - gi * u / f;
            }
            mm -= mm * u * mm * u / fNew;
            f = fNew;
        }
        return new Result(ssq, sumLog, n, null, null, null);
    }

    private static double[] column(double[][] m) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][0];
        }
        return c;
    }

    /** Conditional sum of squares divided by the number of terms, conditioning on the first {@code ncond} values. */
    static double cssVariance(double[] w, double[] phi, double[] theta, int ncond) {
        int n = w.length;
        double[] e = new double[n];
        double ssq = 0;
        int used = 0;
        for (int t = ncond; t < n; t++) {
            double v = w[t];
            for (int j = 0; j < phi.length; j++) {
                v -= phi[j] * w[t - j - 1];
            }
            for (int j = 0; j < Math.min(t - ncond, theta.length); j++) {
                v -= theta[j] * e[t - j - 1];
            }
            e[t] = v;
            ssq += v * v;
            used++;
        }
        return ssq / used;
    }

    static double[] predictState(double[] a, double[] phi) {
        int r = a.length;
        double[] next = new double[r];
        for (int i = 0; i < r; i++) {
            next[i] = (i + 1 < r ? a[i + 1] : 0) + coef(phi, i + 1) * a[0];
        }
        return next;
    }

    /** {@code T·P·Tᵀ + R·Rᵀ} for the companion-form transition. */
    static double[][] predictCovariance(double[][] pm, double[] phi, double[] theta) {
        int r = pm.length;
        double[][] next = new double[r][r];
        double p00 = pm[0][0];
        for (int i = 0; i < r; i++) {
            double fi = coef(phi, i + 1);
            for (int k = i; k < r; k++) {
                double fk = coef(phi, k + 1);
                double v = fi * fk * p00 + fi * at(pm, 0, k + 1) + fk * at(pm, i + 1, 0) + at(pm, i + 1, k + 1)
                        + (i == 0 ? 1 : coef(theta, i)) * (k == 0 ? 1 : coef(theta, k));
                next[i][k] = v;
                next[k][i] = v;
            }
        }
        return next;
    }

    /** The i-th coefficient (1-based) or 0 beyond the end. */
    private static double coef(double[] c, int i) {
        return i >= 1 && i <= c.length ? c[i - 1] : 0;
    }

    private static double at(double[][] m, int i, int k) {
        return i < m.length && k < m.length ? m[i][k] : 0;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
