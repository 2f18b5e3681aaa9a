package ai.kai.forecast;

/**
 * A fitted seasonal ARIMA model. Information criteria follow R's {@code auto.arima}: the log-likelihood is that
 * of the differenced series ({@code n* = n − d − D·m} values), {@code k} counts the coefficients plus σ², and
 * σ² for intervals is {@code Σe²/(n* − k + 1)}. Forecasts run the state-space form with the differencing
 * restored, from the filtered end state, so their variances include the state's remaining uncertainty.
 */
record ArimaModel(ArimaSpec spec, double[] coefficients, double[] phi, double[] theta, double sigma2,
                  double innovationVariance,
                  double logLikelihood, double aic, double aicc, double bic, double[] history, double[] residuals,
                  double[] endState, double[][] endCovariance) implements FittedModel {

    static ArimaModel of(double[] x, ArimaSpec s, double[] coef, double[] w, double[] reg, double objective) {
        double[][] poly = ArmaPolynomials.expand(coef, s);
        double[] adjusted = w.clone();
        if (s.constant()) {
            double beta = coef[coef.length - 1];
            for (int t = 0; t < w.length; t++) {
                adjusted[t] -= beta * reg[t];
            }
        }
        double[][] p0 = ArmaKalman.stationaryCovariance(poly[0], poly[1]);
        ArmaKalman.Result filtered = ArmaKalman.filter(adjusted, poly[0], poly[1], p0, true);
        int nStar = w.length;
        double minus2LogLik = 2 * nStar * objective + nStar + nStar * Math.log(2 * Math.PI);
        int k = coef.length + 1;
        double aic = minus2LogLik + 2 * k;
        double aicc = nStar - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (nStar - k - 1) : Double.POSITIVE_INFINITY;
        double bic = aic + k * (Math.log(nStar) - 2);
        double sumSquares = 0;
        for (double e : filtered.residuals()) {
            sumSquares += e * e;
        }
        double sigma2 = sumSquares / (nStar - k + 1);
        return new ArimaModel(s, coef, poly[0], poly[1], sigma2, filtered.sumSquares() / nStar, -0.5 * minus2LogLik, aic, aicc, bic, x,
                filtered.residuals(), filtered.state(), filtered.covariance());
    }

    /** auto.arima's guard: AR and MA roots closer than 1.01 to the unit circle make a model unusable. */
    boolean nearUnitRoots() {
        return !ArmaPolynomials.arStationary(phi, 0, phi.length, 1.01)
                || !ArmaPolynomials.maInvertible(theta, 0, theta.length, 1.01);
    }

    @Override
    public ModelChoice kind() {
        return ModelChoice.ARIMA;
    }

    @Override
    public String description() {
        return spec.label();
    }

    @Override
    public PointForecast forecast(int horizon, double level) {
        int n = history.length;
        double[] delta = differencingWeights();
        int r = endState.length;
        int nd = delta.length;
        int rd = r + nd;
        double beta = spec.constant() ? coefficients[coefficients.length - 1] : 0;
        boolean drift = spec.constant() && spec.d() + spec.sd() > 0;
        double[] a = new double[rd];
        System.arraycopy(endState, 0, a, 0, r);
        for (int i = 0; i < nd; i++) {
            int t = n - 2 - i;
            a[r + i] = history[t] - beta * (drift ? t + 1 : 1);
        }
        double[][] cov = new double[rd][rd];
        for (int i = 0; i < r; i++) {
            System.arraycopy(endCovariance[i], 0, cov[i], 0, r);
        }
        double[][] transition = new double[rd][rd];
        for (int i = 0; i < r; i++) {
            transition[i][0] = i < phi.length ? phi[i] : 0;
            if (i + 1 < r) {
                transition[i][i + 1] = 1;
            }
        }
        double[] z = new double[rd];
        z[0] = 1;
        System.arraycopy(delta, 0, z, r, nd);
        if (nd > 0) {
            transition[r] = z.clone();
            for (int i = 1; i < nd; i++) {
                transition[r + i][r + i - 1] = 1;
            }
        }
        double[][] noise = new double[rd][rd];
        for (int i = 0; i < r; i++) {
            for (int k = 0; k < r; k++) {
                noise[i][k] = (i == 0 ? 1 : at(theta, i)) * (k == 0 ? 1 : at(theta, k));
            }
        }
        double[] mean = new double[horizon];
        double[] sd = new double[horizon];
        double[][] tt = Matrices.transpose(transition);
        for (int h = 0; h < horizon; h++) {
            double[] next = new double[rd];
            for (int i = 0; i < rd; i++) {
                for (int k = 0; k < rd; k++) {
                    next[i] += transition[i][k] * a[k];
                }
            }
            a = next;
            cov = Matrices.add(Matrices.multiply(Matrices.multiply(transition, cov), tt), noise);
            double m = 0;
            double v = 0;
            for (int i = 0; i < rd; i++) {
                m += z[i] * a[i];
                for (int k = 0; k < rd; k++) {
                    v += z[i] * cov[i][k] * z[k];
                }
            }
            mean[h] = m + beta * (drift ? n + h + 1 : 1);
            sd[h] = Math.sqrt(Math.max(v, 0) * sigma2);
        }
        return PointForecast.gaussian(mean, sd, level);
    }

    @Override
    public FittedModel refit(ModelInput input) {
        return ArimaEstimator.fit(input.y(), spec);
    }

    @Override
    public double[] fitted() {
        int n = history.length;
        int offset = n - residuals.length;
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = t < offset ? Double.NaN : history[t] - residuals[t - offset];
        }
        return out;
    }

    /** {@code Δ_i} with {@code u_t = w_t + Σ Δ_i u_{t−i}} for the differencing {@code (1−B)^d (1−B^m)^D}. */
    double[] differencingWeights() {
        double[] poly = {1};
        for (int i = 0; i < spec.d(); i++) {
            poly = Polynomials.multiply(poly, new double[] {1, -1});
        }
        for (int i = 0; i < spec.sd(); i++) {
            double[] seasonal = new double[spec.m() + 1];
            seasonal[0] = 1;
            seasonal[spec.m()] = -1;
            poly = Polynomials.multiply(poly, seasonal);
        }
        double[] delta = new double[poly.length - 1];
        for (int i = 1; i < poly.length; i++) {
            delta[i - 1] = -poly[i];
        }
        return delta;
    }

    private static double at(double[] c, int i) {
        return i >= 1 && i <= c.length ? c[i - 1] : 0;
    }
}
