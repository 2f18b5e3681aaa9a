package ai.kai.functions.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.analytics.StatisticsTestKind;

/** The request bodies of the analytics routes, as JSON schemas for the OpenAPI document. */
public final class AnalyticsSchemas {
    private static final Map<String, Object> STRING = Map.of("type", "string");
    private static final Map<String, Object> STRINGS = Map.of("type", "array", "items", STRING);

    private AnalyticsSchemas() {
    }

    /** The schema of the function's body, or null when the function is not an analytics route. */
    public static Map<String, Object> requestBody(String function) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("file_id", Map.of("type", "string", "description", "an uploaded file (or send 'data')"));
        properties.put("data", Map.of("type", "array", "items", Map.of("type", "object"),
                "description", "rows sent inline, one object per row (or send 'file_id')"));
        properties.put("connection", Map.of("type", "string",
                "description", "a connection alias whose 'sql' result is analysed like inline rows"));
        properties.put("sql", Map.of("type", "string", "description", "with 'connection': one read-only query in the "
                + "source's dialect (at most 1,000,000 rows)"));
        switch (function) {
            case "kai-analytics-statistics" -> {
                properties.put("test_type", Map.of("type", "string", "enum",
                        List.of(StatisticsTestKind.names().split(", ")), "description", "t_test is accepted as welch"));
                properties.put("value_column", STRING);
                properties.put("group_column", STRING);
                properties.put("groups", Map.of("type", "array", "items", STRING,
                        "description", "the groups to compare, in order; for two the difference is the first minus the second"));
                properties.put("alpha", Map.of("type", "number", "default", 0.05));
                properties.put("row_column", STRING);
                properties.put("column_column", STRING);
                properties.put("columns", STRINGS);
                properties.put("method", Map.of("type", "string", "enum", List.of("pearson", "spearman", "kendall")));
                properties.put("by", STRING);
                properties.put("mu", Map.of("type", "number", "default", 0));
                properties.put("alternative", Map.of("type", "string", "enum", List.of("two-sided", "less", "greater")));
                return schema(List.of("test_type"), properties);
            }
            case "kai-analytics-forecast" -> {
                properties.put("date_column", STRING);
                properties.put("value_column", STRING);
                properties.put("periods", Map.of("type", "integer", "minimum", 1, "maximum", 10000));
                properties.put("model", Map.of("type", "string", "enum", List.of("auto", "snaive", "ets", "arima", "prophet"),
                        "default", "auto"));
                properties.put("level", Map.of("type", "number", "default", 0.95, "description", "0.95 or 95"));
                properties.put("frequency", Map.of("type", "string", "enum",
                        List.of("hourly", "daily", "weekly", "monthly", "quarterly", "yearly")));
                return schema(List.of("date_column", "value_column", "periods"), properties);
            }
            case "kai-analytics-anomalies" -> {
                properties.put("value_column", STRING);
                properties.put("value_columns", Map.of("type", "array", "items", STRING,
                        "description", "several columns, examined jointly by an isolation forest"));
                properties.put("date_column", STRING);
                properties.put("method", Map.of("type", "string", "enum", List.of("auto", "zscore", "robust_z", "iqr",
                        "isolation_forest", "seasonal"), "default", "auto"));
                properties.put("threshold", Map.of("type", "number"));
                properties.put("period", Map.of("type", "integer", "minimum", 2));
                properties.put("contamination", Map.of("type", "number"));
                return schema(List.of("value_column"), properties);
            }
            default -> {
                return null;
            }
        }
    }

    private static Map<String, Object> schema(List<String> required, Map<String, Object> properties) {
        return Map.of("type", "object", "required", required, "properties", properties);
    }
}
