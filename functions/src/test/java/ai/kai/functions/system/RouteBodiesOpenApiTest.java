package ai.kai.functions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import ai.kai.json.Json;

/** The OpenAPI document describes the bodies and answers of the notebook, agent and knowledge routes. */
class RouteBodiesOpenApiTest {
    private static final JsonNode DOC = Json.mapper().valueToTree(OpenApiDocument.generate());

    private static JsonNode operation(String function) {
        Trigger.Http route = (Trigger.Http) FunctionCatalog.byName(function).orElseThrow().trigger();
        return DOC.path("paths").path(route.path()).path(route.method().toLowerCase());
    }

    private static JsonNode body(String function, String mediaType) {
        return operation(function).path("requestBody").path("content").path(mediaType).path("schema");
    }

    private static JsonNode data(String function, String status) {
        return operation(function).path("responses").path(status).path("content").path("application/json")
                .path("schema").path("allOf").path(1).path("properties").path("data");
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void shouldDescribeARequestBodyForEveryAuthenticatedPostAndPut() {
        List<String> missing = new ArrayList<>();
        for (FunctionSpec f : FunctionCatalog.http()) {
            Trigger.Http route = (Trigger.Http) f.trigger();
            if (!route.authenticated() || !List.of("POST", "PUT").contains(route.method())) {
                continue;
            }
            JsonNode content = operation(f.name()).path("requestBody").path("content");
            boolean described = content.size() > 0;
            for (JsonNode media : content) {
                described &= media.path("schema").size() > 0;
            }
            if (!described) {
                missing.add(f.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldDescribeNotebooksAsJsonOrYamlAndTheirRunsAndSchedules() {
        JsonNode spec = body("kai-notebooks-create", "application/json");
        assertThat(spec.path("required").toString()).isEqualTo("[\"name\",\"cells\"]");
        assertThat(names(spec.path("properties"))).contains("name", "file_id", "time_zone", "parameters", "cells");
        assertThat(spec.path("properties").path("cells").path("items").path("required").toString()).isEqualTo("[\"id\",\"type\"]");
        assertThat(spec.path("properties").path("cells").path("items").path("properties").path("type").path("enum").toString())
                .contains("\"query\"", "\"visualization\"", "\"text\"");
        assertThat(body("kai-notebooks-create", "application/yaml")).isEqualTo(spec);
        assertThat(body("kai-notebooks-update", "application/json")).isEqualTo(spec);
        assertThat(names(operation("kai-notebooks-import").path("requestBody").path("content")))
                .containsExactly("application/yaml", "text/plain");
        assertThat(operation("kai-notebooks-create").path("responses").has("201")).isTrue();
        assertThat(names(data("kai-notebooks-get", "200").path("properties"))).contains("id", "name", "cells", "created_at");

        assertThat(operation("kai-notebooks-run").path("requestBody").path("required").asBoolean()).isFalse();
        assertThat(names(body("kai-notebooks-run", "application/json").path("properties"))).containsExactly("parameters");
        assertThat(operation("kai-notebooks-run").path("responses").has("200")).isFalse();
        assertThat(names(data("kai-notebooks-run", "202").path("properties"))).contains("run_id", "status", "cells");
        assertThat(data("kai-notebooks-runs", "200").path("type").asText()).isEqualTo("array");

        assertThat(body("kai-notebooks-from-template", "application/json").path("required").toString())
                .isEqualTo("[\"template_id\"]");
        JsonNode schedule = body("kai-notebooks-schedule-put", "application/json");
        assertThat(names(schedule.path("properties"))).contains("cron", "timezone", "parameters");
        assertThat(schedule.path("anyOf").toString()).contains("cron");
        assertThat(names(data("kai-notebooks-schedule-put", "201").path("properties"))).contains("expression", "next_runs");
        assertThat(data("kai-notebooks-report", "200").path("oneOf").toString()).contains("\"url\"", "\"sections\"");
    }

    @Test
    void shouldDescribeTheAgentQuestionsAndTheirAnswers() {
        JsonNode analyze = body("kai-files-analyze", "application/json");
        assertThat(names(analyze.path("properties"))).contains("prompt", "question", "output_format", "chart_type");
        assertThat(analyze.path("anyOf").toString()).contains("prompt", "question");
        assertThat(names(data("kai-files-analyze", "200").path("properties")))
                .contains("explanation", "sql", "result", "chart", "stop_reason", "steps");

        JsonNode runs = body("kai-agent-runs-create", "application/json");
        assertThat(names(runs.path("properties"))).contains("question", "file_id", "connection", "session_id");
        assertThat(runs.path("allOf").path(1).path("oneOf").toString()).contains("file_id", "connection");
        assertThat(operation("kai-agent-runs-create").path("responses").has("200")).isFalse();
        assertThat(names(data("kai-agent-runs-create", "202").path("properties"))).contains("task_id", "status", "poll");
        assertThat(names(data("kai-analysis-get", "200").path("properties"))).contains("status", "steps", "answer", "error");
    }

    @Test
    void shouldDescribeMemoriesSkillsAndSemanticLayers() {
        assertThat(body("kai-memory-remember", "application/json").path("required").toString()).isEqualTo("[\"fact\"]");
        assertThat(names(operation("kai-memory-remember").path("responses"))).startsWith("201", "200");
        assertThat(names(data("kai-memory-remember", "201").path("properties"))).containsExactly("memory", "duplicate");
        assertThat(operation("kai-memory-search").path("parameters").toString()).contains("\"q\"");
        assertThat(names(data("kai-memory-search", "200").path("properties"))).containsExactly("results");

        assertThat(body("kai-skills-create", "text/markdown").path("type").asText()).isEqualTo("string");
        assertThat(body("kai-skills-create", "application/json").path("required").toString()).isEqualTo("[\"markdown\"]");
        assertThat(names(data("kai-skills-create", "201").path("properties"))).contains("name", "description", "body");

        assertThat(operation("kai-mdl-put").path("requestBody").path("required").asBoolean()).isTrue();
        assertThat(body("kai-mdl-put", "application/yaml").path("type").asText()).isEqualTo("string");
        assertThat(operation("kai-mdl-validate").path("requestBody").path("required").asBoolean()).isFalse();
        assertThat(names(data("kai-mdl-validate", "200").path("properties"))).contains("valid", "problems");
        assertThat(body("kai-mdl-generate", "application/json").path("oneOf").toString()).contains("file_id", "table");
        assertThat(names(data("kai-mdl-get", "200").path("properties"))).contains("source", "yaml", "layer");
    }
}
