package ai.kai.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * One catalog entry as deployed: its own role (with only what {@code spec.access()} allows), log group, the
 * function (java21, arm64, SnapStart on published versions), the version published from its current
 * configuration, and the alias {@value #ALIAS} that every trigger points at.
 */
public final class KaiFunction extends Construct {
    public static final String ALIAS = "live";
    static final String CACHE_DIR = "/tmp/kai-cache";
    /** C1 only: the cheapest JIT for short-lived request handlers; heavy work runs in DuckDB's native code. */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    private final FunctionSpec spec;
    private final Function function;
    private final Alias alias;

    public KaiFunction(Construct scope, String id, FunctionSpec spec, Code code, List<ILayerVersion> layers,
                       InfraSettings settings, IBucket bucket, ITable table, IKey secretsKey) {
        super(scope, id);
        this.spec = spec;
        IRole role = createRole(new AccessPolicies(bucket, table, secretsKey));
        this.function = createFunction(code, layers, role, createLogGroup(),
                environment(settings, bucket, table, secretsKey), settings);
        this.alias = createAlias();
    }

    public FunctionSpec spec() {
        return spec;
    }

    public Function function() {
        return function;
    }

    /** What routes, notifications and schedules invoke: always the published SnapStart version. */
    public Alias alias() {
        return alias;
    }

    private IRole createRole(AccessPolicies policies) {
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs " + spec.name() + "; data access: " + (spec.access().isEmpty() ? "none" : spec.access()))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")))
                .build();
        policies.statementsFor(spec.access()).forEach(role::addToPrincipalPolicy);
        return role;
    }

    private LogGroup createLogGroup() {
        return LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + spec.name())
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }

    private Function createFunction(Code code, List<ILayerVersion> layers, IRole role, LogGroup logs,
                                    Map<String, String> environment, InfraSettings settings) {
        return Function.Builder.create(this, "Function")
                .functionName(spec.name())
                .description(spec.summary())
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(spec.handler())
                .code(code)
                .layers(layers)
                .memorySize(spec.memoryMb())
                .ephemeralStorageSize(Size.mebibytes(spec.ephemeralStorageMb()))
                .timeout(Duration.seconds(spec.timeoutSeconds()))
                .role(role)
                .logGroup(logs)
                .environment(environment)
                .snapStart(settings.snapStart() ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                .build();
    }

    /** {@code getCurrentVersion()} publishes a new version whenever the code or configuration changes. */
    private Alias createAlias() {
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "every configuration is published through currentVersion and invoked through the alias");
        return Alias.Builder.create(this, "Live")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
    }

    private Map<String, String> environment(InfraSettings settings, IBucket bucket, ITable table, IKey secretsKey) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAI_BUCKET", bucket.getBucketName());
        env.put("KAI_TABLE", table.getTableName());
        env.put("KAI_CACHE_DIR", CACHE_DIR);
        // the dataset cache may use 60% of /tmp; the rest is for ingest work files and DuckDB spill
        env.put("KAI_CACHE_MAX_BYTES", Long.toString(spec.ephemeralStorageMb() * 1024L * 1024L * 6 / 10));
        env.put("KAI_MAX_UPLOAD_BYTES", Long.toString(FunctionSpec.DEPLOYED_MAX_UPLOAD_BYTES));
        env.put("KAI_TENANT_CLAIM", settings.tenantClaim());
        env.put("HOME", "/tmp");
        env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        boolean secrets = Access.usesSecrets(spec.access());
        if (secrets) {
            // only functions that seal or open credentials learn which key does it
            env.put("KAI_KMS_KEY_ID", secretsKey.getKeyArn());
        }
        if (spec.access().contains(ai.kai.functions.catalog.Access.INVOKE_NOTEBOOK_RUNNER)) {
            env.put("KAI_NOTEBOOK_RUNNER_FUNCTION", AccessPolicies.NOTEBOOK_RUNNER);
        }
        if (settings.localstack()) {
            env.put("KAI_S3_ENDPOINT", settings.localstackEndpoint());
            env.put("KAI_DYNAMODB_ENDPOINT", settings.localstackEndpoint());
            if (secrets) {
                env.put("KAI_KMS_ENDPOINT", settings.localstackEndpoint());
            }
        }
        return env;
    }
}
