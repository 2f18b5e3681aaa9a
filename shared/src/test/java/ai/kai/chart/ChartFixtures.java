package ai.kai.chart;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** A small sales table and one typical spec per chart type, shared by the chart tests and the benchmark. */
public final class ChartFixtures {
    private ChartFixtures() {
    }

    /** {@code rows} rows: day, region, product, revenue, cost, units, lower/upper band, OHLC prices. */
    public static Table sales(int rows) {
        Random random = new Random(7);
        String[] regions = {"North", "South", "East", "West"};
        String[] products = {"Alpha", "Beta", "Gamma"};
        String[] day = new String[rows], region = new String[rows], product = new String[rows];
        double[] revenue = new double[rows], cost = new double[rows], units = new double[rows];
        double[] lower = new double[rows], upper = new double[rows];
        double[] open = new double[rows], high = new double[rows], low = new double[rows], close = new double[rows];
        LocalDate start = LocalDate.of(2025, 1, 1);
        double price = 100;
        for (int i = 0; i < rows; i++) {
            day[i] = start.plusDays(i).toString();
            region[i] = regions[i % regions.length];
            product[i] = products[(i / 4) % products.length];
            revenue[i] = Math.round((1000 + 300 * Math.sin(i / 7.0) + random.nextGaussian() * 120 + i) * 100) / 100.0;
            cost[i] = Math.round(revenue[i] * (0.55 + random.nextDouble() * 0.2) * 100) / 100.0;
            units[i] = 5 + random.nextInt(60);
            boolean horizon = i >= rows * 3 / 4;
            lower[i] = horizon ? revenue[i] - 150 - (i - rows * 3 / 4) * 4 : Double.NaN;
            upper[i] = horizon ? revenue[i] + 150 + (i - rows * 3 / 4) * 4 : Double.NaN;
            open[i] = price;
            close[i] = price + random.nextGaussian() * 2;
            high[i] = Math.max(open[i], close[i]) + random.nextDouble() * 1.5;
            low[i] = Math.min(open[i], close[i]) - random.nextDouble() * 1.5;
            price = close[i];
        }
        return Table.builder().dates("day", day).texts("region", region).texts("product", product)
                .numbers("revenue", revenue).numbers("cost", cost).numbers("units", units)
                .numbers("lower", lower).numbers("upper", upper)
                .numbers("open", open).numbers("high", high).numbers("low", low).numbers("close", close).build();
    }

    /** A typical spec per chart type over {@link #sales}. */
    public static Map<ChartType, ChartSpec> specs() {
        Map<ChartType, ChartSpec> m = new EnumMap<>(ChartType.class);
        m.put(ChartType.LINE, spec(ChartType.LINE).x("day").y("revenue", "cost").build());
        m.put(ChartType.AREA, spec(ChartType.AREA).x("day").y("revenue").build());
        m.put(ChartType.BAR, spec(ChartType.BAR).x("region").y("revenue").aggregation(Aggregation.SUM).build());
        m.put(ChartType.BAR_GROUPED, spec(ChartType.BAR_GROUPED).x("region").y("revenue").color("product")
                .aggregation(Aggregation.SUM).build());
        m.put(ChartType.BAR_STACKED, spec(ChartType.BAR_STACKED).x("region").y("revenue").color("product")
                .aggregation(Aggregation.SUM).build());
        m.put(ChartType.BAR_HORIZONTAL, spec(ChartType.BAR_HORIZONTAL).x("product").y("units")
                .aggregation(Aggregation.MEAN).sort(SortOrder.Y_DESC).build());
        m.put(ChartType.SCATTER, spec(ChartType.SCATTER).x("revenue").y("cost").color("region").build());
        m.put(ChartType.BUBBLE, spec(ChartType.BUBBLE).x("revenue").y("cost").size("units").color("product").build());
        m.put(ChartType.PIE, spec(ChartType.PIE).x("region").y("revenue").build());
        m.put(ChartType.DONUT, spec(ChartType.DONUT).x("product").y("units").build());
        m.put(ChartType.HISTOGRAM, spec(ChartType.HISTOGRAM).x("revenue").bins(20).build());
        m.put(ChartType.BOX, spec(ChartType.BOX).x("region").y("revenue").build());
        m.put(ChartType.VIOLIN, spec(ChartType.VIOLIN).x("product").y("cost").build());
        m.put(ChartType.HEATMAP, spec(ChartType.HEATMAP).x("region").y("product").z("revenue")
                .aggregation(Aggregation.SUM).build());
        m.put(ChartType.CORRELATION, spec(ChartType.CORRELATION).y("revenue", "cost", "units", "close").build());
        m.put(ChartType.TREEMAP, spec(ChartType.TREEMAP).path("region", "product").y("revenue").build());
        m.put(ChartType.SUNBURST, spec(ChartType.SUNBURST).path("region", "product").y("units").build());
        m.put(ChartType.FUNNEL, spec(ChartType.FUNNEL).x("product").y("units").sort(SortOrder.Y_DESC).build());
        m.put(ChartType.WATERFALL, spec(ChartType.WATERFALL).x("region").y("revenue").build());
        m.put(ChartType.SCATTER_3D, spec(ChartType.SCATTER_3D).x("revenue").y("cost").z("units").color("region").build());
        m.put(ChartType.PARALLEL_COORDINATES, spec(ChartType.PARALLEL_COORDINATES).y("revenue", "cost", "units")
                .color("region").build());
        m.put(ChartType.CANDLESTICK, spec(ChartType.CANDLESTICK).x("day").ohlc("open", "high", "low", "close").build());
        m.put(ChartType.FORECAST, spec(ChartType.FORECAST).x("day").y("revenue").interval("lower", "upper").build());
        return m;
    }

    private static ChartSpec.Builder spec(ChartType type) {
        return ChartSpec.of(type).title("Sales — " + type.id().replace('_', ' ')).size(900, 600);
    }
}
