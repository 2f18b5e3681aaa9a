package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Pearson, Spearman and Kendall correlations with p-values and Fisher-z intervals, matching R's
 * {@code cor.test} (Spearman and Kendall with {@code exact = FALSE}) and SciPy's {@code pearsonr},
 * {@code spearmanr} and {@code kendalltau(method='asymptotic')}:
 * <ul>
 * <li>Pearson: r from centred two-pass sums (Commons Math's {@code PearsonsCorrelation} goes through
 *     √R² of a regression and loses relative precision near 0); t = r√((n−2)/(1−r²)); interval
 *     tanh(atanh r ± z/√(n−3));</li>
 * <li>Spearman: Pearson on mid-ranks (Commons Math ranking); the same t approximation; interval with
 *     SE √(1.06/(n−3)) (Fieller, Hartley and Pearson 1957);</li>
 * <li>Kendall: tau-b from Commons Math's {@code KendallsCorrelation}; z = S/√var(S) with the tie-corrected
 *     variance; interval with SE √(0.437/(n−4)) (Fieller, Hartley and Pearson 1957).</li>
 * </ul>
 */
final class Correlations {
    static final int MIN_N = 3;

    private Correlations() {
    }

    static CorrelationResult test(CorrelationRequest r) {
        Sample xs = r.x();
        Sample ys = r.y();
        Checks.sameLength(xs, ys, "a correlation");
        if (xs.size() < MIN_N) {
            throw new KaiException(ErrorCode.TOO_FEW_OBSERVATIONS, "a correlation needs at least " + MIN_N
                    + " pairs of values; got " + xs.size());
        }
        Checks.notConstant(xs, "a correlation");
        Checks.notConstant(ys, "a correlation");
        double[] x = xs.values();
        double[] y = ys.values();
        int n = x.length;
        double alpha = r.alpha();
        double z = Tails.normalQuantile(1 - alpha / 2);
        Details details = new Details(alpha);
        double coefficient;
        double p;
        ConfidenceInterval ci = null;
        String testName;
        switch (r.method()) {
            case PEARSON -> {
                testName = "Pearson's product-moment correlation";
                coefficient = pearson(x, y);
                p = tTestOfCoefficient(coefficient, n);
                if (n > 3) {
                    ci = fisherInterval(coefficient, z / Math.sqrt(n - 3.0));
                }
                details.put("confidence_interval_method", "Fisher z");
                List<Assumptions.NormalityCheck> checks = new ArrayList<>();
                for (Sample s : List.of(xs, ys)) {
                    Assumptions.NormalityCheck c = Assumptions.normality(s.name(), s.values());
                    if (c != null) {
                        checks.add(c);
                        if (c.pValue() < Assumptions.SCREENING_LEVEL) {
                            details.warn("'" + s.name() + "' does not look normally distributed (Shapiro–Wilk W = "
                                    + Format.fixed(c.w(), 3) + ", " + Format.p(c.pValue()) + "); Pearson's p-value and "
                                    + "interval assume roughly normal data and are sensitive to outliers — Spearman's "
                                    + "rank correlation is not");
                        }
                    }
                }
                details.put("normality", checks);
            }
            case SPEARMAN -> {
                testName = "Spearman's rank correlation";
                coefficient = pearson(Ranks.of(x), Ranks.of(y));
                p = tTestOfCoefficient(coefficient, n);
                if (n > 3) {
                    ci = fisherInterval(coefficient, z * Math.sqrt(1.06 / (n - 3.0)));
                }
                details.put("confidence_interval_method", "Fisher z, SE √(1.06/(n−3)) (Fieller, Hartley and Pearson 1957)");
            }
            case KENDALL -> {
                testName = "Kendall's tau-b";
                coefficient = new KendallsCorrelation().correlation(x, y);
                double zStat = kendallZ(coefficient, x, y);
                p = Tails.normalP(zStat, Alternative.TWO_SIDED);
                details.put("z", zStat);
                if (n > 4) {
                    ci = fisherInterval(coefficient, z * Math.sqrt(0.437 / (n - 4.0)));
                }
                details.put("confidence_interval_method", "Fisher z, SE √(0.437/(n−4)) (Fieller, Hartley and Pearson 1957)");
            }
            default -> throw new IllegalStateException();
        }
        if (ci == null) {
            details.warn("with " + n + " pairs the confidence interval is undefined");
        }
        details.put("strength", Magnitude.strength(coefficient));
        boolean significant = p < alpha;
        String text = interpretation(r.method(), xs.name(), ys.name(), n, coefficient, p, ci, alpha, significant);
        return new CorrelationResult(testName, r.method(), xs.name(), ys.name(), n, coefficient, p, ci, significant, text,
                details.build());
    }

