package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Computes {@link GroupDescription}s with the accurate sums of {@link Sums}. */
final class Descriptives {
    private Descriptives() {
    }

    static Description describe(String variable, List<Sample> groups) {
        if (groups == null || groups.isEmpty()) {
            throw Checks.invalid("describe needs at least one group of values");
        }
        Checks.groups(groups, 1, Integer.MAX_VALUE, "describe");
        List<GroupDescription> out = new ArrayList<>();
        double[] all = new double[0];
        for (Sample g : groups) {
            out.add(of(g.name(), g.values()));
            all = Ranks.concat(all, g.values());
        }
        String name = variable == null || variable.isBlank() ? "values" : variable.strip();
        GroupDescription overall = groups.size() == 1 ? out.get(0) : of("all", all);
        return new Description(name, overall, groups.size() == 1 ? List.of() : out);
    }

    static GroupDescription of(String group, double[] v) {
        if (v.length == 0) {
            throw new KaiException(ErrorCode.TOO_FEW_OBSERVATIONS, "'" + group + "' has no values to describe");
        }
        int n = v.length;
        double[] sorted = Sums.sorted(v);
        double mean = Sums.mean(v);
        Double variance = n > 1 ? Sums.centeredSquares(v, mean) / (n - 1) : null;
        Double sd = variance == null ? null : Math.sqrt(variance);
        Double se = sd == null ? null : sd / Math.sqrt(n);
        boolean varies = sorted[0] != sorted[n - 1];
        return new GroupDescription(group, n, mean, sd, variance, se, sorted[0], Sums.quantile(sorted, 0.25),
                Sums.quantile(sorted, 0.5), Sums.quantile(sorted, 0.75), sorted[n - 1],
                finiteOrNull(n > 2 && varies ? skewness(v, mean) : Double.NaN),
                finiteOrNull(n > 3 && varies ? kurtosis(v, mean) : Double.NaN));
    }

    /** Undefined moments are null, never NaN (also when deviations underflow). */
    private static Double finiteOrNull(double x) {
        return Double.isFinite(x) ? x : null;
    }

    /** G1 = √(n(n−1))/(n−2) · m3/m2^{3/2} (pandas' skew, Excel's SKEW). */
    static double skewness(double[] v, double mean) {
        double n = v.length;
        double[] d2 = new double[v.length];
        double[] d3 = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i] - mean;
            d2[i] = d * d;
            d3[i] = d * d * d;
        }
        double m2 = Sums.sum(d2) / n;
        double m3 = Sums.sum(d3) / n;
        return Math.sqrt(n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5);
    }

    /** G2 = ((n+1)·g2 + 6)·(n−1)/((n−2)(n−3)) with g2 = m4/m2² − 3 (pandas' kurt, Excel's KURT). */
    static double kurtosis(double[] v, double mean) {
        double n = v.length;
        double[] d2 = new double[v.length];
        double[] d4 = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i] - mean;
            d2[i] = d * d;
            d4[i] = d2[i] * d2[i];
        }
        double m2 = Sums.sum(d2) / n;
        double m4 = Sums.sum(d4) / n;
        double g2 = m4 / (m2 * m2) - 3;
        return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3));
    }
}
