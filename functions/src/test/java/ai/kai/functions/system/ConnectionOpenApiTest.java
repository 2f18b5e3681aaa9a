package ai.kai.functions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.Trigger;
import ai.kai.json.Json;

/** The OpenAPI document describes the bodies of the connection routes and never offers a secret in an answer. */
class ConnectionOpenApiTest {
    private static final JsonNode DOC = Json.mapper().valueToTree(OpenApiDocument.generate());
    private static final List<String> SECRETS = List.of("password", "private_key", "private_key_passphrase", "credentials");

    private static JsonNode operation(String function) {
        Trigger.Http route = (Trigger.Http) FunctionCatalog.byName(function).orElseThrow().trigger();
        return DOC.path("paths").path(route.path()).path(route.method().toLowerCase());
    }

    private static JsonNode bodySchema(String function) {
        return operation(function).path("requestBody").path("content").path("application/json").path("schema");
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode dataSchema(JsonNode response) {
        return response.path("content").path("application/json").path("schema").path("allOf").path(1)
                .path("properties").path("data");
    }

    @Test
    void shouldDescribeTheTypedFieldsOfEveryCreateRoute() {
        Map<String, List<String>> fields = Map.of(
                "kai-connections-create", List.of("alias", "uri", "type", "host", "port", "database", "user", "password", "path"),
                "kai-connections-create-bigquery", List.of("alias", "project", "dataset", "credentials"),
                "kai-connections-create-snowflake", List.of("alias", "account", "user", "password", "private_key", "warehouse"),
                "kai-connections-create-redshift", List.of("alias", "host", "database", "user", "password"),
                "kai-connections-create-duckdb", List.of("alias", "path"));
        fields.forEach((function, names) -> {
            JsonNode schema = bodySchema(function);
            assertThat(schema.path("required").toString()).as(function).isEqualTo("[\"alias\"]");
            assertThat(names(schema.path("properties"))).as(function).containsAll(names);
            assertThat(operation(function).path("responses").has("201")).as(function).isTrue();
            assertThat(names(dataSchema(operation(function).path("responses").path("201")).path("properties")))
                    .as(function).contains("alias", "type", "uri", "credential_fields");
        });
        assertThat(bodySchema("kai-connections-create-snowflake").path("properties").path("password").path("writeOnly")
                .asBoolean()).isTrue();
    }

    @Test
    void shouldDescribeTheQueryBodyAndResultAndTheOtherAnswers() {
        assertThat(bodySchema("kai-connections-query").path("required").toString()).isEqualTo("[\"sql\"]");
        assertThat(names(dataSchema(operation("kai-connections-query").path("responses").path("200")).path("properties"))).contains("columns", "rows", "row_count", "truncated");
        assertThat(dataSchema(operation("kai-connections-list").path("responses").path("200")).path("type").asText())
                .isEqualTo("array");
        assertThat(names(dataSchema(operation("kai-connections-test").path("responses").path("200")).path("properties"))).contains("ok", "latency_ms");
        assertThat(dataSchema(operation("kai-connections-schema").path("responses").path("200")).toString()).contains("tables");
    }

    @Test
    void shouldOfferNoSecretFieldInAnyConnectionAnswer() {
        for (String function : List.of("kai-connections-create", "kai-connections-create-snowflake", "kai-connections-get",
                "kai-connections-list")) {
            JsonNode responses = operation(function).path("responses");
            JsonNode success = responses.has("201") ? responses.path("201") : responses.path("200");
            String answer = dataSchema(success).toString();
            assertThat(answer).as(function).isNotEqualTo("\"\"").isNotEmpty();
            for (String secret : SECRETS) {
                assertThat(answer).as(function).doesNotContain("\"" + secret + "\"");
            }
        }
    }

    @Test
    void shouldOfferConnectionAndSqlAsADataSourceOfAnalysesAndCharts() {
        for (String function : List.of("kai-analytics-profile", "kai-analytics-statistics", "kai-analytics-forecast",
                "kai-analytics-anomalies", "kai-viz-generate", "kai-viz-recommend")) {
            assertThat(names(bodySchema(function).path("properties"))).as(function).contains("connection", "sql");
        }
    }
}
