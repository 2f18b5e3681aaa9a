package ai.kai.forecast;

/**
 * A fitted ETS model: parameters, initial and final states, residuals and information criteria defined as in
 * R's forecast package ({@code np} counts the estimated parameters and σ²; {@code σ² = Σe²/(n − np + 1)}).
 */
record EtsModel(EtsSpec spec, int m, EtsFilter.Params params, double[] initialState, double[] finalState,
                double[] residuals, double[] fittedValues, double sigma2, double logLikelihood,
                double aic, double aicc, double bic) implements FittedModel {

    static EtsModel of(double[] y, EtsSpec spec, int m, EtsFilter.Params params, double[] initial,
                       double[] state, double[] errors, double lik, int estimated) {
        int n = y.length;
        int np = estimated + 1;
        double aic = lik + 2 * np;
        double aicc = n - np - 1 > 0 ? aic + 2.0 * np * (np + 1) / (n - np - 1) : Double.POSITIVE_INFINITY;
        double bic = lik + Math.log(n) * np;
        double sumSquares = 0;
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            sumSquares += errors[t] * errors[t];
            fitted[t] = spec.multiplicativeError() ? y[t] / (1 + errors[t]) : y[t] - errors[t];
        }
        double sigma2 = sumSquares / (n - estimated);
        return new EtsModel(spec, m, params, initial, state, errors, fitted, sigma2, -0.5 * lik, aic, aicc, bic);
    }

    @Override
    public ModelChoice kind() {
        return ModelChoice.ETS;
    }

    @Override
    public String description() {
        return spec.label();
    }

    @Override
    public PointForecast forecast(int horizon, double level) {
        EtsIntervals.Moments moments = EtsIntervals.moments(this, horizon);
        double[] sd = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            sd[i] = Math.sqrt(Math.max(moments.variance()[i], 0));
        }
        return PointForecast.gaussian(moments.mean(), sd, level);
    }

    @Override
    public FittedModel refit(ModelInput input) {
        return EtsEstimator.fit(input.y(), spec, m);
    }

    @Override
    public double[] fitted() {
        return fittedValues.clone();
    }
}
