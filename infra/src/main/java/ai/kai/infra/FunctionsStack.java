package ai.kai.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.LayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/**
 * The functions of one {@link Artifact} (one jar, one capability) and everything that invokes them: one
 * {@link KaiFunction} per catalog entry, its route on the shared HTTP API ({@code Trigger.Http}), its S3
 * notification ({@code Trigger.ObjectCreated}) and its scheduler wiring ({@code Trigger.Scheduled}). Depends on the
 * storage and API stacks, never the other way round, so the stacks stay acyclic however they are split.
 */
public final class FunctionsStack extends Stack {
    private final InfraSettings settings;
    private final List<FunctionSpec> specs;
    private final StorageStack storage;
    private final Optional<ApiStack> api;
    private final Code code;
    private final Optional<ILayerVersion> duckDbLayer;
    private final Map<String, KaiFunction> functions;
    private final Map<String, ScheduledTarget> scheduledTargets;
    /** The data bucket as imported here for S3 notifications; created with the first ObjectCreated function. */
    private IBucket notifyingBucket;

    public FunctionsStack(Construct scope, String id, StackProps props, InfraSettings settings, Artifact artifact,
                          List<FunctionSpec> specs, StorageStack storage, Optional<ApiStack> api) {
        super(scope, id, props);
        this.settings = settings;
        this.specs = List.copyOf(specs);
        this.storage = storage;
        this.api = api;
        FunctionArtifacts artifacts = FunctionArtifacts.from(settings);
        this.code = Code.fromAsset(artifacts.jar(artifact).toString());
        this.duckDbLayer = createDuckDbLayer(artifacts);
        this.functions = createFunctions();
        LlmWiring.from(getNode()).apply(this, functions);
        this.scheduledTargets = createTriggers();
        createOutputs();
    }

    /** The stack id of an artifact's functions: {@code agent} becomes {@code KaiAgentFunctions}. */
    public static String idOf(Artifact artifact) {
        String classifier = artifact.classifier();
        return "Kai" + Character.toUpperCase(classifier.charAt(0)) + classifier.substring(1) + "Functions";
    }

    /** The deployed functions by catalog name, in catalog order. */
    public Map<String, KaiFunction> functions() {
        return functions;
    }

    /** What EventBridge Scheduler needs for each scheduled function here, by catalog name. */
    public Map<String, ScheduledTarget> scheduledTargets() {
        return scheduledTargets;
    }

    /**
     * One layer per stack that needs it, all from the same asset (uploaded once): a layer shared through an export
     * would block every layer update, since CloudFormation refuses to change an export another stack imports.
     */
    private Optional<ILayerVersion> createDuckDbLayer(FunctionArtifacts artifacts) {
        if (specs.stream().noneMatch(FunctionSpec::usesDuckDb)) {
            return Optional.empty();
        }
        return Optional.of(LayerVersion.Builder.create(this, "DuckDbLayer")
                .description("DuckDB JDBC with only its linux-arm64 native (DESIGN D4)")
                .code(Code.fromAsset(artifacts.duckDbLayerDir().toString()))
                .compatibleRuntimes(List.of(Runtime.JAVA_21))
                .compatibleArchitectures(List.of(Architecture.ARM_64))
                .build());
    }

    private Map<String, KaiFunction> createFunctions() {
        Map<String, KaiFunction> created = new LinkedHashMap<>();
        for (FunctionSpec spec : specs) {
            List<ILayerVersion> layers = spec.usesDuckDb() ? List.of(duckDbLayer.orElseThrow()) : List.of();
            created.put(spec.name(), new KaiFunction(this, constructId(spec), spec, code, layers, settings,
                    storage.bucket(), storage.table(), storage.secretsKey()));
        }
        return Collections.unmodifiableMap(created);
    }

    /** Wires every function to what invokes it; the switch is exhaustive, so a new kind of trigger fails to compile here. */
    private Map<String, ScheduledTarget> createTriggers() {
        Map<String, ScheduledTarget> scheduled = new LinkedHashMap<>();
        for (KaiFunction function : functions.values()) {
            switch (function.spec().trigger()) {
                case Trigger.Http http -> api.ifPresent(a -> addRoute(a, function, http));
                case Trigger.ObjectCreated objectCreated -> addObjectCreatedNotification(function, objectCreated);
                case Trigger.Scheduled ignored -> scheduled.put(function.spec().name(),
                        new ScheduledTarget(this, constructId(function.spec()) + "Schedule", function));
            }
        }
        return Collections.unmodifiableMap(scheduled);
    }

    /**
     * The route is created in this stack (not through {@code httpApi.addRoutes}, which would put it in the API's
     * stack and make that stack reference these functions): route, integration and invoke permission sit next to
     * the function and reference the API, whose authorizer stays in the API stack.
     */
    private void addRoute(ApiStack apiStack, KaiFunction function, Trigger.Http http) {
        IHttpRouteAuthorizer authorizer = http.authenticated()
                ? apiStack.identity().authorizer()
                : new HttpNoneAuthorizer();
        String id = constructId(function.spec());
        HttpRoute.Builder.create(this, id + "Route")
                .httpApi(apiStack.httpApi())
                .routeKey(HttpRouteKey.with(http.path(), HttpMethod.valueOf(http.method())))
                .integration(new HttpLambdaIntegration(id + "Integration", function.alias()))
                .authorizer(authorizer)
                .build();
    }

    /**
     * The notification is attached to the bucket as imported into this stack: attached to the bucket construct
     * itself it would live in the storage stack and point back at these functions, a cycle between the stacks.
     * CDK then writes it through its notifications custom resource, which leaves the notifications of other
     * stacks alone (it replaces only the ones it wrote itself).
     */
    private void addObjectCreatedNotification(KaiFunction function, Trigger.ObjectCreated trigger) {
        if (notifyingBucket == null) {
            notifyingBucket = Bucket.fromBucketAttributes(this, "DataBucketNotifications", BucketAttributes.builder()
                    .bucketArn(storage.bucket().getBucketArn())
                    .bucketName(storage.bucket().getBucketName())
                    .build());
        }
        notifyingBucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(function.alias()),
                keyFilter(trigger));
    }

    private static NotificationKeyFilter keyFilter(Trigger.ObjectCreated trigger) {
        NotificationKeyFilter.Builder filter = NotificationKeyFilter.builder();
        if (!trigger.keyPrefix().isEmpty()) {
            filter.prefix(trigger.keyPrefix());
        }
        if (!trigger.keySuffix().isEmpty()) {
            filter.suffix(trigger.keySuffix());
        }
        return filter.build();
    }

    private void createOutputs() {
        scheduledTargets.forEach((name, target) -> {
            String id = constructId(functions.get(name).spec());
            output(id + "SchedulerRoleArn", target.role().getRoleArn(), "role EventBridge Scheduler assumes to invoke " + name);
            output(id + "ScheduleDlqArn", target.deadLetterQueue().getQueueArn(), "dead-letter queue for schedules of " + name);
        });
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    /** {@code kai-files-query} becomes {@code KaiFilesQuery}: stable logical ids derived from catalog names. */
    static String constructId(FunctionSpec spec) {
        StringBuilder id = new StringBuilder();
        for (String part : spec.name().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
