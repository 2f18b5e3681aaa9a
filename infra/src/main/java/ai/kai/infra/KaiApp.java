package ai.kai.infra;

import java.util.List;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: a storage stack (bucket, table) and an API stack (every function of the {@link FunctionCatalog},
 * the HTTP API, triggers). {@code cdk synth|deploy} runs {@link #main} through Maven (see cdk.json); tests call
 * {@link #define} with an {@link App} of their own.
 */
public final class KaiApp {
    public static final String STORAGE_STACK = "KaiStorage";
    public static final String API_STACK = "KaiApi";

    /** The stacks of one app, for tests and for anything that composes this app. */
    public record Stacks(InfraSettings settings, StorageStack storage, ApiStack api) {
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
        ApiStack api = new ApiStack(app, API_STACK, StackProps.builder().env(environment)
                .description("KAI Analytics: functions, HTTP API and triggers").build(), settings, functions, storage);
        Tags.of(app).add("project", "kai-analytics");
        return new Stacks(settings, storage, api);
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
