package ai.kai.functions.system;

import java.util.List;
import java.util.Map;

/** Request bodies of the {@code /visualizations} routes for the OpenAPI document. */
final class VisualizationApiSchemas {
    private static final Map<String, Object> DATA = Map.of("type", "array", "items", Map.of("type", "object"),
            "description", "rows inline (alternative to file_id)");
    private static final Map<String, Object> FILE_ID = Map.of("type", "string", "description", "a ready file");
    private static final Map<String, Object> SQL = Map.of("type", "string",
            "description", "optional read-only query over the file (table 'data'), or the query to run on 'connection',"
                    + " whose result is charted");
    private static final Map<String, Object> CONNECTION = Map.of("type", "string",
            "description", "a connection alias; its 'sql' result (at most 100,000 rows) is charted like inline rows");

    private VisualizationApiSchemas() {
    }

    /** The body schema of a chart function, or null for others. */
    static Map<String, Object> requestBody(String function) {
        return switch (function) {
            case "kai-viz-generate" -> object(Map.of("data", DATA, "file_id", FILE_ID, "sql", SQL, "connection", CONNECTION,
                    "chart_type", Map.of("type", "string", "example", "bar"),
                    "config", Map.of("type", "object", "description", "x, y, color, size, facet, aggregation, sort, title,"
                            + " x_label, y_label, theme, width, height, …")), List.of("chart_type"));
            case "kai-viz-recommend" -> object(Map.of("data", DATA, "file_id", FILE_ID, "sql", SQL, "connection", CONNECTION, "intent",
                    Map.of("type", "string", "enum", List.of("compare", "trend", "distribute", "relate", "compose"))), List.of());
            case "kai-viz-export" -> object(Map.of(
                    "format", Map.of("type", "string", "enum", List.of("png", "svg", "pdf", "html", "html_cdn")),
                    "dpi", Map.of("type", "integer", "minimum", 36, "maximum", 1200),
                    "scale", Map.of("type", "number", "minimum", 0.1, "maximum", 10),
                    "width", Map.of("type", "integer", "minimum", 50, "maximum", 8000),
                    "height", Map.of("type", "integer", "minimum", 50, "maximum", 8000)), List.of("format"));
            case "kai-viz-themes-create" -> object(Map.of("name", Map.of("type", "string"),
                    "colorway", Map.of("type", "array", "items", Map.of("type", "string", "pattern", "^#[0-9a-fA-F]{6}$")),
                    "paper_background", Map.of("type", "string"), "plot_background", Map.of("type", "string"),
                    "font_family", Map.of("type", "string"), "font_size", Map.of("type", "integer"),
                    "font_color", Map.of("type", "string")), List.of("name"));
            default -> null;
        };
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = required.isEmpty() ? Map.of("type", "object", "properties", properties)
                : Map.of("type", "object", "required", required, "properties", properties);
        return Map.of("required", true, "content", Map.of("application/json", Map.of("schema", schema)));
    }
}
