package ai.kai.functions.charts;

import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;
import ai.kai.chart.render.ExportFormat;
import ai.kai.chart.render.ExportOptions;
import ai.kai.chart.render.StaticExporter;

/**
 * SnapStart priming of the chart code paths (DESIGN D3): builds a tiny figure and renders it in every static format,
 * which loads the figure builders, AWT with its fonts (or the bundled one), ImageIO and PDFBox before the snapshot.
 */
final class ChartPriming {
    private ChartPriming() {
    }

    static void renderOnce() {
        Table table = Table.builder().texts("k", "a", "b").numbers("v", 1, 2).build();
        var figure = new ChartService().figure(ChartSpec.of(ChartType.BAR).x("k").y("v").title("priming").size(200, 150)
                .build(), table);
        for (ExportFormat format : ExportFormat.values()) {
            StaticExporter.export(figure, format, ExportOptions.defaults());
        }
    }
}
