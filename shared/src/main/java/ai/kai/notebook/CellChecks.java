package ai.kai.notebook;

import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.analytics.AnomalyCall;
import ai.kai.analytics.ForecastCall;
import ai.kai.analytics.StatisticsCall;
import ai.kai.error.KaiException;

/**
 * What each cell type needs, checked when a notebook is saved: SQL for query and code cells, a source and a chart
 * spec for visualizations, valid analytics options (checked by the same request parsers as the analytics API).
 */
final class CellChecks {
    private CellChecks() {
    }

    static void check(Cell cell, String at, BiFunction<String, String, KaiException> invalid) {
        switch (cell.type()) {
            case QUERY, CODE -> require(cell.sql(), at + "/sql", "a " + cell.type().wire() + " cell needs 'sql'", invalid);
            case TEXT -> require(cell.text(), at + "/text", "a text cell needs 'text' (Markdown)", invalid);
            case VISUALIZATION -> {
                require(cell.source(), at + "/source", "a visualization needs 'source': the cell whose rows it draws", invalid);
                if (cell.options() == null || !cell.options().isObject()) {
                    throw invalid.apply(at + "/chart", "a visualization needs 'chart': {type, x, y, …}");
                }
                parse(at + "/chart", invalid, () -> ChartCellExecutor.spec(cell.options()));
            }
            case STATS -> parse(at + "/options", invalid, () -> StatisticsCall.from(probe(cell)));
            case FORECAST -> parse(at + "/options", invalid, () -> ForecastCall.from(probe(cell)));
            case ANOMALIES -> parse(at + "/options", invalid, () -> AnomalyCall.from(probe(cell)));
            case PROFILE -> {
            }
        }
    }

    /** The analytics request body a cell's options make, over a placeholder file: checks shape, reads nothing. */
    static ObjectNode probe(Cell cell) {
        ObjectNode body = cell.options() != null && cell.options().isObject() ? ((ObjectNode) cell.options()).deepCopy()
                : ai.kai.json.Json.mapper().createObjectNode();
        body.remove("data");
        body.put("file_id", "f_check");
        return body;
    }

    private static void require(String value, String pointer, String message,
                                BiFunction<String, String, KaiException> invalid) {
        if (value == null || value.isBlank()) {
            throw invalid.apply(pointer, message);
        }
    }

    private static void parse(String pointer, BiFunction<String, String, KaiException> invalid, java.util.function.Supplier<?> check) {
        try {
            check.get();
        } catch (KaiException e) {
            if (!e.isClientError()) {
                throw e;
            }
            throw invalid.apply(pointer, e.getMessage());
        }
    }

    static JsonNode orEmpty(JsonNode node) {
        return node == null ? ai.kai.json.Json.mapper().createObjectNode() : node;
    }
}
