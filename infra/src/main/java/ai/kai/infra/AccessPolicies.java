package ai.kai.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.kai.functions.catalog.Access;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Turns a function's {@link Access} set into the narrowest IAM statements that allow it: objects only under
 * {@code tenants/}, the one table, and nothing at all for an empty set. Explicit statements rather than
 * {@code grantReadWrite} so that each action is deliberate and the tests can name it. The secrets key is usable only
 * with the encryption context the secrets code always sends ({@code kai:secret = tenant/alias}, see
 * {@code ai.kai.secrets.KmsKeyWrapper}), and with no other context key.
 */
public final class AccessPolicies {
    /** Every object the functions touch lives under this prefix (DESIGN D5). */
    public static final String DATA_PREFIX = "tenants/";

    /** Task markers that start the agent worker (outside tenant data; see {@code AgentRuns}). */
    public static final String AGENT_QUEUE_PREFIX = "agent-runs/";

    static final List<String> BLOB_READ = List.of("s3:GetObject");
    static final List<String> BLOB_WRITE = List.of("s3:PutObject");
    static final List<String> BLOB_DELETE = List.of("s3:DeleteObject");
    /** Deleting a file removes every object under its prefix, which needs listing them. */
    static final List<String> BLOB_LIST = List.of("s3:ListBucket");
    static final List<String> METADATA_READ = List.of("dynamodb:GetItem", "dynamodb:Query");
    static final List<String> METADATA_WRITE = List.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");
    static final List<String> SECRETS_SEAL = List.of("kms:GenerateDataKey");
    static final List<String> SECRETS_OPEN = List.of("kms:Decrypt");
    /** The encryption context key of every sealed credential; its value is {@code tenant/alias}. */
    static final String SECRET_CONTEXT_KEY = "kai:secret";

    /** What managing a function's schedules takes; ListSchedules is left out (it needs "*", and the table lists). */
    static final List<String> SCHEDULES = List.of("scheduler:CreateSchedule", "scheduler:UpdateSchedule",
            "scheduler:GetSchedule", "scheduler:DeleteSchedule");
    static final List<String> INVOKE = List.of("lambda:InvokeFunction");
    /** What the run endpoint and the runner (handing a long run on) invoke: the runner's alias, by name. */
    public static final String NOTEBOOK_RUNNER = ai.kai.functions.runtime.NotebookServices.RUNNER + ":" + KaiFunction.ALIAS;

    private final IBucket bucket;
    private final ITable table;
    private final IKey secretsKey;

    public AccessPolicies(IBucket bucket, ITable table, IKey secretsKey) {
        this.bucket = bucket;
        this.table = table;
        this.secretsKey = secretsKey;
    }

    /** The statements for this access set, in a stable order; empty for an empty set ({@code SCHEDULES}: see below). */
    public List<PolicyStatement> statementsFor(Set<Access> access) {
        List<PolicyStatement> statements = new ArrayList<>();
        if (access.contains(Access.BLOB_READ)) {
            statements.add(onObjects("BlobRead", BLOB_READ));
        }
        if (access.contains(Access.BLOB_WRITE)) {
            statements.add(onObjects("BlobWrite", BLOB_WRITE));
        }
        if (access.contains(Access.BLOB_DELETE)) {
            statements.add(onObjects("BlobDelete", BLOB_DELETE));
            statements.add(listDataPrefix());
        }
        if (access.contains(Access.AGENT_QUEUE)) {
            statements.add(PolicyStatement.Builder.create().sid("AgentQueue").effect(Effect.ALLOW).actions(BLOB_WRITE)
                    .resources(List.of(bucket.arnForObjects(AGENT_QUEUE_PREFIX + "*"))).build());
        }
        if (access.contains(Access.METADATA_READ)) {
            statements.add(onTable("MetadataRead", METADATA_READ));
        }
        if (access.contains(Access.METADATA_WRITE)) {
            statements.add(onTable("MetadataWrite", METADATA_WRITE));
        }
        if (access.contains(Access.SECRETS_SEAL)) {
            statements.add(onSecretsKey("SecretsSeal", SECRETS_SEAL));
        }
        if (access.contains(Access.SECRETS_OPEN)) {
            statements.add(onSecretsKey("SecretsOpen", SECRETS_OPEN));
        }
        if (access.contains(Access.INVOKE_NOTEBOOK_RUNNER)) {
            statements.add(PolicyStatement.Builder.create().sid("InvokeNotebookRunner").effect(Effect.ALLOW)
                    .actions(INVOKE)
                    .resources(List.of("arn:" + software.amazon.awscdk.Aws.PARTITION + ":lambda:" + software.amazon.awscdk.Aws.REGION
                            + ":" + software.amazon.awscdk.Aws.ACCOUNT_ID + ":function:" + NOTEBOOK_RUNNER))
                    .build());
        }
        return statements;
    }

    /**
     * {@link Access#SCHEDULES}: the schedule actions on the schedules of one group only, and passing the scheduler's
     * role, only to EventBridge Scheduler.
     */
    public static List<PolicyStatement> scheduleManagement(String groupName, IRole schedulerRole) {
        String schedules = "arn:" + Aws.PARTITION + ":scheduler:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":schedule/"
                + groupName + "/*";
        return List.of(
                PolicyStatement.Builder.create().sid("Schedules").effect(Effect.ALLOW)
                        .actions(SCHEDULES).resources(List.of(schedules)).build(),
                PolicyStatement.Builder.create().sid("PassSchedulerRole").effect(Effect.ALLOW)
                        .actions(List.of("iam:PassRole")).resources(List.of(schedulerRole.getRoleArn()))
                        .conditions(Map.of("StringEquals", Map.of("iam:PassedToService", "scheduler.amazonaws.com")))
                        .build());
    }

    private PolicyStatement onObjects(String sid, List<String> actions) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW)
                .actions(actions)
                .resources(List.of(bucket.arnForObjects(DATA_PREFIX + "*")))
                .build();
    }

    private PolicyStatement listDataPrefix() {
        return PolicyStatement.Builder.create().sid("BlobList").effect(Effect.ALLOW)
                .actions(BLOB_LIST)
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(DATA_PREFIX + "*"))))
                .build();
    }

    /** Only this key, only with a {@code kai:secret} context of the form {@code tenant/alias}, and no other context key. */
    private PolicyStatement onSecretsKey(String sid, List<String> actions) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW)
                .actions(actions)
                .resources(List.of(secretsKey.getKeyArn()))
                .conditions(Map.of(
                        "StringLike", Map.of("kms:EncryptionContext:" + SECRET_CONTEXT_KEY, "?*/?*"),
                        "ForAllValues:StringEquals", Map.of("kms:EncryptionContextKeys", List.of(SECRET_CONTEXT_KEY))))
                .build();
    }

    private PolicyStatement onTable(String sid, List<String> actions) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW)
                .actions(actions)
                .resources(List.of(table.getTableArn()))
                .build();
    }
}
