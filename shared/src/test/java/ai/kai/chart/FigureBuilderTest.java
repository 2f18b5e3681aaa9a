package ai.kai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class FigureBuilderTest {
    private static final Table SALES = ChartFixtures.sales(120);
    private static final Map<ChartType, String> TRACE_TYPE = Map.ofEntries(
            Map.entry(ChartType.LINE, "scatter"), Map.entry(ChartType.AREA, "scatter"), Map.entry(ChartType.BAR, "bar"),
            Map.entry(ChartType.BAR_GROUPED, "bar"), Map.entry(ChartType.BAR_STACKED, "bar"),
            Map.entry(ChartType.BAR_HORIZONTAL, "bar"), Map.entry(ChartType.SCATTER, "scatter"),
            Map.entry(ChartType.BUBBLE, "scatter"), Map.entry(ChartType.PIE, "pie"), Map.entry(ChartType.DONUT, "pie"),
            Map.entry(ChartType.HISTOGRAM, "histogram"), Map.entry(ChartType.BOX, "box"),
            Map.entry(ChartType.VIOLIN, "violin"), Map.entry(ChartType.HEATMAP, "heatmap"),
            Map.entry(ChartType.CORRELATION, "heatmap"), Map.entry(ChartType.TREEMAP, "treemap"),
            Map.entry(ChartType.SUNBURST, "sunburst"), Map.entry(ChartType.FUNNEL, "funnel"),
            Map.entry(ChartType.WATERFALL, "waterfall"), Map.entry(ChartType.SCATTER_3D, "scatter3d"),
            Map.entry(ChartType.PARALLEL_COORDINATES, "parcoords"), Map.entry(ChartType.CANDLESTICK, "candlestick"),
            Map.entry(ChartType.FORECAST, "scatter"));
    private final ChartService service = new ChartService();

    private ObjectNode figure(ChartType type) {
        return service.figure(ChartFixtures.specs().get(type), SALES);
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void shouldBuildEveryChartTypeAsAPlotlyFigureWithTitleSizeAndThemeColours(ChartType type) {
        ObjectNode fig = figure(type);
        assertThat(fig.path("data").isArray()).isTrue();
        assertThat(fig.path("data")).isNotEmpty();
        for (JsonNode trace : fig.path("data")) {
            assertThat(trace.path("type").asText()).isEqualTo(TRACE_TYPE.get(type));
        }
        JsonNode layout = fig.path("layout");
        assertThat(layout.at("/title/text").asText()).startsWith("Sales");
        assertThat(layout.path("width").asInt()).isEqualTo(900);
        assertThat(layout.path("height").asInt()).isEqualTo(600);
        assertThat(layout.path("paper_bgcolor").asText()).isEqualTo(Themes.DEFAULT.paperBackground());
        assertThat(layout.path("plot_bgcolor").asText()).isEqualTo(Themes.DEFAULT.plotBackground());
        assertThat(layout.at("/font/family").asText()).isEqualTo(Themes.DEFAULT.fontFamily());
        assertThat(layout.path("colorway")).hasSize(Themes.DEFAULT.colorway().size());
    }

    @Test
    void shouldDrawOneLineTraceWithDatesOnADateAxisPerYColumn() {
        ObjectNode fig = figure(ChartType.LINE);
        assertThat(fig.path("data")).hasSize(2);
        JsonNode revenue = fig.path("data").get(0);
        assertThat(revenue.path("name").asText()).isEqualTo("revenue");
        assertThat(revenue.path("mode").asText()).isEqualTo("lines");
        assertThat(revenue.path("x").get(0).asText()).isEqualTo("2025-01-01");
        assertThat(revenue.path("y")).hasSize(120);
        assertThat(revenue.at("/line/color").asText()).isEqualTo(Themes.DEFAULT.seriesColour(0));
        assertThat(fig.at("/data/1/line/color").asText()).isEqualTo(Themes.DEFAULT.seriesColour(1));
        assertThat(fig.at("/layout/xaxis/type").asText()).isEqualTo("date");
        assertThat(fig.at("/layout/xaxis/title/text").asText()).isEqualTo("day");
        assertThat(fig.at("/layout/yaxis/gridcolor").asText()).isEqualTo(Themes.DEFAULT.gridColor());
        assertThat(revenue.path("hovertemplate").asText()).contains("%{x}").contains("%{y}");
    }

    @Test
    void shouldSumBarsPerCategoryAndStackOrGroupThemByColour() {
        ObjectNode bar = figure(ChartType.BAR);
        assertThat(bar.at("/data/0/x")).hasSize(4);
        double north = 0;
        Column region = SALES.column("region"), revenue = SALES.column("revenue");
        for (int r = 0; r < SALES.rowCount(); r++) {
            north += region.label(r).equals("North") ? revenue.number(r) : 0;
        }
        assertThat(bar.at("/data/0/y/0").asDouble()).isCloseTo(north, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(bar.at("/layout/yaxis/title/text").asText()).isEqualTo("sum of revenue");
        assertThat(figure(ChartType.BAR_STACKED).at("/layout/barmode").asText()).isEqualTo("stack");
        ObjectNode grouped = figure(ChartType.BAR_GROUPED);
        assertThat(grouped.at("/layout/barmode").asText()).isEqualTo("group");
        assertThat(grouped.path("data")).hasSize(3);
        ObjectNode horizontal = figure(ChartType.BAR_HORIZONTAL);
        assertThat(horizontal.at("/data/0/orientation").asText()).isEqualTo("h");
        assertThat(horizontal.at("/data/0/y")).hasSize(3);
        JsonNode units = horizontal.at("/data/0/x");
        assertThat(units.get(0).asDouble()).isGreaterThanOrEqualTo(units.get(1).asDouble());
    }

    @Test
    void shouldSizeBubblesByAreaAndMakeADonutWithAHole() {
        ObjectNode bubble = figure(ChartType.BUBBLE);
        assertThat(bubble.at("/data/0/marker/sizemode").asText()).isEqualTo("area");
        assertThat(bubble.at("/data/0/marker/size").isArray()).isTrue();
        assertThat(figure(ChartType.DONUT).at("/data/0/hole").asDouble()).isEqualTo(0.45);
        ObjectNode pie = figure(ChartType.PIE);
        assertThat(pie.at("/data/0/labels")).hasSize(4);
        assertThat(pie.at("/data/0/values/0").asDouble()).isGreaterThanOrEqualTo(pie.at("/data/0/values/1").asDouble());
        assertThat(pie.at("/layout/showlegend").asBoolean()).isTrue();
    }

    @Test
    void shouldBuildAForecastAsABandUnderTheLine() {
        ObjectNode fig = figure(ChartType.FORECAST);
        assertThat(fig.path("data")).hasSize(3);
        assertThat(fig.at("/data/0/showlegend").asBoolean()).isFalse();
        assertThat(fig.at("/data/1/fill").asText()).isEqualTo("tonexty");
        assertThat(fig.at("/data/1/fillcolor").asText()).startsWith("rgba(");
        assertThat(fig.at("/data/1/x")).hasSize(30);
        assertThat(fig.at("/data/2/y")).hasSize(120);
    }

    @Test
    void shouldBuildHierarchiesWithParentsCarryingTheTotalOfTheirChildren() {
        ObjectNode fig = figure(ChartType.TREEMAP);
        JsonNode t = fig.at("/data/0");
        assertThat(t.path("branchvalues").asText()).isEqualTo("total");
        assertThat(t.path("ids")).hasSize(4 + 12);
        int north = -1;
        double children = 0;
        for (int i = 0; i < t.path("ids").size(); i++) {
            if (t.path("ids").get(i).asText().equals("North")) {
                north = i;
            }
            if (t.path("parents").get(i).asText().equals("North")) {
                children += t.path("values").get(i).asDouble();
            }
        }
        assertThat(t.path("parents").get(north).asText()).isEmpty();
        assertThat(t.path("values").get(north).asDouble()).isCloseTo(children, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void shouldComputeACorrelationMatrixWithOnesOnTheDiagonal() {
        ObjectNode fig = figure(ChartType.CORRELATION);
        JsonNode z = fig.at("/data/0/z");
        assertThat(z).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(z.get(i).get(i).asDouble()).isEqualTo(1.0);
            assertThat(z.get(i).get((i + 1) % 4).asDouble()).isBetween(-1.0, 1.0);
        }
        assertThat(z.get(0).get(1).asDouble()).isGreaterThan(0.8);
        assertThat(fig.at("/data/0/zmin").asInt()).isEqualTo(-1);
        assertThat(fig.at("/data/0/colorscale/0/1").asText()).isEqualTo(Themes.DEFAULT.diverging().get(0));
    }

    @Test
    void shouldAggregateHeatmapCellsAndEndAWaterfallWithATotal() {
        JsonNode heat = figure(ChartType.HEATMAP).at("/data/0");
        assertThat(heat.path("x")).hasSize(4);
        assertThat(heat.path("y")).hasSize(3);
        assertThat(heat.path("z")).hasSize(3);
        JsonNode fall = figure(ChartType.WATERFALL).at("/data/0");
        assertThat(fall.path("measure").get(fall.path("measure").size() - 1).asText()).isEqualTo("total");
        assertThat(fall.path("x").get(fall.path("x").size() - 1).asText()).isEqualTo("Total");
    }

    @Test
    void shouldBuildScatter3dParcoordsAndCandlestickWithTheirOwnAttributes() {
        ObjectNode three = figure(ChartType.SCATTER_3D);
        assertThat(three.at("/data/0/z")).isNotEmpty();
        assertThat(three.at("/layout/scene/zaxis/title/text").asText()).isEqualTo("units");
        JsonNode parcoords = figure(ChartType.PARALLEL_COORDINATES).at("/data/0");
        assertThat(parcoords.path("dimensions")).hasSize(3);
        assertThat(parcoords.at("/dimensions/0/label").asText()).isEqualTo("revenue");
        assertThat(parcoords.at("/dimensions/0/range")).hasSize(2);
        ObjectNode candle = figure(ChartType.CANDLESTICK);
        assertThat(candle.at("/data/0/open")).hasSize(120);
        assertThat(candle.at("/layout/xaxis/rangeslider/visible").asBoolean()).isFalse();
    }

    @Test
    void shouldDrawOneSubplotPerFacetValueWithTheLegendListingEachSeriesOnce() {
        ChartSpec spec = ChartSpec.of(ChartType.LINE).x("day").y("revenue").color("product").facet("region").build();
        ObjectNode fig = service.figure(spec, SALES);
        assertThat(fig.path("data")).hasSize(12);
        assertThat(fig.at("/layout/xaxis4/anchor").asText()).isEqualTo("y4");
        assertThat(fig.at("/layout/annotations")).hasSize(4);
        long inLegend = 0;
        Set<String> names = new java.util.HashSet<>();
        for (JsonNode t : fig.path("data")) {
            names.add(t.path("name").asText());
            inLegend += t.path("showlegend").asBoolean() ? 1 : 0;
        }
        assertThat(inLegend).isEqualTo(names.size());
    }

    @Test
    void shouldApplyTheDarkThemeAndACustomTheme() {
        ChartSpec spec = ChartFixtures.specs().get(ChartType.BAR).toBuilder().theme("dark").build();
        ObjectNode dark = service.figure(spec, SALES);
        assertThat(dark.at("/layout/paper_bgcolor").asText()).isEqualTo("#111111");
        Theme brand = new Theme("brand", java.util.List.of("#123456", "#abcdef"), "#fafafa", "#ffffff", "Georgia", 14,
                "#222222", "#dddddd", "#999999", null, null);
        ObjectNode custom = service.figure(spec, SALES, brand);
        assertThat(custom.at("/data/0/marker/color").asText()).isEqualTo("#123456");
        assertThat(custom.at("/layout/font/size").asInt()).isEqualTo(14);
    }

    @Test
    void shouldCountRowsPerCategoryWhenAggregationIsCountWithoutY() {
        ChartSpec spec = ChartSpec.of(ChartType.BAR).x("product").aggregation(Aggregation.COUNT).build();
        ObjectNode fig = service.figure(spec, SALES);
        assertThat(fig.at("/data/0/y/0").asInt() + fig.at("/data/0/y/1").asInt() + fig.at("/data/0/y/2").asInt()).isEqualTo(120);
        assertThat(fig.at("/layout/yaxis/title/text").asText()).isEqualTo("count");
    }
}
