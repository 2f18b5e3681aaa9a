package ai.kai.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.kai.functions.catalog.Access;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Turns a function's {@link Access} set into the narrowest IAM statements that allow it: objects only under
 * {@code tenants/}, the one table, and nothing at all for an empty set. Explicit statements rather than
 * {@code grantReadWrite} so that each action is deliberate and the tests can name it.
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

    private final IBucket bucket;
    private final ITable table;

    public AccessPolicies(IBucket bucket, ITable table) {
        this.bucket = bucket;
        this.table = table;
    }

    /** The statements for this access set, in a stable order; empty for an empty set. */
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
        return statements;
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

    private PolicyStatement onTable(String sid, List<String> actions) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW)
                .actions(actions)
                .resources(List.of(table.getTableArn()))
                .build();
    }
}
