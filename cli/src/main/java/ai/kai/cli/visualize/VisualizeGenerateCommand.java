package ai.kai.cli.visualize;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.output.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kai visualize generate}: a chart of a file, a query over it, or rows; prints the viz_id and, with
 * {@code --output}, writes the chart (.html offline page, .png, .svg, .pdf, or .json for the Plotly figure).
 */
@Command(name = "generate", description = {"Generate a chart and print its viz_id; --output writes it to a file.",
    "Example: kai visualize generate --file sales.csv --type bar --x region --y revenue --output chart.png"})
public final class VisualizeGenerateCommand extends ApiCommand {
    @Mixin
    ChartDataOptions source;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "Chart type: line, area, bar, bar_grouped, bar_stacked, bar_horizontal, scatter, bubble, pie, donut, "
                    + "histogram, box, violin, heatmap, correlation, treemap, sunburst, funnel, waterfall, scatter_3d, "
                    + "parallel_coordinates, candlestick, forecast.")
    String type;

    @Option(names = "--x", paramLabel = "COLUMN", description = "The x (category or time) column.")
    String x;

    @Option(names = "--y", paramLabel = "COLUMN", split = ",", description = "The value column(s); repeat or separate with commas.")
    List<String> y;

    @Option(names = "--z", paramLabel = "COLUMN", description = "Cell value (heatmap) or depth (scatter_3d).")
    String z;

    @Option(names = "--path", paramLabel = "COLUMN", split = ",", description = "Levels of a treemap or sunburst, outer first.")
    List<String> path;

    @Option(names = "--config", paramLabel = "KEY=VALUE", description = "Any other spec setting, e.g. bins=20, "
            + "open=o, high=h, low=l, close=c (candlestick), lower=lo, upper=hi (forecast), barmode=stack.")
    Map<String, String> extra;

    @Option(names = "--color", paramLabel = "COLUMN", description = "One series per value of this column.")
    String color;

    @Option(names = "--size", paramLabel = "COLUMN", description = "Marker size (bubble charts).")
    String size;

    @Option(names = "--facet", paramLabel = "COLUMN", description = "One small chart per value of this column.")
    String facet;

    @Option(names = "--agg", paramLabel = "AGG", description = "How rows sharing x combine: sum, mean, count, min, max, median, none.")
    String aggregation;

    @Option(names = "--sort", paramLabel = "ORDER", description = "x_asc, x_desc, y_asc or y_desc.")
    String sort;

    @Option(names = "--title", paramLabel = "TEXT", description = "The chart's title.")
    String title;

    @Option(names = "--x-label", paramLabel = "TEXT", description = "The x axis title.")
    String xLabel;

    @Option(names = "--y-label", paramLabel = "TEXT", description = "The y axis title.")
    String yLabel;

    @Option(names = "--theme", paramLabel = "NAME", description = "default, dark or a custom theme (kai visualize themes).")
    String theme;

    @Option(names = "--width", paramLabel = "PX", description = "Width in pixels (default 800).")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Height in pixels (default 600).")
    Integer height;

    @Override
    protected void validateOutput() {
        outputOptions.output().ifPresent(ChartFile::ofPath);
    }

    @Override
    protected void validate() {
        source.validate();
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>(source.source(api, terminal()));
        body.put("chart_type", type);
        body.put("config", config());
        JsonNode viz = emit(api.post("/visualizations/generate", body));
        String vizId = viz.path("viz_id").asText();
        if (!json()) {
            terminal().println(vizId);
        }
        if (viz.path("sampled").asBoolean(false)) {
            terminal().info("note: " + viz.path("note").asText());
        }
        outputOptions.output().ifPresent(path -> write(api, vizId, path));
        return ExitCodes.OK;
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        if (extra != null) {
            config.putAll(extra);
        }
        put(config, "x", x);
        put(config, "y", y);
        put(config, "z", z);
        put(config, "path", path);
        put(config, "color", color);
        put(config, "size", size);
        put(config, "facet", facet);
        put(config, "aggregation", aggregation);
        put(config, "sort", sort);
        put(config, "title", title);
        put(config, "x_label", xLabel);
        put(config, "y_label", yLabel);
        put(config, "theme", theme);
        put(config, "width", width);
        put(config, "height", height);
        return config;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private void write(ApiClient api, String vizId, Path path) {
        long bytes = ChartFile.ofPath(path).write(api, vizId, path, Map.of());
        terminal().info("wrote " + path + " (" + Formats.bytes(bytes) + ")");
    }
}
