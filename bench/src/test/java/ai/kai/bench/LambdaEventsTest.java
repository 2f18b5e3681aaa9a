package ai.kai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;

class LambdaEventsTest {
    @Test
    void shouldUseTheCatalogsPathTemplateAsTheRouteKey() throws IOException {
        JsonNode event = Json.mapper().readTree(LambdaEvents.httpApi("POST", "/api/v2/files/f-1/query",
                Map.of("file_id", "f-1"), "{\"sql\":\"SELECT 1\"}", "tok"));

        assertThat(event.path("routeKey").asText()).isEqualTo("POST /api/v2/files/{file_id}/query");
        assertThat(event.path("requestContext").path("routeKey").asText()).isEqualTo("POST /api/v2/files/{file_id}/query");
        assertThat(event.path("rawPath").asText()).isEqualTo("/api/v2/files/f-1/query");
        assertThat(event.path("pathParameters").path("file_id").asText()).isEqualTo("f-1");
        assertThat(event.path("body").asText()).isEqualTo("{\"sql\":\"SELECT 1\"}");
        assertThat(event.path("headers").path("content-type").asText()).isEqualTo("application/json");
    }

    @Test
    void shouldCarryTheTokenAndTheTenantClaimOnlyWhenAuthenticated() throws IOException {
        JsonNode signedIn = Json.mapper().readTree(LambdaEvents.httpApi("GET", "/api/v2/files", Map.of(), null, "tok"));
        JsonNode anonymous = Json.mapper().readTree(LambdaEvents.httpApi("GET", "/api/v2/files", Map.of(), null, null));

        assertThat(signedIn.path("headers").path("authorization").asText()).isEqualTo("Bearer tok");
        assertThat(signedIn.at("/requestContext/authorizer/jwt/claims/custom:tenant").asText()).isEqualTo(BenchStack.TENANT);
        assertThat(anonymous.path("headers").has("authorization")).isFalse();
        assertThat(anonymous.path("requestContext").has("authorizer")).isFalse();
        assertThat(anonymous.has("pathParameters")).isFalse();
        assertThat(anonymous.has("body")).isFalse();
    }

    @Test
    void shouldDescribeOneCreatedObjectInTheS3Notification() throws IOException {
        JsonNode event = Json.mapper().readTree(LambdaEvents.s3ObjectCreated("eu-west-1", "bucket-a", "t/f/original.csv",
                58_000, "abc"));

        JsonNode record = event.path("Records").get(0);
        assertThat(event.path("Records")).hasSize(1);
        assertThat(record.path("eventName").asText()).isEqualTo("ObjectCreated:Put");
        assertThat(record.path("awsRegion").asText()).isEqualTo("eu-west-1");
        assertThat(record.at("/s3/bucket/name").asText()).isEqualTo("bucket-a");
        assertThat(record.at("/s3/object/key").asText()).isEqualTo("t/f/original.csv");
        assertThat(record.at("/s3/object/size").asLong()).isEqualTo(58_000);
        assertThat(record.at("/s3/object/eTag").asText()).isEqualTo("abc");
        assertThat(Json.mapper().readTree(LambdaEvents.s3Empty()).path("Records")).isEmpty();
    }
}
