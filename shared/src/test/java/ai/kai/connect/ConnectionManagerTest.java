package ai.kai.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.tenancy.TenantId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The manager's bookkeeping on real DynamoDB Local: aliases, tenancy, stored ciphertext, errors. */
class ConnectionManagerTest {
    @TempDir
    static Path dir;
    static ConnectionManager manager;

    @BeforeAll
    static void setUp() {
        manager = ManagerFixture.manager(dir);
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    @Test
    void shouldDiscoverEveryConnectorThroughServiceLoader() {
        assertThat(manager.types()).contains("bigquery", "duckdb", "mysql", "postgresql", "redshift", "snowflake", "sqlite");
    }

    @Test
    void shouldCreateListGetAndDeleteWithinATenant() {
        TenantId a = ManagerFixture.freshTenant();
        TenantId b = ManagerFixture.freshTenant();
        manager.create(a, ConnectionRequest.ofUri("warehouse", "postgres://bob:pw-abc@db.internal:6543/dw"));
        manager.create(a, new ConnectionRequest("orders", Optional.empty(), Optional.of("mysql"),
                Map.of("host", "mysql.internal", "database", "shop", "user", "reader", "password", "pw-def"), Optional.empty()));
        ConnectionInfo info = manager.get(a, "warehouse");
        assertThat(info.type()).isEqualTo("postgresql");
        assertThat(info.uri()).isEqualTo("postgresql://bob:****@db.internal:6543/dw");
        assertThat(info.settings()).containsEntry("host", "db.internal").doesNotContainKey("password");
        assertThat(info.credentialFields()).containsExactly("password");
        assertThat(Json.write(info)).doesNotContain("pw-abc");
        assertThat(manager.list(a, 10, Optional.empty()).items()).extracting(ConnectionInfo::alias).containsExactly("orders", "warehouse");
        assertThat(manager.list(b, 10, Optional.empty()).items()).isEmpty();
        assertCode(() -> manager.get(b, "warehouse"), ErrorCode.CONNECTION_NOT_FOUND);
        assertCode(() -> manager.delete(b, "warehouse"), ErrorCode.CONNECTION_NOT_FOUND);
        manager.delete(a, "warehouse");
        assertCode(() -> manager.get(a, "warehouse"), ErrorCode.CONNECTION_NOT_FOUND);
    }

    @Test
    void shouldRefuseDuplicatesAndBadRequests() {
        TenantId t = ManagerFixture.freshTenant();
        manager.create(t, ConnectionRequest.ofUri("pg", "postgresql://u:p@h/db"));
        assertCode(() -> manager.create(t, ConnectionRequest.ofUri("pg", "postgresql://u:p@h/db")), ErrorCode.CONNECTION_EXISTS);
        assertCode(() -> manager.create(t, ConnectionRequest.ofUri("x", "oracle://u:p@h/db")), ErrorCode.UNSUPPORTED_CONNECTION_TYPE);
        assertCode(() -> manager.create(t, ConnectionRequest.ofUri("x", "not a uri")), ErrorCode.INVALID_CONNECTION_URI);
        assertCode(() -> manager.create(t, ConnectionRequest.ofUri("x", "postgresql://u:p@h")), ErrorCode.MISSING_FIELD);
        assertCode(() -> manager.create(t, ConnectionRequest.ofUri("x", "postgresql://u:p@h/db?foo=bar")), ErrorCode.INVALID_CONNECTION_URI);
        assertCode(() -> ConnectionRequest.ofUri("bad alias!", "postgresql://h/db"), ErrorCode.INVALID_CONNECTION_ALIAS);
        assertCode(() -> manager.create(t, new ConnectionRequest("y", Optional.of("mysql://h/db"), Optional.of("postgresql"),
                Map.of(), Optional.empty())), ErrorCode.INVALID_CONNECTION_URI);
    }

    @Test
    void shouldKeepTheSecretOnlyAsAnEnvelopeBoundToTenantAndAlias() throws Exception {
        TenantId t = ManagerFixture.freshTenant();
        manager.create(t, ConnectionRequest.ofUri("pg", "postgresql://u@h/db").withCredentials("{\"password\": \"from-a-file-42\"}"));
        Map<String, AttributeValue> item = DynamoLocal.shared().client().getItem(b -> b.tableName(DynamoLocal.TABLE)
                .key(Map.of("PK", AttributeValue.fromS("TENANT#" + t.value()), "SK", AttributeValue.fromS("CONN#pg")))).item();
        JsonNode doc = Json.mapper().readTree(item.get("doc").s());
        assertThat(item.toString()).doesNotContain("from-a-file-42");
        assertThat(doc.path("secret_fields").toString()).isEqualTo("[\"password\"]");
        assertThat(java.util.Base64.getDecoder().decode(doc.path("secret").asText())[0]).isEqualTo((byte) 1);

        TenantId thief = ManagerFixture.freshTenant();
        Map<String, AttributeValue> copy = new java.util.HashMap<>(item);
        copy.put("PK", AttributeValue.fromS("TENANT#" + thief.value()));
        DynamoLocal.shared().client().putItem(b -> b.tableName(DynamoLocal.TABLE).item(copy));
        assertCode(() -> manager.test(thief, "pg"), ErrorCode.SECRET_DECRYPTION_FAILED);
    }

    static KaiException assertCode(Runnable call, ErrorCode code) {
        try {
            call.run();
        } catch (KaiException e) {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            return e;
        }
        throw new AssertionError("expected " + code);
    }
}
