package ai.kai.stats;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The Kruskal–Wallis rank test with the tie correction, as R's {@code kruskal.test} and SciPy's
 * {@code scipy.stats.kruskal}; effect size ε² = H / (N − 1) (Tomczak and Tomczak 2014).
 */
final class KruskalWallis {
    private KruskalWallis() {
    }

    record GroupRanks(String group, int n, double median, double meanRank) {
    }

    static TestResult test(GroupComparisonRequest r) {
        String name = "Kruskal–Wallis test";
        List<Sample> groups = r.groups();
        for (Sample g : groups) {
            Checks.atLeast(g, 2, name);
        }
        double[] all = new double[0];
        for (Sample g : groups) {
            all = Ranks.concat(all, g.values());
        }
        double n = all.length;
        double tieFactor = 1 - Ranks.tieCubes(all) / (n * n * n - n);
        if (tieFactor <= 0) {
            throw new KaiException(ErrorCode.CONSTANT_VALUES, "every value is " + Format.plain(all[0])
                    + "; a rank test needs values that differ");
        }
        double[] ranks = Ranks.of(all);
        double centre = (n + 1) / 2;
        double[] terms = new double[groups.size()];
        List<GroupRanks> summaries = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < groups.size(); i++) {
            Sample g = groups.get(i);
            double sum = 0;
            for (int j = 0; j < g.size(); j++) {
                sum += ranks[offset + j];
            }
            offset += g.size();
            double meanRank = sum / g.size();
            terms[i] = g.size() * (meanRank - centre) * (meanRank - centre);
            summaries.add(new GroupRanks(g.name(), g.size(), Sums.median(g.values()), meanRank));
        }
        double h = 12 / (n * (n + 1)) * Sums.sum(terms) / tieFactor;
        double df = groups.size() - 1;
        double p = Tails.chiSquareUpper(h, df);
        double epsilon2 = h / (n - 1);
        Details details = new Details(r.alpha())
                .put("groups", summaries)
                .put("epsilon_squared", epsilon2)
                .put("effect_size_magnitude", Magnitude.etaSquared(epsilon2));
        if (groups.stream().anyMatch(g -> g.size() < 5)) {
            details.warn("some groups have fewer than 5 observations; the chi-square approximation behind the p-value "
                    + "is rough there, treat p-values near alpha with caution");
        }
        boolean significant = p < r.alpha();
        return new TestResult(name, h, p, df, new EffectSize("epsilon squared", epsilon2), null, significant,
                interpretation(r, summaries, h, df, p, epsilon2, significant), details.build());
    }

    private static String interpretation(GroupComparisonRequest r, List<GroupRanks> groups, double h, double df, double p,
            double epsilon2, boolean significant) {
        double largest = 0;
        for (GroupRanks g : groups) {
            largest = Math.max(largest, Math.abs(g.median()));
        }
        int dp = Format.decimals(largest, 0);
        GroupRanks hi = groups.get(0);
        GroupRanks lo = groups.get(0);
        for (GroupRanks g : groups) {
            hi = g.meanRank() > hi.meanRank() ? g : hi;
            lo = g.meanRank() < lo.meanRank() ? g : lo;
        }
        String who = groups.size() <= 8
                ? Format.list(groups.stream().map(g -> g.group() + " (median " + Format.fixed(g.median(), dp) + ")").toList())
                : "the " + groups.size() + " groups";
        String stat = "Kruskal–Wallis H(" + Format.df(df) + ") = " + Format.stat(h) + ", " + Format.p(p);
        String effect = " Effect size: ε² = " + Format.stat(epsilon2) + " (" + Magnitude.etaSquared(epsilon2) + ").";
        String subject = Wording.sentence(Wording.distribution(r.variable()));
        if (!significant) {
            return subject + " does not differ significantly between " + who + " (" + stat + ")." + effect;
        }
        return subject + " differs significantly between " + who + " (" + stat + "): values tend to be highest in "
                + hi.group() + " and lowest in " + lo.group() + " (by mean rank)." + effect;
    }
}