    static CorrelationMatrix matrix(List<Sample> variables, CorrelationMethod method, double alpha) {
        Checks.groups(variables, 2, Integer.MAX_VALUE, "a correlation matrix");
        int k = variables.size();
        double[][] coefficients = new double[k][k];
        Double[][] pValues = new Double[k][k];
        List<CorrelationResult> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            coefficients[i][i] = 1;
            for (int j = i + 1; j < k; j++) {
                CorrelationResult c = test(new CorrelationRequest(variables.get(i), variables.get(j), method, alpha));
                coefficients[i][j] = c.coefficient();
                coefficients[j][i] = c.coefficient();
                pValues[i][j] = c.pValue();
                pValues[j][i] = c.pValue();
                pairs.add(c);
            }
        }
        return new CorrelationMatrix(method == null ? CorrelationMethod.PEARSON : method,
                variables.stream().map(Sample::name).toList(), variables.get(0).size(), coefficients, pValues, pairs);
    }

    static double pearson(double[] x, double[] y) {
        double r = Sums.centeredCross(x, y) / Math.sqrt(Sums.centeredSquares(x) * Sums.centeredSquares(y));
        return Math.max(-1, Math.min(1, r));
    }

    /** Two-sided p of t = r√((n−2)/(1−r²)) on n − 2 degrees of freedom; 1 − r² as (1 − r)(1 + r). */
    static double tTestOfCoefficient(double r, int n) {
        if (Math.abs(r) == 1) {
            return 0;
        }
        double df = n - 2;
        double t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
        return Tails.tP(t, df, Alternative.TWO_SIDED);
    }

    static ConfidenceInterval fisherInterval(double r, double halfWidth) {
        double z = atanh(r);
        return ConfidenceInterval.of(Math.tanh(z - halfWidth), Math.tanh(z + halfWidth));
    }

    private static double atanh(double r) {
        return 0.5 * Math.log1p(2 * r / (1 - r));
    }

    /** z = S / √var(S) with S = concordant − discordant pairs and the tie-corrected variance (Kendall 1970). */
    static double kendallZ(double tauB, double[] x, double[] y) {
        double n = x.length;
        double n0 = n * (n - 1) / 2;
        Ties tx = Ties.of(x);
        Ties ty = Ties.of(y);
        double s = Math.rint(tauB * Math.sqrt((n0 - tx.pairs) * (n0 - ty.pairs)));
        double m = n * (n - 1);
        double variance = (m * (2 * n + 5) - tx.v1 - ty.v1) / 18
                + 4 * tx.pairs * ty.pairs / (2 * m)
                + tx.v2 * ty.v2 / (9 * m * (n - 2));
        return s / Math.sqrt(variance);
    }

    /** Tie sums for Kendall's variance: Σt(t−1)/2, Σt(t−1)(2t+5), Σt(t−1)(t−2). */
    private record Ties(double pairs, double v1, double v2) {
        static Ties of(double[] values) {
            double[] s = Sums.sorted(values);
            double pairs = 0;
            double v1 = 0;
            double v2 = 0;
            int i = 0;
            while (i < s.length) {
                int j = i;
                while (j + 1 < s.length && s[j + 1] == s[i]) {
                    j++;
                }
                double t = j - i + 1;
                pairs += t * (t - 1) / 2;
                v1 += t * (t - 1) * (2 * t + 5);
                v2 += t * (t - 1) * (t - 2);
                i = j + 1;
            }
            return new Ties(pairs, v1, v2);
        }
    }

    private static String interpretation(CorrelationMethod method, String x, String y, int n, double r, double p,
            ConfidenceInterval ci, double alpha, boolean significant) {
        String symbol = switch (method) {
            case PEARSON -> "Pearson's r";
            case SPEARMAN -> "Spearman's ρ";
            case KENDALL -> "Kendall's τ-b";
        };
        String stat = symbol + " = " + Format.fixed(r, 2)
                + (ci == null ? "" : ", " + Wording.interval(1 - alpha, ci, 2)) + ", " + Format.p(p) + ", n = " + n;
        if (!significant) {
            return "There is no statistically significant correlation between " + x + " and " + y + " (" + stat + ").";
        }
        String direction = r > 0 ? "positive" : "negative";
        String goesWith = method == CorrelationMethod.PEARSON ? " goes with " : " tends to go with ";
        return "There is a statistically significant " + Magnitude.strength(r) + " " + direction + " correlation between "
                + x + " and " + y + " (" + stat + "): higher " + x + goesWith + (r > 0 ? "higher " : "lower ") + y + ".";
    }
}
