package ai.kai.forecast;

/**
 * One model considered for a forecast: its kind, the fitted model ({@code modelName}, null when it could not
 * be fitted), its backtest accuracy (null when it could not be backtested), whether it was chosen, and a note
 * when it could not be used.
 */
public record CandidateScore(String model, String modelName, Double mase, Double smape, boolean selected,
                             String note) {
}
