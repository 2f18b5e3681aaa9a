package ai.kai.visualization;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;

/**
 * What the metadata table holds for one visualization (item {@code SK = VIZ#id}); the figure itself lives in object
 * storage under {@code figureKey}.
 *
 * @param rowsCharted rows the figure was drawn from (after aggregation or sampling)
 * @param note        what the chart says about its data (e.g. that it shows a sample), or null
 */
public record VisualizationRecord(
        String vizId,
        ChartType chartType,
        String title,
        ChartSpec spec,
        ChartSource source,
        String createdAt,
        String figureKey,
        long figureBytes,
        long rowsCharted,
        boolean sampled,
        String note) {
}
