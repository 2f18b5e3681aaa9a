package ai.kai.visualization;

import java.util.List;
import java.util.Map;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.Table;
import ai.kai.chart.figure.SpecValidator;

/**
 * Rows sent in the request. The spec is checked against them as sent, before any aggregation, so a text column
 * named as y is reported as text (not as an empty aggregate).
 */
final class InlineChartData {
    private InlineChartData() {
    }

    static Table table(List<Map<String, Object>> rows) {
        return Table.fromMaps(rows);
    }

    static PreparedData prepare(ChartSpec spec, List<Map<String, Object>> rows) {
        Table table = table(rows);
        SpecValidator.validate(spec, table);
        return new PreparedData(spec, table, ChartSource.inline(rows.size()), false, null);
    }
}
