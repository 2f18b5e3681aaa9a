package ai.kai.storage;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.tenancy.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** {@link MetadataStore} on one DynamoDB table: {@code PK = TENANT#t}, {@code SK = FILE#id | ...}. */
public final class DynamoMetadataStore implements MetadataStore {
    public static final String PK = "PK";
    public static final String SK = "SK";
    private static final String VERSION = "version";
    private static final String DOC = "doc";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoMetadataStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Creates the table if missing: what CDK declares in AWS, for the local stack and tests. */
    public static void ensureTable(DynamoDbClient dynamo, String table) {
        try {
            dynamo.describeTable(b -> b.tableName(table));
            return;
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException missing) {
            // create it below
        }
        try {
            dynamo.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            AttributeDefinition.builder().attributeName(PK).attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build())
                    .keySchema(
                            KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName(SK).keyType(KeyType.RANGE).build()));
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
        } catch (ResourceInUseException alreadyThere) {
            // idempotent
        }
    }

    static String partitionKey(TenantId tenant) {
        return "TENANT#" + tenant.value();
    }

    @Override
    public boolean create(TenantId tenant, String sortKey, String document) {
        Map<String, AttributeValue> item = item(tenant, sortKey, document, 1);
        try {
            call(() -> dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)")));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<StoredItem> get(TenantId tenant, String sortKey) {
        var r = call(() -> dynamo.getItem(b -> b.tableName(table).key(key(tenant, sortKey)).consistentRead(true)));
        return r.hasItem() && !r.item().isEmpty() ? Optional.of(toItem(r.item())) : Optional.empty();
    }

    @Override
    public boolean replace(TenantId tenant, String sortKey, String document, long expectedVersion) {
        Map<String, AttributeValue> item = item(tenant, sortKey, document, expectedVersion + 1);
        try {
            call(() -> dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("#v = :expected")
                    .expressionAttributeNames(Map.of("#v", VERSION))
                    .expressionAttributeValues(Map.of(":expected", number(expectedVersion)))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public ItemPage query(TenantId tenant, String sortKeyPrefix, int limit, Optional<String> cursor, boolean descending) {
        // one item more than asked tells whether another page exists (DynamoDB's LastEvaluatedKey alone also
        // appears when a page ends exactly at the last item)
        List<StoredItem> items = new java.util.ArrayList<>();
        Map<String, AttributeValue> start = cursor.map(c -> decodeCursor(tenant, c)).orElse(null);
        boolean more;
        do {
            QueryRequest.Builder request = queryFor(tenant, sortKeyPrefix).limit(limit + 1 - items.size())
                    .scanIndexForward(!descending);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse r = call(() -> dynamo.query(request.build()));
            r.items().stream().map(DynamoMetadataStore::toItem).forEach(items::add);
            more = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty();
            start = more ? r.lastEvaluatedKey() : null;
        } while (more && items.size() <= limit);
        if (items.size() <= limit) {
            return new ItemPage(items, Optional.empty());
        }
        List<StoredItem> page = items.subList(0, limit);
        return new ItemPage(List.copyOf(page), Optional.of(encodeCursor(page.get(limit - 1).sortKey())));
    }

    @Override
    public long count(TenantId tenant, String sortKeyPrefix) {
        long total = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = queryFor(tenant, sortKeyPrefix).select(Select.COUNT);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse r = call(() -> dynamo.query(request.build()));
            total += r.count();
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return total;
    }

    @Override
    public boolean delete(TenantId tenant, String sortKey) {
        var r = call(() -> dynamo.deleteItem(b -> b.tableName(table).key(key(tenant, sortKey)).returnValues(ReturnValue.ALL_OLD)));
        return r.hasAttributes() && !r.attributes().isEmpty();
    }

    private QueryRequest.Builder queryFor(TenantId tenant, String sortKeyPrefix) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(partitionKey(tenant)),
                        ":prefix", AttributeValue.fromS(sortKeyPrefix)));
    }

    private static Map<String, AttributeValue> key(TenantId tenant, String sortKey) {
        return Map.of(PK, AttributeValue.fromS(partitionKey(tenant)), SK, AttributeValue.fromS(sortKey));
    }

    private static Map<String, AttributeValue> item(TenantId tenant, String sortKey, String document, long version) {
        Map<String, AttributeValue> item = new HashMap<>(key(tenant, sortKey));
        item.put(VERSION, number(version));
        item.put(DOC, AttributeValue.fromS(document));
        return item;
    }

    private static AttributeValue number(long n) {
        return AttributeValue.fromN(Long.toString(n));
    }

    private static StoredItem toItem(Map<String, AttributeValue> item) {
        return new StoredItem(item.get(SK).s(), Long.parseLong(item.get(VERSION).n()), item.get(DOC).s());
    }

    /** The cursor carries only the sort key; the tenant always comes from the caller's identity. */
    private static String encodeCursor(String lastSortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastSortKey.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decodeCursor(TenantId tenant, String cursor) {
        try {
            String sortKey = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return key(tenant, sortKey);
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.INVALID_PAGINATION, "the cursor is not one this API returned");
        }
    }

    private static <T> T call(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (DynamoDbException e) {
            throw new KaiException(ErrorCode.STORAGE_UNAVAILABLE,
                    "the metadata store refused the request (" + e.statusCode() + ")", e);
        }
    }

}
