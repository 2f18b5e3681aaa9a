package ai.kai.forecast;

/**
 * Forecast means and variances of ETS models, analytically (Hyndman et al. 2008, ch. 6): class 1 (additive
 * errors, linear states: {@code v_h = σ²(1 + Σ c_j²)}), class 2 (multiplicative errors, linear states: exact
 * second moments), and class 3 (multiplicative errors and seasonality: the matrix approximation of §6.4, whose
 * mean includes the small σ² correction, as R's forecast package uses). No simulation is needed.
 */
final class EtsIntervals {
    private EtsIntervals() {
    }

    record Moments(double[] mean, double[] variance) {
    }

    static Moments moments(EtsModel model, int h) {
        if (model.spec().hasSeason() && model.spec().season() == 'M') {
            return class3(model, h);
        }
        double[] mean = EtsFilter.forecast(model.finalState(), model.spec(), model.m(), model.params().phi(), h);
        double[] c = innovationWeights(model, h);
        double sigma2 = model.sigma2();
        double[] var = new double[h];
        if (!model.spec().multiplicativeError()) {
            double cum = 0;
            for (int i = 0; i < h; i++) {
                var[i] = sigma2 * (1 + cum);
                cum += c[i] * c[i];
            }
            return new Moments(mean, var);
        }
        double[] theta = new double[h];
        for (int j = 0; j < h; j++) {
            double sum = 0;
            for (int i = 0; i < j; i++) {
                sum += c[i] * c[i] * theta[j - 1 - i];
            }
            theta[j] = mean[j] * mean[j] + sigma2 * sum;
            var[j] = (1 + sigma2) * theta[j] - mean[j] * mean[j];
        }
        return new Moments(mean, var);
    }

    /** {@code c_j = H·F^(j−1)·G} for j = 1..h of the linear state-space form {@code x_t = F x_{t−1} + G e_t}. */
    private static double[] innovationWeights(EtsModel model, int h) {
        EtsSpec spec = model.spec();
        int m = model.m();
        int p = model.finalState().length;
        double phi = spec.damped() ? model.params().phi() : 1;
        int s0 = spec.hasTrend() ? 2 : 1;
        double[] v = new double[p];
        v[0] = model.params().alpha();
        if (spec.hasTrend()) {
            v[1] = model.params().beta();
        }
        if (spec.hasSeason()) {
            v[s0] = model.params().gamma();
        }
        double[] c = new double[h];
        for (int j = 0; j < h; j++) {
            double value = v[0] + (spec.hasTrend() ? phi * v[1] : 0) + (spec.hasSeason() ? v[p - 1] : 0);
            c[j] = value;
            double[] next = new double[p];
            next[0] = v[0] + (spec.hasTrend() ? phi * v[1] : 0);
            if (spec.hasTrend()) {
                next[1] = phi * v[1];
            }
            if (spec.hasSeason()) {
                next[s0] = v[p - 1];
                System.arraycopy(v, s0, next, s0 + 1, m - 1);
            }
            v = next;
        }
        return c;
    }

    private static Moments class3(EtsModel model, int h) {
        EtsSpec spec = model.spec();
        int m = model.m();
        double[] x = model.finalState();
        int k = spec.hasTrend() ? 2 : 1;
        double s2 = model.sigma2();
        double alpha = model.params().alpha();
        double phi = spec.damped() ? model.params().phi() : 1;
        double[][] h1 = new double[1][k];
        java.util.Arrays.fill(h1[0], 1);
        double[][] h2 = new double[1][m];
        h2[0][m - 1] = 1;
        double[][] f1 = k == 1 ? new double[][] {{1}} : new double[][] {{1, 1}, {0, phi}};
        double[][] g1 = k == 1 ? new double[][] {{alpha}}
                : new double[][] {{alpha, alpha}, {model.params().beta(), model.params().beta()}};
        double[][] f2 = new double[m][m];
        f2[0][m - 1] = 1;
        for (int i = 1; i < m; i++) {
            f2[i][i - 1] = 1;
        }
        double[][] g2 = new double[m][m];
        g2[0][m - 1] = model.params().gamma();
        double[][] mh = new double[k][m];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                mh[i][j] = x[i] * x[k + j];
            }
        }
        int d = k * m;
        double[][] vh = new double[d][d];
        double[][] h21 = Matrices.kron(h2, h1);
        double[][] f21 = Matrices.kron(f2, f1);
        double[][] g21 = Matrices.kron(g2, g1);
        double[][] kk = Matrices.add(Matrices.kron(g2, f1), Matrices.kron(f2, g1));
        double[] mean = new double[h];
        double[] var = new double[h];
        for (int i = 0; i < h; i++) {
            mean[i] = Matrices.multiply(Matrices.multiply(h1, mh), Matrices.transpose(h2))[0][0];
            double quad = Matrices.multiply(Matrices.multiply(h21, vh), Matrices.transpose(h21))[0][0];
            var[i] = (1 + s2) * quad + s2 * mean[i] * mean[i];
            double[][] vec = new double[d][1];
            for (int col = 0; col < m; col++) {
                for (int row = 0; row < k; row++) {
                    vec[col * k + row][0] = mh[row][col];
                }
            }
            double[][] outer = Matrices.multiply(vec, Matrices.transpose(vec));
            double[][] fvf = Matrices.sandwich(f21, vh, f21);
            double[][] cross = Matrices.add(Matrices.sandwich(f21, vh, g21), Matrices.sandwich(g21, vh, f21));
            double[][] kTerm = Matrices.sandwich(kk, Matrices.add(vh, outer), kk);
            double[][] gTerm = Matrices.sandwich(g21, Matrices.add(Matrices.scale(vh, 3), Matrices.scale(outer, 2)), g21);
            vh = Matrices.add(fvf, Matrices.scale(Matrices.add(Matrices.add(cross, kTerm), Matrices.scale(gTerm, s2)), s2));
            mh = Matrices.add(Matrices.sandwich(f1, mh, f2), Matrices.scale(Matrices.sandwich(g1, mh, g2), s2));
        }
        return new Moments(mean, var);
    }
}
