package ai.kai.infra;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: a storage stack (bucket, table, key), an API stack (the HTTP API and its identity provider, unless the
 * target has no API Gateway v2) and one
 * functions stack per {@link Artifact} of the {@link FunctionCatalog} (its functions, routes and triggers), so that
 * no stack nears CloudFormation's 500 resources. {@code cdk synth|deploy} runs {@link #main} through Maven (see
 * cdk.json); tests call {@link #define} with an {@link App} of their own.
 */
public final class KaiApp {
    public static final String STORAGE_STACK = "KaiStorage";
    public static final String API_STACK = "KaiApi";

    /** The stacks of one app, for tests and for anything that composes this app. */
    public record Stacks(InfraSettings settings, StorageStack storage, Optional<ApiStack> api, List<FunctionsStack> functions) {
        public Stacks {
            functions = List.copyOf(functions);
        }
    }

    private KaiApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        define(app, FunctionCatalog.all());
        app.synth();
    }

    /** Adds KAI's stacks for these functions to the app, configured by the app's context. */
    public static Stacks define(App app, List<FunctionSpec> functions) {
        InfraSettings settings = InfraSettings.from(app.getNode());
        Environment environment = environment(settings);
        StorageStack storage = new StorageStack(app, STORAGE_STACK, StackProps.builder().env(environment)
                .description("KAI Analytics: data bucket and metadata table").build(), settings);
        Optional<ApiStack> api = settings.deploysHttpApi()
                ? Optional.of(new ApiStack(app, API_STACK, StackProps.builder().env(environment)
                        .description("KAI Analytics: HTTP API and identity provider").build(), settings, storage))
                : Optional.empty();
        List<FunctionsStack> functionStacks = new ArrayList<>();
        byArtifact(functions).forEach((artifact, specs) -> functionStacks.add(new FunctionsStack(app,
                FunctionsStack.idOf(artifact), StackProps.builder().env(environment)
                .description("KAI Analytics: " + artifact.classifier() + " functions, their routes and triggers").build(),
                settings, artifact, specs, storage, api)));
        ScheduleManagers.wire(settings, functionStacks);
        Tags.of(app).add("project", "kai-analytics");
        return new Stacks(settings, storage, api, functionStacks);
    }

    /** The catalog split by jar, in {@link Artifact} order; artifacts without functions get no stack. */
    private static Map<Artifact, List<FunctionSpec>> byArtifact(List<FunctionSpec> functions) {
        Map<Artifact, List<FunctionSpec>> grouped = new EnumMap<>(Artifact.class);
        functions.forEach(spec -> grouped.computeIfAbsent(spec.artifact(), a -> new ArrayList<>()).add(spec));
        return grouped;
    }

    /** LocalStack's fixed account and region; otherwise the CLI's current account/region (env-agnostic if unset). */
    private static Environment environment(InfraSettings settings) {
        if (settings.localstack()) {
            return Environment.builder()
                    .account(InfraSettings.LOCALSTACK_ACCOUNT)
                    .region(InfraSettings.LOCALSTACK_REGION)
                    .build();
        }
        return Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION"))
                .build();
    }
}
