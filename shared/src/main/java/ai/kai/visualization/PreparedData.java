package ai.kai.visualization;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.Table;

/**
 * Rows ready for {@code ChartService.figure}: the spec as left to do (aggregation already done in DuckDB is gone
 * from it), the rows, where they came from, and a note for the chart when they are a sample.
 */
public record PreparedData(ChartSpec spec, Table table, ChartSource source, boolean sampled, String note) {
}
