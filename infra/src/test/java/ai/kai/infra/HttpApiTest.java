package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.liveAliasId;
import static ai.kai.infra.TemplateFacts.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The HTTP API has exactly the catalog's routes, guarded by a JWT authorizer where the catalog says so. */
class HttpApiTest {
    private static final String ROUTE = "AWS::ApiGatewayV2::Route";
    private static SynthesizedKai kai;
    private static Template api;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
        api = kai.api();
    }

    @Test
    void shouldHaveOneRoutePerHttpCatalogEntryWithItsExactRouteKey() {
        api.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        api.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP"));
        api.resourceCountIs(ROUTE, 0); // each route lives with its function, so the API stack never grows with the catalog
        assertThat(kai.functionResourceCount(ROUTE)).isEqualTo(FunctionCatalog.http().size());
        String apiId = api.findResources("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        for (FunctionSpec spec : FunctionCatalog.http()) {
            String routeKey = ((Trigger.Http) spec.trigger()).routeKey();
            assertThat(routesWithKey(routeKey)).as("routes of %s", spec.name()).hasSize(1);
            assertThat(kai.templateOf(spec.name()).findResources(ROUTE, Map.of("Properties", Map.of("RouteKey", routeKey))))
                    .as("route of %s next to its function", spec.name()).hasSize(1);
            assertThat(String.valueOf(routeProperties(routeKey).get("ApiId"))).as("API of %s", spec.name())
                    .contains("Fn::ImportValue").contains(apiId);
        }
        assertThat(routesWithKey("POST /api/v2/files/{file_id}/query")).hasSize(1);
        assertThat(routesWithKey("GET /api/v2/health")).hasSize(1);
    }

    @Test
    void shouldRequireAVerifiedJwtOnAuthenticatedRoutesOnly() {
        String authorizerId = api.findResources("AWS::ApiGatewayV2::Authorizer").keySet().iterator().next();
        for (FunctionSpec spec : FunctionCatalog.http()) {
            Trigger.Http http = (Trigger.Http) spec.trigger();
            Map<String, Object> route = routeProperties(http.routeKey());
            if (http.authenticated()) {
                assertThat(route).as(http.routeKey())
                        .containsEntry("AuthorizationType", "JWT")
                        .extractingByKey("AuthorizerId").asString()
                        .startsWith("{Fn::ImportValue=" + KaiApp.API_STACK + ":").contains("Ref" + authorizerId);
            } else {
                assertThat(route).as(http.routeKey()).containsEntry("AuthorizationType", "NONE").doesNotContainKey("AuthorizerId");
            }
        }
        assertThat(routeProperties("GET /api/v2/health")).containsEntry("AuthorizationType", "NONE");
        assertThat(routeProperties("GET /api/v2/openapi.json")).containsEntry("AuthorizationType", "NONE");
    }

    @Test
    void shouldSendEveryRouteToItsFunctionsLiveAliasWithPayloadFormat2() {
        for (FunctionSpec spec : FunctionCatalog.http()) {
            Map<String, Object> route = routeProperties(((Trigger.Http) spec.trigger()).routeKey());
            String integrationId = integrationIdIn(route);
            assertThat(route.get("Target")).isEqualTo(Map.of("Fn::Join", List.of("", List.of("integrations/",
                    Map.of("Ref", integrationId)))));
            assertThat(properties(kai.templateOf(spec.name()), integrationId))
                    .as("integration of %s", spec.name())
                    .containsEntry("IntegrationType", "AWS_PROXY")
                    .containsEntry("PayloadFormatVersion", "2.0")
                    .containsEntry("IntegrationUri", Map.of("Ref", liveAliasId(kai, spec.name())));
        }
    }

    @Test
    void shouldTrustOnlyIdTokensIssuedByTheKaiUserPoolToItsClient() {
        api.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
        String poolId = api.findResources("AWS::Cognito::UserPool").keySet().iterator().next();
        String clientId = api.findResources("AWS::Cognito::UserPoolClient").keySet().iterator().next();
        api.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of(
                        "Audience", List.of(Map.of("Ref", clientId)),
                        "Issuer", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(
                                "https://cognito-idp.", ".amazonaws.com/", Map.of("Ref", poolId))))))));
    }

    @Test
    void shouldLetOnlyAdministratorsSetAUsersImmutableTenant() {
        api.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                "Schema", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Name", "tenant", "AttributeDataType", "String", "Mutable", false))))));
        api.hasResourceProperties("AWS::Cognito::UserPoolClient", Map.of(
                "GenerateSecret", false,
                "ExplicitAuthFlows", Match.arrayWith(List.of("ALLOW_USER_PASSWORD_AUTH")),
                "ReadAttributes", Match.arrayWith(List.of("custom:tenant")),
                "WriteAttributes", List.of("email")));
    }

    @Test
    void shouldOutputTheApiUrlAndWhatACliNeedsToSignIn() {
        api.hasOutput("ApiUrl", Map.of("Value", Map.of("Fn::GetAtt", List.of(
                api.findResources("AWS::ApiGatewayV2::Api").keySet().iterator().next(), "ApiEndpoint"))));
        api.hasOutput("UserPoolId", Map.of("Value", Map.of("Ref", Match.anyValue())));
        api.hasOutput("UserPoolClientId", Map.of("Value", Map.of("Ref", Match.anyValue())));
        api.hasOutput("BucketName", Map.of("Value", Map.of("Fn::ImportValue", Match.anyValue())));
        api.hasOutput("TableName", Map.of("Value", Map.of("Fn::ImportValue", Match.anyValue())));
    }

    /** The routes with this key in any stack of the app. */
    private Map<String, Map<String, Object>> routesWithKey(String routeKey) {
        Map<String, Map<String, Object>> found = new java.util.LinkedHashMap<>();
        kai.functionStacks().forEach((stack, template) -> template.findResources(ROUTE,
                Map.of("Properties", Map.of("RouteKey", routeKey))).forEach((id, route) -> found.put(stack + "/" + id, route)));
        api.findResources(ROUTE, Map.of("Properties", Map.of("RouteKey", routeKey))).forEach(found::put);
        return found;
    }

    private Map<String, Object> routeProperties(String routeKey) {
        Map<String, Map<String, Object>> routes = routesWithKey(routeKey);
        assertThat(routes).as("routes %s", routeKey).hasSize(1);
        return TemplateFacts.map(routes.values().iterator().next().get("Properties"));
    }

    private static String integrationIdIn(Map<String, Object> route) {
        Map<String, Object> join = TemplateFacts.map(route.get("Target"));
        List<Object> parts = TemplateFacts.list(TemplateFacts.list(join.get("Fn::Join")).get(1));
        assertThat(parts).hasSize(2).first().isEqualTo("integrations/");
        return (String) TemplateFacts.map(parts.get(1)).get("Ref");
    }
}
