package ai.kai.forecast;

import org.apache.commons.math3.complex.Complex;

/**
 * Coefficient algebra of seasonal ARMA models. Conventions: {@code y_t = Σ φ_i y_{t−i} + ε_t + Σ θ_j ε_{t−j}};
 * the parameter vector is {@code [φ_1..φ_p, θ_1..θ_q, Φ_1..Φ_P, Θ_1..Θ_Q]}.
 */
final class ArmaPolynomials {
    private ArmaPolynomials() {
    }

    /** The expanded AR and MA coefficients of {@code (1−φ(B))(1−Φ(B^m))} and {@code (1+θ(B))(1+Θ(B^m))}. */
    static double[][] expand(double[] par, ArimaSpec s) {
        int m = s.m();
        double[] phi = new double[s.p() + m * s.sp()];
        double[] theta = new double[s.q() + m * s.sq()];
        System.arraycopy(par, 0, phi, 0, s.p());
        System.arraycopy(par, s.p(), theta, 0, s.q());
        for (int j = 0; j < s.sp(); j++) {
            double big = par[s.p() + s.q() + j];
            phi[(j + 1) * m - 1] += big;
            for (int i = 0; i < s.p(); i++) {
                phi[(j + 1) * m + i] -= par[i] * big;
            }
        }
        for (int j = 0; j < s.sq(); j++) {
            double big = par[s.p() + s.q() + s.sp() + j];
            theta[(j + 1) * m - 1] += big;
            for (int i = 0; i < s.q(); i++) {
                theta[(j + 1) * m + i] += par[s.p() + i] * big;
            }
        }
        return new double[][] {phi, theta};
    }

    /**
     * Maps unconstrained values to stationary AR coefficients (Jones 1980): {@code tanh} gives partial
     * autocorrelations in (−1, 1), the Durbin–Levinson recursion turns them into coefficients.
     */
    static double[] toStationary(double[] raw, int from, int count) {
        double[] pacf = new double[count];
        for (int j = 0; j < count; j++) {
            pacf[j] = Math.tanh(raw[from + j]);
        }
        double[] coef = pacf.clone();
        double[] work = pacf.clone();
        for (int j = 1; j < count; j++) {
            double a = coef[j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * coef[j - k - 1];
            }
            System.arraycopy(work, 0, coef, 0, j);
        }
        return coef;
    }

    /** The inverse of {@link #toStationary}: the recursion run backwards, then {@code atanh}. */
    static double[] fromStationary(double[] coef, int from, int count) {
        double[] out = new double[count];
        System.arraycopy(coef, from, out, 0, count);
        double[] work = out.clone();
        for (int j = count - 1; j > 0; j--) {
            double a = out[j];
            for (int k = 0; k < j; k++) {
                work[k] = (out[k] + a * out[j - k - 1]) / (1 - a * a);
            }
            System.arraycopy(work, 0, out, 0, j);
        }
        for (int j = 0; j < count; j++) {
            out[j] = 0.5 * Math.log((1 + out[j]) / (1 - out[j]));
        }
        return out;
    }

    /** The parameter vector with its AR and seasonal AR blocks mapped through {@link #toStationary}. */
    static double[] transform(double[] raw, ArimaSpec s) {
        double[] out = raw.clone();
        System.arraycopy(toStationary(raw, 0, s.p()), 0, out, 0, s.p());
        int sar = s.p() + s.q();
        System.arraycopy(toStationary(raw, sar, s.sp()), 0, out, sar, s.sp());
        return out;
    }

    static double[] untransform(double[] coef, ArimaSpec s) {
        double[] out = coef.clone();
        System.arraycopy(fromStationary(coef, 0, s.p()), 0, out, 0, s.p());
        int sar = s.p() + s.q();
        System.arraycopy(fromStationary(coef, sar, s.sp()), 0, out, sar, s.sp());
        return out;
    }

    /** True when {@code 1 − Σ ar_i z^i} has all roots outside the unit circle (outside {@code radius}). */
    static boolean arStationary(double[] ar, int from, int count, double radius) {
        double[] c = new double[count + 1];
        c[0] = 1;
        for (int i = 0; i < count; i++) {
            c[i + 1] = -ar[from + i];
        }
        return Polynomials.degree(c) == 0 || Polynomials.rootsOutside(c, radius);
    }

    /** True when {@code 1 + Σ ma_i z^i} has all roots outside {@code radius}. */
    static boolean maInvertible(double[] ma, int from, int count, double radius) {
        double[] c = new double[count + 1];
        c[0] = 1;
        System.arraycopy(ma, from, c, 1, count);
        return Polynomials.degree(c) == 0 || Polynomials.rootsOutside(c, radius);
    }

    /** Reflects MA roots inside the unit circle to their inverses, giving the invertible equivalent. */
    static void invertMa(double[] par, int from, int count) {
        double[] c = new double[count + 1];
        c[0] = 1;
        System.arraycopy(par, from, c, 1, count);
        int q0 = Polynomials.degree(c);
        if (q0 == 0) {
            return;
        }
        Complex[] roots = Polynomials.roots(c);
        boolean any = false;
        for (Complex r : roots) {
            any |= r.abs() < 1;
        }
        if (!any) {
            return;
        }
        if (q0 == 1) {
            par[from] = 1 / par[from];
            return;
        }
        Complex[] poly = {Complex.ONE};
        for (Complex r : roots) {
            Complex root = r.abs() < 1 ? Complex.ONE.divide(r) : r;
            Complex[] next = new Complex[poly.length + 1];
            for (int i = 0; i < next.length; i++) {
                Complex a = i < poly.length ? poly[i] : Complex.ZERO;
                Complex b = i > 0 ? poly[i - 1].divide(root) : Complex.ZERO;
                next[i] = a.subtract(b);
            }
            poly = next;
        }
        for (int i = 1; i <= q0; i++) {
            par[from + i - 1] = poly[i].getReal();
        }
    }
}
