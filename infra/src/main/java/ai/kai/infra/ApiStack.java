package ai.kai.infra;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import ai.kai.schedule.SchedulerSettings;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
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
 * The stateless part: one {@link KaiFunction} per catalog entry, the HTTP API with one route per
 * {@code Trigger.Http}, the S3 notifications of the {@code Trigger.ObjectCreated} entries and the scheduler
 * access of the {@code Trigger.Scheduled} ones. Reads the catalog and nothing else.
 */
public final class ApiStack extends Stack {
    private final InfraSettings settings;
    private final List<FunctionSpec> catalog;
    private final StorageStack storage;
    private final FunctionArtifacts artifacts;
    private final Optional<ILayerVersion> duckDbLayer;
    private final Map<String, KaiFunction> functions;
    private final Optional<ApiIdentity> identity;
    private final Optional<HttpApi> httpApi;
    private final Map<String, ScheduledTarget> scheduledTargets;
    /** The data bucket as imported here for S3 notifications; created with the first ObjectCreated function. */
    private IBucket notifyingBucket;

    public ApiStack(Construct scope, String id, StackProps props, InfraSettings settings, List<FunctionSpec> catalog,
                    StorageStack storage) {
        super(scope, id, props);
        this.settings = settings;
        this.catalog = List.copyOf(catalog);
        this.storage = storage;
        this.artifacts = FunctionArtifacts.from(settings);
        this.duckDbLayer = createDuckDbLayer();
        this.functions = createFunctions();
        LlmWiring.from(getNode()).apply(this, functions);
        this.identity = settings.deploysHttpApi() ? Optional.of(createIdentity()) : Optional.empty();
        this.httpApi = settings.deploysHttpApi() ? Optional.of(createHttpApi()) : Optional.empty();
        this.scheduledTargets = createTriggers();
        wireScheduleManagers();
        createOutputs();
    }

    /** The deployed functions by catalog name, in catalog order. */
    public Map<String, KaiFunction> functions() {
        return functions;
    }

    public Optional<HttpApi> httpApi() {
        return httpApi;
    }

    private Optional<ILayerVersion> createDuckDbLayer() {
        if (catalog.stream().noneMatch(spec -> spec.usesDuckDb())) {
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
        Map<Artifact, Code> codes = new EnumMap<>(Artifact.class);
        Map<String, KaiFunction> created = new LinkedHashMap<>();
        for (FunctionSpec spec : catalog) {
            Code code = codes.computeIfAbsent(spec.artifact(), a -> Code.fromAsset(artifacts.jar(a).toString()));
            List<ILayerVersion> layers = spec.usesDuckDb() ? List.of(duckDbLayer.orElseThrow()) : List.of();
            created.put(spec.name(), new KaiFunction(this, constructId(spec), spec, code, layers, settings,
                    storage.bucket(), storage.table(), storage.secretsKey()));
        }
        return Collections.unmodifiableMap(created);
    }

    private ApiIdentity createIdentity() {
        return new ApiIdentity(this, "Identity", settings);
    }

    private HttpApi createHttpApi() {
        return HttpApi.Builder.create(this, "HttpApi")
                .apiName("kai")
                .description("KAI Analytics API (payload format 2.0)")
                .build();
    }

    /** Wires every function to what invokes it; the switch is exhaustive, so a new kind of trigger fails to compile here. */
    private Map<String, ScheduledTarget> createTriggers() {
        Map<String, ScheduledTarget> scheduled = new LinkedHashMap<>();
        for (KaiFunction function : functions.values()) {
            switch (function.spec().trigger()) {
                case Trigger.Http http -> httpApi.ifPresent(api -> addRoute(api, function, http));
                case Trigger.ObjectCreated objectCreated -> addObjectCreatedNotification(function, objectCreated);
                case Trigger.Scheduled ignored -> scheduled.put(function.spec().name(),
                        new ScheduledTarget(this, constructId(function.spec()) + "Schedule", function));
            }
        }
        return scheduled;
    }

    /**
     * Functions with {@link Access#SCHEDULES} create the schedules at run time: they learn the group, the target
     * alias, the scheduler's role and the DLQ from their environment and may manage that group's schedules only.
     */
    private void wireScheduleManagers() {
        List<KaiFunction> managers = functions.values().stream()
                .filter(f -> f.spec().access().contains(Access.SCHEDULES)).toList();
        if (managers.isEmpty()) {
            return;
        }
        if (scheduledTargets.size() != 1) {
            throw new IllegalStateException(managers.getFirst().spec().name() + " manages schedules, which needs exactly one "
                    + "scheduled function in the catalog to target; found " + scheduledTargets.keySet());
        }
        ScheduledTarget target = scheduledTargets.values().iterator().next();
        for (KaiFunction manager : managers) {
            manager.function().addEnvironment(SchedulerSettings.GROUP, target.groupName());
            manager.function().addEnvironment(SchedulerSettings.TARGET_ARN, target.function().alias().getFunctionArn());
            manager.function().addEnvironment(SchedulerSettings.ROLE_ARN, target.role().getRoleArn());
            manager.function().addEnvironment(SchedulerSettings.DLQ_ARN, target.deadLetterQueue().getQueueArn());
            if (settings.localstack()) {
                manager.function().addEnvironment(SchedulerSettings.ENDPOINT, settings.localstackEndpoint());
            }
            AccessPolicies.scheduleManagement(target.groupName(), target.role())
                    .forEach(manager.function().getRole()::addToPrincipalPolicy);
        }
    }

    private void addRoute(HttpApi api, KaiFunction function, Trigger.Http http) {
        IHttpRouteAuthorizer authorizer = http.authenticated()
                ? identity.orElseThrow().authorizer()
                : new HttpNoneAuthorizer();
        api.addRoutes(AddRoutesOptions.builder()
                .path(http.path())
                .methods(List.of(HttpMethod.valueOf(http.method())))
                .integration(new HttpLambdaIntegration(constructId(function.spec()) + "Integration", function.alias()))
                .authorizer(authorizer)
                .build());
    }

    /**
     * The notification is attached to the bucket as imported into this stack: attached to the bucket construct
     * itself it would live in the storage stack and point back at these functions, a cycle between the stacks.
     * CDK then writes it through its notifications custom resource, leaving other notifications alone.
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
        httpApi.ifPresent(api -> output("ApiUrl", api.getApiEndpoint(), "KAI_ENDPOINT: the HTTP API's base URL"));
        identity.flatMap(ApiIdentity::userPool).ifPresent(pool -> output("UserPoolId", pool.getUserPoolId(),
                "Cognito user pool of KAI users (attribute custom:" + ApiIdentity.TENANT_ATTRIBUTE + ")"));
        identity.flatMap(ApiIdentity::client).ifPresent(client -> output("UserPoolClientId", client.getUserPoolClientId(),
                "App client for InitiateAuth (USER_PASSWORD_AUTH); its IdToken is KAI_TOKEN"));
        output("BucketName", storage.bucket().getBucketName(), "KAI_BUCKET");
        output("TableName", storage.table().getTableName(), "KAI_TABLE");
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
