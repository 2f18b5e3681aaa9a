package ai.kai.chart;

import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * What to draw. Column roles by type: {@code x}/{@code y} (one or several y series), {@code color} (one series per
 * value), {@code size} (bubble), {@code facet} (one subplot per value), {@code z} (heatmap cell value,
 * scatter_3d depth), {@code path} (treemap/sunburst levels, outer first), {@code lower}/{@code upper}
 * (forecast interval), {@code open}/{@code high}/{@code low}/{@code close} (candlestick). {@code barmode} and
 * {@code orientation} override what the type implies; {@code bins} sets the histogram bin count.
 */
public record ChartSpec(
        ChartType type,
        String x,
        List<String> y,
        String z,
        String color,
        String size,
        String facet,
        List<String> path,
        Aggregation aggregation,
        SortOrder sort,
        String title,
        String xLabel,
        String yLabel,
        String theme,
        int width,
        int height,
        BarMode barmode,
        Orientation orientation,
        Integer bins,
        String lower,
        String upper,
        String open,
        String high,
        String low,
        String close) {

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 4000;

    public ChartSpec {
        if (type == null) {
            throw new KaiException(ErrorCode.UNKNOWN_CHART_TYPE, "the chart type is missing; use one of " + ChartType.ids());
        }
        y = y == null ? List.of() : List.copyOf(y);
        path = path == null ? List.of() : List.copyOf(path);
        aggregation = aggregation == null ? Aggregation.NONE : aggregation;
        sort = sort == null ? SortOrder.NONE : sort;
        theme = theme == null || theme.isBlank() ? Theme.DEFAULT_NAME : theme;
        width = width == 0 ? DEFAULT_WIDTH : width;
        height = height == 0 ? DEFAULT_HEIGHT : height;
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "width and height must be between " + MIN_SIZE
                    + " and " + MAX_SIZE + " pixels; got " + width + "x" + height);
        }
        if (bins != null && (bins < 1 || bins > 1000)) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "bins must be between 1 and 1000; got " + bins);
        }
    }

    public static Builder of(ChartType type) {
        return new Builder(type);
    }

    /** The first y column, or null. */
    public String firstY() {
        return y.isEmpty() ? null : y.get(0);
    }

    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.x = x; b.y = new ArrayList<>(y); b.z = z; b.color = color; b.size = size; b.facet = facet;
        b.path = new ArrayList<>(path); b.aggregation = aggregation; b.sort = sort; b.title = title;
        b.xLabel = xLabel; b.yLabel = yLabel; b.theme = theme; b.width = width; b.height = height;
        b.barmode = barmode; b.orientation = orientation; b.bins = bins; b.lower = lower; b.upper = upper;
        b.open = open; b.high = high; b.low = low; b.close = close;
        return b;
    }

    /** Fluent construction for code and tests; requests arrive as JSON through the snake_case mapper. */
    public static final class Builder {
        private ChartType type;
        private String x, z, color, size, facet, title, xLabel, yLabel, theme, lower, upper, open, high, low, close;
        private List<String> y = new ArrayList<>(), path = new ArrayList<>();
        private Aggregation aggregation;
        private SortOrder sort;
        private int width, height;
        private BarMode barmode;
        private Orientation orientation;
        private Integer bins;

        private Builder(ChartType type) {
            this.type = type;
        }

        public Builder type(ChartType v) { type = v; return this; }
        public Builder x(String v) { x = v; return this; }
        public Builder y(String... v) { y = new ArrayList<>(List.of(v)); return this; }
        public Builder z(String v) { z = v; return this; }
        public Builder color(String v) { color = v; return this; }
        public Builder size(String v) { size = v; return this; }
        public Builder facet(String v) { facet = v; return this; }
        public Builder path(String... v) { path = new ArrayList<>(List.of(v)); return this; }
        public Builder aggregation(Aggregation v) { aggregation = v; return this; }
        public Builder sort(SortOrder v) { sort = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder xLabel(String v) { xLabel = v; return this; }
        public Builder yLabel(String v) { yLabel = v; return this; }
        public Builder theme(String v) { theme = v; return this; }
        public Builder size(int w, int h) { width = w; height = h; return this; }
        public Builder barmode(BarMode v) { barmode = v; return this; }
        public Builder orientation(Orientation v) { orientation = v; return this; }
        public Builder bins(Integer v) { bins = v; return this; }
        public Builder interval(String lowerColumn, String upperColumn) { lower = lowerColumn; upper = upperColumn; return this; }
        public Builder ohlc(String o, String h, String l, String c) { open = o; high = h; low = l; close = c; return this; }

        public ChartSpec build() {
            return new ChartSpec(type, x, y, z, color, size, facet, path, aggregation, sort, title, xLabel, yLabel,
                    theme, width, height, barmode, orientation, bins, lower, upper, open, high, low, close);
        }
    }
}
