package ai.kai.stats;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * 20-point Gauss–Legendre quadrature (nodes and weights from Commons Math, computed once in high precision):
 * a fixed composite rule, and a globally adaptive one that bisects the panel with the largest error estimate
 * (the difference between the rule on a panel and on its two halves) until the total estimate is small enough.
 */
final class Quadrature {
    private static final int POINTS = 20;
    private static final double[] NODES = new double[POINTS];
    private static final double[] WEIGHTS = new double[POINTS];
    private static final int MAX_SPLITS = 4000;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendreHighPrecision(POINTS);
        for (int i = 0; i < POINTS; i++) {
            NODES[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    private Quadrature() {
    }

    static double gauss(DoubleUnaryOperator f, double a, double b) {
        double centre = (a + b) / 2;
        double half = (b - a) / 2;
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            sum += WEIGHTS[i] * f.applyAsDouble(centre + half * NODES[i]);
        }
        return sum * half;
    }

    /** The composite rule on {@code panels} equal panels. */
    static double composite(DoubleUnaryOperator f, double a, double b, int panels) {
        double h = (b - a) / panels;
        double sum = 0;
        for (int i = 0; i < panels; i++) {
            sum += gauss(f, a + i * h, i == panels - 1 ? b : a + (i + 1) * h);
        }
        return sum;
    }

    private record Panel(double a, double b, double left, double right, double error) {
    }

    private static Panel panel(DoubleUnaryOperator f, double a, double b, double whole) {
        double m = (a + b) / 2;
        double left = gauss(f, a, m);
        double right = gauss(f, m, b);
        return new Panel(a, b, left, right, Math.abs(whole - (left + right)));
    }

    /** Adaptive integration to |error| ≤ max(relative·|result|, absolute), starting from {@code panels} panels. */
    static double adaptive(DoubleUnaryOperator f, double a, double b, int panels, double relative, double absolute) {
        PriorityQueue<Panel> queue = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        double h = (b - a) / panels;
        double sum = 0;
        double error = 0;
        for (int i = 0; i < panels; i++) {
            double lo = a + i * h;
            double hi = i == panels - 1 ? b : a + (i + 1) * h;
            Panel p = panel(f, lo, hi, gauss(f, lo, hi));
            queue.add(p);
            sum += p.left + p.right;
            error += p.error;
        }
        for (int splits = 0; error > Math.max(relative * Math.abs(sum), absolute) && splits < MAX_SPLITS; splits++) {
            Panel p = queue.poll();
            sum -= p.left + p.right;
            error -= p.error;
            double m = (p.a + p.b) / 2;
            Panel left = panel(f, p.a, m, p.left);
            Panel right = panel(f, m, p.b, p.right);
            queue.add(left);
            queue.add(right);
            sum += left.left + left.right + right.left + right.right;
            error += left.error + right.error;
        }
        return sum;
    }
}
