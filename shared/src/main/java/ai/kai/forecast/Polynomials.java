package ai.kai.forecast;

import org.apache.commons.math3.analysis.solvers.LaguerreSolver;
import org.apache.commons.math3.complex.Complex;

/**
 * Polynomial helpers. Coefficients are in increasing powers: {@code c[0] + c[1]·z + … + c[d]·z^d}. The stability
 * tests use the Schur–Cohn step-down recursion (no root finding, a few hundred flops), which matters because
 * they run inside likelihood optimisations.
 */
final class Polynomials {
    private Polynomials() {
    }

    /** True when every root of {@code c} has modulus below {@code radius}. */
    static boolean rootsInside(double[] c, double radius) {
        int d = degree(c);
        if (d <= 0) {
            return true;
        }
        // a[k] = coefficient of z^(d-k) of c(radius·z), normalised so a[0] = 1
        double[] a = new double[d + 1];
        double lead = c[d] * Math.pow(radius, d);
        for (int k = 0; k <= d; k++) {
            a[k] = c[d - k] * Math.pow(radius, d - k) / lead;
        }
        for (int order = d; order >= 1; order--) {
            double k = a[order];
            if (!(Math.abs(k) < 1)) {
                return false;
            }
            double scale = 1 - k * k;
            double[] next = new double[order];
            for (int i = 0; i < order; i++) {
                next[i] = (a[i] - k * a[order - i]) / scale;
            }
            a = next;
        }
        return true;
    }

    /** True when every root of {@code c} has modulus above {@code radius} (c[0] must be non-zero). */
    static boolean rootsOutside(double[] c, double radius) {
        int d = degree(c);
        double[] reversed = new double[d + 1];
        for (int k = 0; k <= d; k++) {
            reversed[k] = c[d - k];
        }
        return rootsInside(reversed, 1 / radius);
    }

    /** All complex roots (Laguerre's method, polished), for the few places that need the roots themselves. */
    static Complex[] roots(double[] c) {
        int d = degree(c);
        double[] trimmed = java.util.Arrays.copyOf(c, d + 1);
        return new LaguerreSolver(1e-14, 1e-12).solveAllComplex(trimmed, 0.0, 10_000);
    }

    static double[] multiply(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    static int degree(double[] c) {
        int d = c.length - 1;
        while (d > 0 && c[d] == 0) {
            d--;
        }
        return d;
    }
}
