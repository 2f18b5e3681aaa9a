package ai.kai.chart.figure;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.Column;
import ai.kai.chart.Table;
import ai.kai.chart.Theme;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Builds the Plotly figure ({@code {"data": [traces], "layout": {…}}}) of a spec over prepared rows, with the
 * theme applied. Attribute names are Plotly's own; the result renders in plotly.js as-is.
 */
public final class Figures {
    private Figures() {
    }

    public static ObjectNode build(ChartSpec spec, Table table, Theme theme) {
        SpecValidator.validate(spec, table);
        checkSeries(spec, table);
        ObjectNode layout = P.obj();
        Ctx ctx = new Ctx(spec, table, theme, new Groups.Palette(), layout);
        TraceBuilder builder = builder(spec.type().family());
        int[] rows = P.allRows(table.rowCount());
        List<ObjectNode> traces;
        if (spec.facet() != null) {
            ChartType.Family family = spec.type().family();
            if (family != ChartType.Family.CARTESIAN && family != ChartType.Family.DISTRIBUTION) {
                throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "facet works with line, area, bar, scatter, bubble, "
                        + "forecast, histogram, box and violin charts, not " + spec.type().id() + "; remove facet");
            }
            traces = Facets.build(ctx, builder, rows);
        } else {
            traces = builder.traces(ctx, rows);
        }
        FigureLayout.apply(ctx, traces);
        ObjectNode figure = P.obj();
        ArrayNode data = figure.putArray("data");
        traces.forEach(data::add);
        figure.set("layout", layout);
        return figure;
    }

    private static TraceBuilder builder(ChartType.Family family) {
        return switch (family) {
            case CARTESIAN -> new CartesianFigures();
            case DISTRIBUTION -> new DistributionFigures();
            case MATRIX -> new MatrixFigures();
            case HIERARCHY -> new HierarchyFigures();
            case PART -> new PartFigures();
            case SPECIAL -> new SpecialFigures();
        };
    }

    private static void checkSeries(ChartSpec spec, Table table) {
        if (spec.color() == null || spec.type() == ChartType.PARALLEL_COORDINATES) {
            return;
        }
        Column colour = table.column(spec.color());
        int distinct = colour.distinctCount(SpecValidator.MAX_SERIES + 1);
        if (distinct > SpecValidator.MAX_SERIES) {
            throw SpecValidator.tooMany("colour column '" + colour.name() + "'", colour.distinctCount(100_000),
                    SpecValidator.MAX_SERIES, "choose a column with fewer values for color, or none");
        }
    }
}
