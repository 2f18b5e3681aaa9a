package ai.kai.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code model: auto}: each model kind is fitted to the whole history, then backtested over the same rolling
 * origins; the lowest mean MASE wins (ties go to the simpler model: seasonal naive, ETS, ARIMA, Prophet-style).
 * When the history is too short to backtest, ETS is used (seasonal naive when ETS cannot be fitted).
 */
final class ModelSelector {
    static final List<ModelChoice> CANDIDATES =
            List.of(ModelChoice.SNAIVE, ModelChoice.ETS, ModelChoice.ARIMA, ModelChoice.PROPHET);

    private ModelSelector() {
    }

    record Selection(FittedModel model, BacktestMetrics metrics, List<CandidateScore> candidates) {
    }

    static Selection select(ModelInput input, BacktestPlan plan) {
        List<FittedModel> models = new ArrayList<>();
        List<BacktestMetrics> scores = new ArrayList<>();
        for (ModelChoice kind : CANDIDATES) {
            FittedModel model = !plan.possible() && kind != ModelChoice.ETS && kind != ModelChoice.SNAIVE
                    ? null : Models.fit(kind, input);
            models.add(model);
            scores.add(model != null && plan.possible() ? Backtest.run(model, input, plan) : null);
        }
        int chosen = -1;
        for (int i = 0; i < CANDIDATES.size(); i++) {
            if (plan.possible() && scores.get(i) != null
                    && (chosen < 0 || score(scores.get(i)) < score(scores.get(chosen)))) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            int ets = CANDIDATES.indexOf(ModelChoice.ETS);
            chosen = models.get(ets) != null ? ets : CANDIDATES.indexOf(ModelChoice.SNAIVE);
        }
        List<CandidateScore> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES.size(); i++) {
            BacktestMetrics m = scores.get(i);
            String note = models.get(i) == null ? (plan.possible() ? "could not be fitted to this series"
                    : "not tried: the history is too short to backtest")
                    : m == null && plan.possible() ? "could not be refitted at the backtest origins" : null;
            candidates.add(new CandidateScore(CANDIDATES.get(i).label(),
                    models.get(i) == null ? null : models.get(i).description(), m == null ? null : m.mase(),
                    m == null ? null : m.smape(), i == chosen, note));
        }
        return new Selection(models.get(chosen), scores.get(chosen), candidates);
    }

    /** MASE, or MAE when MASE is undefined for the series (a constant training part). */
    private static double score(BacktestMetrics m) {
        if (m.mase() != null) {
            return m.mase();
        }
        return m.mae() != null ? m.mae() : Double.POSITIVE_INFINITY;
    }
}
