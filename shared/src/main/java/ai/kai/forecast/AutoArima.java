package ai.kai.forecast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Automatic ARIMA order selection, the stepwise algorithm of Hyndman &amp; Khandakar (2008) as in R's
 * {@code auto.arima}: D from the seasonal strength, d from repeated KPSS tests, then a walk from
 * {@code (2,d,2)(1,D,1)} and three simple models through neighbouring orders (p, q ≤ 5; P, Q ≤ 2) by AICc,
 * at most 94 models. Long (n &gt; 150) or high-frequency (m &gt; 12) series are searched with CSS fits and
 * the best candidates refitted by maximum likelihood, as R's {@code approximation} does.
 */
final class AutoArima {
    private static final int MAX_MODELS = 94;
    private static final int[][] MOVES = {
            {0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1},
            {0, 0, -1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}, {0, 0, 1, 1},
            {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0},
            {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0}};

    private final double[] x;
    private final int m;
    private final int d;
    private final int sd;
    private final boolean approximate;
    private final double offset;
    private final Map<ArimaSpec, Double> scores = new HashMap<>();
    private final Map<ArimaSpec, ArimaModel> fits = new HashMap<>();

    private AutoArima(double[] x, int m, int d, int sd, boolean approximate) {
        this.x = x;
        this.m = m;
        this.d = d;
        this.sd = sd;
        this.approximate = approximate;
        this.offset = approximate ? cssOffset() : 0;
    }

    /** The selected model, or null when no ARIMA model could be fitted. */
    static ArimaModel fit(double[] x, int period) {
        int n = x.length;
        if (UnitRootTests.isConstant(x) || n < 4) {
            return null;
        }
        int m = period > 1 ? period : 1;
        int sd = m > 1 && n > 2 * m ? UnitRootTests.nsdiffs(x, m) : 0;
        double[] dx = sd > 0 ? UnitRootTests.diff(x, m) : x;
        int d = UnitRootTests.ndiffs(dx, 2);
        double[] ddx = dx;
        for (int i = 0; i < d; i++) {
            ddx = UnitRootTests.diff(ddx, 1);
        }
        if (ddx.length == 0 || UnitRootTests.isConstant(ddx)) {
            return null;
        }
        return new AutoArima(x, m, d, sd, n > 150 || m > 12).search();
    }

    private ArimaModel search() {
        int n = x.length;
        int maxP = m > 1 ? Math.min(2, n / 3 / m) : 0;
        int maxQ = maxP;
        int maxp = Math.min(5, n / 3);
        int maxq = Math.min(5, n / 3);
        if (m > 1) {
            maxp = maxP > 0 ? Math.min(maxp, m - 1) : maxp;
            maxq = maxQ > 0 ? Math.min(maxq, m - 1) : maxq;
        }
        boolean allowConstant = d + sd <= 1;
        boolean small = n < 10;
        int p = Math.min(small ? 1 : 2, maxp);
        int q = Math.min(small ? 1 : 2, maxq);
        int sp = Math.min(small ? 0 : 1, maxP);
        int sq = Math.min(small ? 0 : 1, maxQ);
        boolean constant = allowConstant;
        ArimaSpec best = spec(p, q, sp, sq, constant);
        double bestScore = score(best);
        int k = 1;
        for (ArimaSpec start : List.of(spec(0, 0, 0, 0, constant),
                spec(maxp > 0 ? 1 : 0, 0, m > 1 && maxP > 0 ? 1 : 0, 0, constant),
                spec(0, maxq > 0 ? 1 : 0, 0, m > 1 && maxQ > 0 ? 1 : 0, constant),
                spec(0, 0, 0, 0, false))) {
            boolean applicable = switch (k) {
                case 2 -> maxp > 0 || maxP > 0;
                case 3 -> maxq > 0 || maxQ > 0;
                case 4 -> constant;
                default -> true;
            };
            if (k == 1 || applicable) {
                double s = score(start);
                if (s < bestScore) {
                    best = start;
                    bestScore = s;
                }
            }
            k++;
        }
        int fitted = scores.size();
        int before = -1;
        while (before < fitted && fitted < MAX_MODELS) {
            before = fitted;
            for (int i = 0; i <= MOVES.length; i++) {
                ArimaSpec candidate;
                if (i < MOVES.length) {
                    int[] mv = MOVES[i];
                    candidate = spec(best.p() + mv[0], best.q() + mv[1], best.sp() + mv[2], best.sq() + mv[3],
                            best.constant());
                    if (candidate.p() < 0 || candidate.p() > maxp || candidate.q() < 0 || candidate.q() > maxq
                            || candidate.sp() < 0 || candidate.sp() > maxP || candidate.sq() < 0
                            || candidate.sq() > maxQ) {
                        continue;
                    }
                } else if (allowConstant) {
                    candidate = spec(best.p(), best.q(), best.sp(), best.sq(), !best.constant());
                } else {
                    continue;
                }
                if (scores.containsKey(candidate)) {
                    continue;
                }
                if (++fitted > MAX_MODELS) {
                    break;
                }
                double s = score(candidate);
                if (s < bestScore) {
                    best = candidate;
                    bestScore = s;
                    break;
                }
            }
        }
        return approximate ? refitBest() : fits.get(best);
    }

    private ArimaSpec spec(int p, int q, int sp, int sq, boolean constant) {
        return new ArimaSpec(p, d, q, sp, sd, sq, m, constant);
    }

    /** AICc of one candidate (CSS-based in approximate mode); infinity for a failed or near-unit-root fit. */
    private double score(ArimaSpec s) {
        Double known = scores.get(s);
        if (known != null) {
            return known;
        }
        double value = Double.POSITIVE_INFINITY;
        if (approximate) {
            ArimaEstimator.CssFit css = ArimaEstimator.fitCss(x, s);
            if (css != null && !css.nearUnitRoots()) {
                int nStar = s.differencedLength(x.length);
                int k = s.parameterCount() + 1;
                double aic = offset + nStar * Math.log(css.sigma2()) + 2 * k;
                value = nStar - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (nStar - k - 1) : Double.POSITIVE_INFINITY;
            }
        } else {
            ArimaModel model = ArimaEstimator.fit(x, s);
            if (model != null && !model.nearUnitRoots()) {
                value = model.aicc();
                fits.put(s, model);
            }
        }
        scores.put(s, value);
        return value;
    }

    private ArimaModel refitBest() {
        List<Map.Entry<ArimaSpec, Double>> ranked = scores.entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue())).sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<ArimaSpec, Double> entry : ranked) {
            ArimaModel model = ArimaEstimator.fit(x, entry.getKey());
            if (model != null && !model.nearUnitRoots() && Double.isFinite(model.aicc())) {
                return model;
            }
        }
        return null;
    }

    /** auto.arima's offset that puts CSS fits on the likelihood scale of the (0,d,0)(0,D,0) ML fit. */
    private double cssOffset() {
        ArimaModel base = ArimaEstimator.fit(x, new ArimaSpec(0, d, 0, 0, sd, 0, m, d + sd == 0));
        if (base == null) {
            return 0;
        }
        return -2 * base.logLikelihood() - x.length * Math.log(base.innovationVariance());
    }
}
