package ai.kai.notebook;

import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.Table;
import ai.kai.visualization.ChartRequests;

/** A visualization cell: a chart spec (as the visualization API takes it) drawn over an earlier cell's rows. */
final class ChartCellExecutor implements CellExecutor {
    private final ChartService charts = new ChartService();

    @Override
    public CellOutput run(Cell cell, RunContext context) {
        ChartSpec spec = spec(cell.options());
        if (spec.title() == null) {
            spec = spec.toBuilder().title(cell.heading()).build();
        }
        CellOutput.Rows rows = context.rows(cell.source());
        if (rows.rows().isEmpty()) {
            // a period without data is an answer, not a broken notebook: say so where the chart would be
            return new CellOutput.Markdown("_No chart: `" + cell.source() + "` has no rows for these parameters._");
        }
        Table table = Table.fromRows(rows.columns(), rows.types(), rows.rows());
        return new CellOutput.Chart(spec.title(), charts.figure(spec, table));
    }

    /** A cell's chart ({@code {type, x, y, …}}) read as the visualization API reads {@code {chart_type, config}}. */
    static ChartSpec spec(com.fasterxml.jackson.databind.JsonNode chart) {
        var config = ((com.fasterxml.jackson.databind.node.ObjectNode) chart).deepCopy();
        var body = ai.kai.json.Json.mapper().createObjectNode();
        if (config.has("type")) {
            body.set("chart_type", config.remove("type"));
        }
        body.set("config", config);
        return ChartRequests.spec(body);
    }
}
