package ai.kai.functions.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FunctionCatalogTest {
    @Test
    void shouldNameEveryFunctionAndRouteOnce() {
        assertThat(FunctionCatalog.all()).extracting(FunctionSpec::name).doesNotHaveDuplicates();
        assertThat(FunctionCatalog.http()).extracting(f -> ((Trigger.Http) f.trigger()).routeKey()).doesNotHaveDuplicates();
    }

    @Test
    void shouldServeEveryFoundationRouteUnderApiV2() {
        Set<String> routes = FunctionCatalog.http().stream().map(f -> ((Trigger.Http) f.trigger()).routeKey())
                .collect(Collectors.toSet());
        assertThat(routes).contains("GET /api/v2/health", "GET /api/v2/openapi.json", "POST /api/v2/files/upload",
                "GET /api/v2/files", "GET /api/v2/files/{file_id}", "POST /api/v2/files/{file_id}/query",
                "DELETE /api/v2/files/{file_id}");
    }

    @Test
    void shouldGiveEveryHandlerAPublicNoArgConstructorAsLambdaRequires() throws Exception {
        for (FunctionSpec f : FunctionCatalog.all()) {
            assertThat(Modifier.isPublic(f.handlerClass().getModifiers())).as(f.name()).isTrue();
            assertThat(Modifier.isPublic(f.handlerClass().getConstructor().getModifiers())).as(f.name()).isTrue();
            assertThat(f.handler()).endsWith("::handleRequest");
        }
    }

    @Test
    void shouldRequireATokenEverywhereButHealthAndOpenApi() {
        assertThat(FunctionCatalog.http()).allSatisfy(f -> {
            Trigger.Http http = (Trigger.Http) f.trigger();
            boolean open = http.path().equals("/api/v2/health") || http.path().equals("/api/v2/openapi.json");
            assertThat(http.authenticated()).as(http.routeKey()).isEqualTo(!open);
        });
    }

    @Test
    void shouldKeepHttpFunctionsWithinApiGatewaysTimeoutAndIngestOnUploads() {
        assertThat(FunctionCatalog.http()).allSatisfy(f -> assertThat(f.timeoutSeconds()).isLessThan(30));
        FunctionSpec ingest = FunctionCatalog.byName("kai-files-ingest").orElseThrow();
        assertThat(ingest.trigger()).isEqualTo(new Trigger.ObjectCreated("tenants/", ""));
    }

    @Test
    void shouldGrantReadOnlyFunctionsNoWriteAccess() {
        assertThat(FunctionCatalog.byName("kai-files-query").orElseThrow().access())
                .containsExactlyInAnyOrder(Access.BLOB_READ, Access.METADATA_READ);
        assertThat(FunctionCatalog.byName("kai-health").orElseThrow().access()).isEmpty();
    }
}
