package ai.kai.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.figure.Figures;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Turns a spec and its data into a Plotly figure. The rows are taken as prepared: inline data is aggregated and
 * sorted here in Java; data that {@link ChartQuery} already aggregated in DuckDB passes through unchanged (its
 * plan's spec carries no aggregation left to do).
 */
public final class ChartService {

    /** The figure with a built-in theme named by the spec (custom themes: resolve with {@link ThemeCatalog}). */
    public ObjectNode figure(ChartSpec spec, Table table) {
        Theme theme = Themes.builtIn(spec.theme()).orElseThrow(() -> new KaiException(ErrorCode.THEME_NOT_FOUND,
                "theme '" + spec.theme() + "' is not a built-in theme (default, dark); resolve custom themes first"));
        return figure(spec, table, theme);
    }

    public ObjectNode figure(ChartSpec spec, Table table, Theme theme) {
        Prepare.Prepared prepared = Prepare.apply(spec, table);
        return Figures.build(prepared.spec(), prepared.table(), theme);
    }

    /** Adds a note under the plot, e.g. "random sample of 200,000 of 3,400,000 rows". */
    public static void annotate(ObjectNode figure, String note) {
        ObjectNode layout = figure.withObjectProperty("layout");
        ObjectNode a = layout.withArrayProperty("annotations").addObject();
        a.put("text", note).put("showarrow", false).put("xref", "paper").put("yref", "paper").put("x", 1).put("y", 0)
                .put("xanchor", "right").put("yanchor", "top").put("yshift", -40);
        a.putObject("font").put("size", 10);
    }
}
