package ai.kai.chart.figure;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;
import ai.kai.chart.ColumnType;
import ai.kai.chart.Theme;

/** The layout every figure shares: size, title, theme colours and font, axis titles and types, legend. */
final class FigureLayout {
    private static final Set<ChartType.Family> WITH_AXES = Set.of(ChartType.Family.CARTESIAN,
            ChartType.Family.DISTRIBUTION, ChartType.Family.MATRIX);

    private FigureLayout() {
    }

    static void apply(Ctx ctx, List<ObjectNode> traces) {
        ChartSpec spec = ctx.spec();
        Theme theme = ctx.theme();
        ObjectNode layout = ctx.layout();
        layout.put("width", spec.width()).put("height", spec.height()).put("autosize", false);
        ObjectNode title = layout.putObject("title");
        title.put("text", spec.title() == null ? "" : spec.title()).put("x", 0.5).put("xanchor", "center");
        title.putObject("font").put("size", Math.round(theme.fontSize() * 1.5));
        layout.put("paper_bgcolor", theme.paperBackground()).put("plot_bgcolor", theme.plotBackground());
        layout.putObject("font").put("family", theme.fontFamily()).put("size", theme.fontSize()).put("color", theme.fontColor());
        layout.set("colorway", P.texts(theme.colorway()));
        layout.putObject("margin").put("l", 70).put("r", 40).put("t", spec.title() == null ? 40 : 80).put("b", 70);
        long named = traces.stream().filter(t -> t.path("showlegend").asBoolean(true)).count();
        boolean legend = named > 1 || spec.type() == ChartType.PIE || spec.type() == ChartType.DONUT;
        layout.put("showlegend", legend);
        if (legend) {
            layout.putObject("legend").put("bgcolor", "rgba(0,0,0,0)");
        }
        if (WITH_AXES.contains(spec.type().family()) || spec.type() == ChartType.FUNNEL
                || spec.type() == ChartType.WATERFALL || spec.type() == ChartType.CANDLESTICK) {
            axes(ctx);
        }
        if (spec.type() == ChartType.SCATTER_3D) {
            ObjectNode scene = layout.withObjectProperty("scene");
            for (String axis : new String[] {"xaxis", "yaxis", "zaxis"}) {
                scene.withObjectProperty(axis).put("gridcolor", theme.gridColor()).put("backgroundcolor", theme.plotBackground())
                        .put("showbackground", true).put("zerolinecolor", theme.lineColor());
            }
        }
    }

    private static void axes(Ctx ctx) {
        ChartSpec spec = ctx.spec();
        boolean swap = CartesianFigures.horizontal(spec) && spec.type().isBar()
                || spec.orientation() == ai.kai.chart.Orientation.HORIZONTAL && spec.type().family() == ChartType.Family.DISTRIBUTION
                || spec.type() == ChartType.FUNNEL;
        String xTitle = spec.xLabel() != null ? spec.xLabel() : defaultXTitle(spec);
        String yTitle = spec.yLabel() != null ? spec.yLabel() : defaultYTitle(spec);
        String xType = axisType(ctx, spec);
        int n = Facets.count(ctx.layout());
        for (int i = 0; i < n; i++) {
            String s = Facets.suffix(i);
            ObjectNode x = ctx.layout().withObjectProperty("xaxis" + s);
            ObjectNode y = ctx.layout().withObjectProperty("yaxis" + s);
            style(x, ctx.theme(), swap ? yTitle : xTitle);
            style(y, ctx.theme(), swap ? xTitle : yTitle);
            if (xType != null) {
                (swap ? y : x).put("type", (swap ? y : x).path("type").asText(xType));
            }
        }
    }

    private static void style(ObjectNode axis, Theme theme, String title) {
        axis.set("title", P.title(title));
        axis.put("gridcolor", theme.gridColor()).put("linecolor", theme.lineColor()).put("zerolinecolor", theme.lineColor())
                .put("automargin", true);
    }

    private static String axisType(Ctx ctx, ChartSpec spec) {
        ChartType type = spec.type();
        if (type == ChartType.HISTOGRAM) {
            return "linear";
        }
        if (type.family() == ChartType.Family.DISTRIBUTION) {
            return "category";
        }
        if (spec.x() == null || type.family() == ChartType.Family.MATRIX || type == ChartType.FUNNEL || type == ChartType.WATERFALL) {
            return null;
        }
        Column x = ctx.table().column(spec.x());
        return x.type() == ColumnType.NUMBER ? "linear" : x.type() == ColumnType.TEMPORAL ? "date" : "category";
    }

    private static String defaultXTitle(ChartSpec spec) {
        if (spec.type() == ChartType.HISTOGRAM) {
            return spec.x() != null ? spec.x() : spec.firstY();
        }
        if (spec.type().family() == ChartType.Family.DISTRIBUTION) {
            return spec.x() == null ? "" : spec.x();
        }
        if (spec.type() == ChartType.CORRELATION) {
            return "";
        }
        return spec.x() == null ? "" : spec.x();
    }

    private static String defaultYTitle(ChartSpec spec) {
        if (spec.type() == ChartType.HISTOGRAM) {
            return "count";
        }
        if (spec.type() == ChartType.CORRELATION) {
            return "";
        }
        if (spec.type() == ChartType.CANDLESTICK) {
            return "price";
        }
        String y = spec.y().size() == 1 ? spec.firstY() : spec.y().isEmpty() ? "count" : "value";
        Aggregation agg = spec.aggregation();
        if (agg == Aggregation.NONE || spec.type().family() == ChartType.Family.MATRIX
                || spec.type().family() == ChartType.Family.DISTRIBUTION) {
            return y;
        }
        return agg == Aggregation.COUNT ? "count" : agg.id() + " of " + y;
    }
}
