package ai.kai.chart;

/** One ranked suggestion: the type, a score in [0, 1], why, and a spec ready to generate. */
public record Recommendation(ChartType type, double score, String reason, ChartSpec spec) {
}
