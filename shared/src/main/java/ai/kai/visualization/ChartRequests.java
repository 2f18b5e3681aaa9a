package ai.kai.visualization;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/**
 * The chart spec of a generate request: {@code chart_type} plus {@code config} with the spec's fields (snake_case:
 * {@code x}, {@code y}, {@code color}, {@code size}, {@code facet}, {@code aggregation}, {@code sort}, {@code title},
 * {@code x_label}, {@code y_label}, {@code theme}, {@code width}, {@code height}, …). {@code y} may be one name or a
 * list; {@code x_column}, {@code y_column}, {@code color_column}, {@code size_column}, {@code facet_column} and
 * {@code agg} are accepted as aliases.
 */
public final class ChartRequests {
    private static final Map<String, String> ALIASES = Map.of("x_column", "x", "y_column", "y", "color_column", "color",
            "size_column", "size", "facet_column", "facet", "agg", "aggregation", "chart_type", "type");

    private ChartRequests() {
    }

    public static ChartSpec spec(JsonNode body) {
        JsonNode config = body.path("config");
        if (!config.isMissingNode() && !config.isNull() && !config.isObject()) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "'config' must be an object of chart settings, e.g. "
                    + "{\"x\": \"region\", \"y\": \"revenue\", \"aggregation\": \"sum\"}");
        }
        ObjectNode merged = config.isObject() ? ((ObjectNode) config).deepCopy() : Json.mapper().createObjectNode();
        ALIASES.forEach((alias, field) -> {
            if (merged.hasNonNull(alias) && !merged.hasNonNull(field)) {
                merged.set(field, merged.get(alias));
            }
            merged.remove(alias);
        });
        JsonNode type = body.get("chart_type");
        if (type != null && !type.isNull()) {
            merged.set("type", type);
        }
        if (!merged.hasNonNull("type")) {
            throw new KaiException(ErrorCode.UNKNOWN_CHART_TYPE, "'chart_type' is required; use one of " + ChartType.ids());
        }
        for (String listField : new String[] {"y", "path"}) {
            JsonNode v = merged.get(listField);
            if (v != null && v.isTextual()) {
                ArrayNode list = merged.putArray(listField);
                for (String name : v.asText().split(",")) {
                    if (!name.isBlank()) {
                        list.add(name.trim());
                    }
                }
            }
        }
        return withDefaults(JsonRequests.bind(merged, ChartSpec.class, ErrorCode.INVALID_CHART_SPEC, "the chart config"));
    }

    /**
     * A bar of a measure with no aggregation named sums it per category: rows sharing a category would otherwise be
     * drawn as bars on top of each other, and where each category has one row the sum is that row's value.
     */
    static ChartSpec withDefaults(ChartSpec spec) {
        if (spec.type().isBar() && spec.aggregation() == Aggregation.NONE && !spec.y().isEmpty()) {
            return spec.toBuilder().aggregation(Aggregation.SUM).build();
        }
        return spec;
    }
}
