package ai.kai.agent.tools;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.query.QueryResult;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/**
 * The request body an analysis tool hands to the analytics services: the model's arguments plus the data, which the
 * model can only choose as {@code last_result} (rows of its last SQL result) or {@code file} (the run's own file).
 */
final class AnalysisInput {
    static final String SOURCE = "source";

    private AnalysisInput() {
    }

    static JsonObjectSchema.Builder schema() {
        return JsonObjectSchema.builder().addEnumProperty(SOURCE, List.of("last_result", "file"),
                "Analyse the rows of the last run_sql result (default) or the whole file").additionalProperties(false);
    }

    static ObjectNode body(JsonNode arguments, ToolContext context) {
        ObjectNode body = ((ObjectNode) arguments).deepCopy();
        String source = body.path(SOURCE).asText("last_result");
        body.remove(SOURCE);
        if ("file".equals(source)) {
            String fileId = context.data().fileId().orElseThrow(() -> new KaiException(ErrorCode.INVALID_REQUEST,
                    "source 'file' is only available for files; run_sql first and use source 'last_result'"));
            body.put("file_id", fileId);
            return body;
        }
        QueryResult last = context.lastResult().orElseThrow(() -> new KaiException(ErrorCode.INVALID_REQUEST,
                "there is no SQL result yet: call run_sql first (e.g. aggregate by month), then analyse 'last_result'"));
        ArrayNode rows = body.putArray("data");
        for (List<Object> row : last.rows()) {
            ObjectNode r = rows.addObject();
            for (int i = 0; i < last.columns().size(); i++) {
                r.set(last.columns().get(i), Json.mapper().valueToTree(row.get(i)));
            }
        }
        return body;
    }
}
