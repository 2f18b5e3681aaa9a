package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.FUNCTION;
import static ai.kai.infra.TemplateFacts.functionId;
import static ai.kai.infra.TemplateFacts.list;
import static ai.kai.infra.TemplateFacts.map;
import static ai.kai.infra.TemplateFacts.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Every entry of the FunctionCatalog becomes one Lambda function, deployed the way DESIGN §2 and D3 say. */
class CatalogFunctionsTest {
    private static SynthesizedKai kai;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
    }

    @Test
    void shouldDeployEveryCatalogEntryAsOneFunctionNamedAfterIt() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            kai.templateOf(spec.name()).hasResourceProperties(FUNCTION, Map.of(
                    "FunctionName", spec.name(),
                    "Description", spec.summary(),
                    "Handler", spec.handler()));
        }
        assertThat(kai.functionStacks().values().stream().mapToInt(t -> t.findResources(FUNCTION,
                Map.of("Properties", Map.of("Handler", Match.stringLikeRegexp("^ai\\.kai\\..*")))).size()).sum())
                .as("KAI functions in the stacks").isEqualTo(FunctionCatalog.all().size());
    }

    @Test
    void shouldRunEveryFunctionOnJava21AndArm64() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            kai.templateOf(spec.name()).hasResourceProperties(FUNCTION, Map.of(
                    "FunctionName", spec.name(),
                    "Runtime", "java21",
                    "Architectures", List.of("arm64")));
        }
    }

    @Test
    void shouldSizeEveryFunctionAsItsCatalogEntrySays() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            kai.templateOf(spec.name()).hasResourceProperties(FUNCTION, Map.of(
                    "FunctionName", spec.name(),
                    "MemorySize", spec.memoryMb(),
                    "Timeout", spec.timeoutSeconds()));
        }
    }

    @Test
    void shouldGiveEveryFunctionSnapStartOnPublishedVersions() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            kai.templateOf(spec.name()).hasResourceProperties(FUNCTION, Map.of(
                    "FunctionName", spec.name(),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
        }
    }

    @Test
    void shouldPointAnAliasNamedLiveAtAPublishedVersionOfEveryFunction() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Template template = kai.templateOf(spec.name());
            String functionId = functionId(template, spec.name());
            Capture version = new Capture();
            template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                    "Name", "live",
                    "FunctionName", Map.of("Ref", functionId),
                    "FunctionVersion", Map.of("Fn::GetAtt", List.of(version, "Version"))));
            assertThat(template.findResources("AWS::Lambda::Version",
                    Map.of("Properties", Map.of("FunctionName", Map.of("Ref", functionId)))))
                    .as("published version of %s", spec.name())
                    .containsOnlyKeys(version.asString());
        }
    }

    @Test
    void shouldTellEveryFunctionWhereItsDataAndCacheLive() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            kai.templateOf(spec.name()).hasResourceProperties(FUNCTION, Map.of(
                    "FunctionName", spec.name(),
                    "Environment", Map.of("Variables", Map.of(
                            "KAI_BUCKET", Map.of("Fn::ImportValue", Match.stringLikeRegexp("KaiStorage:.*DataBucket.*")),
                            "KAI_TABLE", Map.of("Fn::ImportValue", Match.stringLikeRegexp("KaiStorage:.*MetadataTable.*")),
                            "KAI_CACHE_DIR", "/tmp/kai-cache",
                            "KAI_TENANT_CLAIM", "custom:tenant",
                            "HOME", "/tmp",
                            "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))));
        }
    }

    @Test
    void shouldAttachTheStacksOneDuckDbLayerToFunctionsWhoseArtifactNeedsIt() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Template template = kai.templateOf(spec.name());
            List<Object> layers = list(properties(template, functionId(template, spec.name())).get("Layers"));
            if (spec.usesDuckDb()) {
                template.resourceCountIs("AWS::Lambda::LayerVersion", 1);
                template.hasResourceProperties("AWS::Lambda::LayerVersion", Map.of(
                        "CompatibleRuntimes", List.of("java21"),
                        "CompatibleArchitectures", List.of("arm64")));
                String layerId = template.findResources("AWS::Lambda::LayerVersion").keySet().iterator().next();
                assertThat(layers).as("layers of %s", spec.name()).containsExactly(Map.of("Ref", layerId));
            } else {
                assertThat(layers).as("layers of %s", spec.name()).isEmpty();
            }
        }
        kai.stacks().functions().forEach(stack -> kai.functionStacks().get(stack.getStackName()).resourceCountIs("AWS::Lambda::LayerVersion",
                stack.functions().values().stream().anyMatch(f -> f.spec().usesDuckDb()) ? 1 : 0));
    }

    @Test
    void shouldKeepTmpWithinWhatSnapStartAllowsAndSizeTheCacheToIt() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Map<String, Object> props = TemplateFacts.functionProperties(kai, spec.name());
            assertThat(props.get("EphemeralStorage")).as(spec.name()).isEqualTo(Map.of("Size", 512));
            Map<String, Object> env = map(map(props.get("Environment")).get("Variables"));
            assertThat(env.get("KAI_CACHE_MAX_BYTES")).as(spec.name()).isEqualTo(Long.toString(512L * 1024 * 1024 * 6 / 10));
        }
    }

    @Test
    void shouldKeepEveryFunctionsLogsForThirtyDays() {
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Template template = kai.templateOf(spec.name());
            Map<String, Map<String, Object>> logGroups = template.findResources("AWS::Logs::LogGroup", Map.of("Properties",
                    Map.of("LogGroupName", "/aws/lambda/" + spec.name(), "RetentionInDays", 30)));
            assertThat(logGroups).as("log group of %s", spec.name()).hasSize(1);
            kai.templateOf(spec.name()).hasResourceProperties(FUNCTION, Map.of(
                    "FunctionName", spec.name(),
                    "LoggingConfig", Map.of("LogGroup", Map.of("Ref", logGroups.keySet().iterator().next()))));
        }
    }
}
