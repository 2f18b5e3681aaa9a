package ai.kai.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Automatic ETS as R's {@code ets(y)}: every admissible combination of error (A, M), trend (N, A, Ad) and
 * season (N, A, M) is fitted and the lowest AICc wins. Multiplicative errors need positive data; additive
 * errors with multiplicative seasonality are excluded as numerically unstable; seasonal models need a period
 * from 2 to 24 and more than one season of data.
 */
final class EtsSelection {
    static final int MAX_SEASONAL_PERIOD = 24;

    private EtsSelection() {
    }

    static List<EtsSpec> candidates(double[] y, int period) {
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean seasonal = period > 1 && period <= MAX_SEASONAL_PERIOD && y.length > period;
        List<EtsSpec> out = new ArrayList<>();
        for (char error : new char[] {'A', 'M'}) {
            for (char trend : new char[] {'N', 'A'}) {
                for (char season : seasonal ? new char[] {'N', 'A', 'M'} : new char[] {'N'}) {
                    for (boolean damped : new boolean[] {true, false}) {
                        if ((trend == 'N' && damped) || (error == 'A' && season == 'M')
                                || (error == 'M' && !positive)) {
                            continue;
                        }
                        out.add(new EtsSpec(error, trend, season, damped));
                    }
                }
            }
        }
        return out;
    }

    /** The best model by AICc, or null when none could be fitted. */
    static EtsModel fit(double[] y, int period) {
        EtsModel best = null;
        for (EtsSpec spec : candidates(y, period)) {
            EtsModel model = EtsEstimator.fit(y, spec, period);
            if (model != null && Double.isFinite(model.aicc()) && (best == null || model.aicc() < best.aicc())) {
                best = model;
            }
        }
        return best;
    }
}
