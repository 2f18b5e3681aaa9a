package ai.kai.visualization;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Recommendation;

/** One suggestion as the API lists it: its rank (1 = best), type, score in [0, 1], why, and a spec ready to generate. */
public record RankedChart(int rank, ChartType chartType, double score, String reason, ChartSpec config) {
    static RankedChart of(int rank, Recommendation r) {
        return new RankedChart(rank, r.type(), r.score(), r.reason(), r.spec());
    }
}
