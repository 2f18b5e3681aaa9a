package ai.kai.forecast;

import java.util.function.ToDoubleFunction;

/**
 * Nelder–Mead simplex minimisation (Nelder &amp; Mead 1965) in the arrangement of Nash, "Compact Numerical
 * Methods for Computers" (1990), Algorithm 19 — the arrangement R's {@code optim} and the forecast package's
 * {@code ets} use: reflection 1, contraction 0.5, expansion 2, a first simplex with steps of 10% of the largest
 * coordinate, convergence when the spread of the simplex values falls below {@code relTol·(|f(start)|+relTol)},
 * a shrink towards the best vertex when a contraction fails. Non-finite values count as {@value #BIG}.
 */
final class NelderMead {
    static final double BIG = 1.0e35;
    private static final double REFLECT = 1.0;
    private static final double CONTRACT = 0.5;
    private static final double EXPAND = 2.0;

    private NelderMead() {
    }

    static Optimum minimize(ToDoubleFunction<double[]> f, double[] start, int maxEvaluations, double relTol) {
        int n = start.length;
        double first = f.applyAsDouble(start);
        if (!Double.isFinite(first)) {
            throw new IllegalArgumentException("the objective is not finite at the starting point");
        }
        double tolerance = relTol * (Math.abs(first) + relTol);
        double step = 0;
        for (double x : start) {
            step = Math.max(step, 0.1 * Math.abs(x));
        }
        if (step == 0) {
            step = 0.1;
        }
        double size = 0;
        double[][] vertex = new double[n + 1][];
        double[] value = new double[n + 1];
        vertex[0] = start.clone();
        value[0] = first;
        for (int j = 1; j <= n; j++) {
            vertex[j] = start.clone();
            double trial = step;
            while (vertex[j][j - 1] == start[j - 1]) {
                vertex[j][j - 1] = start[j - 1] + trial;
                trial *= 10;
            }
            size += trial;
            value[j] = evaluate(f, vertex[j]);
        }
        int evaluations = n + 1;
        boolean converged = false;
        while (evaluations <= maxEvaluations) {
            int best = 0;
            int worst = 0;
            for (int j = 1; j <= n; j++) {
                if (value[j] < value[best]) {
                    best = j;
                }
                if (value[j] > value[worst]) {
                    worst = j;
                }
            }
            if (value[worst] <= value[best] + tolerance) {
                converged = true;
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = -vertex[worst][i];
                for (int j = 0; j <= n; j++) {
                    sum += vertex[j][i];
                }
                centroid[i] = sum / n;
            }
            double[] reflected = along(centroid, vertex[worst], -REFLECT);
            double reflectedValue = evaluate(f, reflected);
            evaluations++;
            if (reflectedValue < value[best]) {
                double[] expanded = along(centroid, reflected, EXPAND);
                double expandedValue = evaluate(f, expanded);
                evaluations++;
                boolean better = expandedValue < reflectedValue;
                vertex[worst] = better ? expanded : reflected;
                value[worst] = better ? expandedValue : reflectedValue;
                continue;
            }
            double worstBefore = value[worst];
            if (reflectedValue < worstBefore) {
                vertex[worst] = reflected;
                value[worst] = reflectedValue;
            }
            double[] contracted = along(centroid, vertex[worst], CONTRACT);
            double contractedValue = evaluate(f, contracted);
            evaluations++;
            if (contractedValue < value[worst]) {
                vertex[worst] = contracted;
                value[worst] = contractedValue;
            } else if (reflectedValue >= worstBefore) {
                double newSize = 0;
                for (int j = 0; j <= n; j++) {
                    if (j != best) {
                        for (int i = 0; i < n; i++) {
                            vertex[j][i] = vertex[best][i] + CONTRACT * (vertex[j][i] - vertex[best][i]);
                            newSize += Math.abs(vertex[j][i] - vertex[best][i]);
                        }
                        value[j] = evaluate(f, vertex[j]);
                        evaluations++;
                    }
                }
                if (newSize >= size) {
                    break;
                }
                size = newSize;
            }
        }
        int best = 0;
        for (int j = 1; j <= n; j++) {
            if (value[j] < value[best]) {
                best = j;
            }
        }
        return new Optimum(vertex[best], value[best], evaluations, converged);
    }

    /** {@code from + t·(to − from)}: t = −1 reflects {@code to} through {@code from}. */
    private static double[] along(double[] from, double[] to, double t) {
        double[] out = new double[from.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = from[i] + t * (to[i] - from[i]);
        }
        return out;
    }

    private static double evaluate(ToDoubleFunction<double[]> f, double[] x) {
        double v = f.applyAsDouble(x);
        return Double.isFinite(v) ? v : BIG;
    }
}
