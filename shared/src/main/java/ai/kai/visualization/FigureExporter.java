package ai.kai.visualization;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartHtml;
import ai.kai.chart.render.ExportOptions;
import ai.kai.chart.render.StaticExporter;

/**
 * A stored figure in an output format: PNG/SVG/PDF drawn in Java by {@link StaticExporter}; HTML pages by
 * {@link ChartHtml} — offline with plotly.js inlined (≈11 MB, so it is only ever handed out by URL) or the light page
 * that loads plotly.js from the CDN. For HTML, width and height (if given) resize the figure's layout.
 */
final class FigureExporter {
    private FigureExporter() {
    }

    static byte[] render(JsonNode figure, OutputFormat format, ExportOptions options) {
        return switch (format) {
            case HTML -> ChartHtml.offline(sized(figure, options)).getBytes(StandardCharsets.UTF_8);
            case HTML_CDN -> ChartHtml.cdn(sized(figure, options)).getBytes(StandardCharsets.UTF_8);
            case PNG, SVG, PDF -> StaticExporter.export(figure, format.staticFormat(), options);
        };
    }

    private static JsonNode sized(JsonNode figure, ExportOptions options) {
        if (options.width() == null && options.height() == null) {
            return figure;
        }
        ObjectNode copy = figure.deepCopy();
        ObjectNode layout = copy.withObjectProperty("layout");
        if (options.width() != null) {
            layout.put("width", options.width());
        }
        if (options.height() != null) {
            layout.put("height", options.height());
        }
        return copy;
    }
}
