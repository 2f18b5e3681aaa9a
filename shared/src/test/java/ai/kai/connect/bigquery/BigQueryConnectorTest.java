package ai.kai.connect.bigquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.connect.DynamoLocal;
import ai.kai.connect.ManagerFixture;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.TableRef;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The BigQuery connector with the real google-cloud-bigquery client and google-auth's service-account flow
 * (an RS256-signed JWT exchanged for a token) against local servers speaking BigQuery REST v2 and Google's token
 * endpoint: auth, schema listing, a query with its metadata, pagination, and error mapping.
 */
class BigQueryConnectorTest {
    static final String PROJECT = "kai-test-project";
    @TempDir
    static Path dir;
    static FakeGoogleTokenServer google;
    static FakeBigQueryServer bigquery;
    static ConnectionManager manager;

    @BeforeAll
    static void start() throws Exception {
        google = new FakeGoogleTokenServer();
        bigquery = new FakeBigQueryServer(PROJECT, FakeGoogleTokenServer.ACCESS_TOKEN);
        manager = ManagerFixture.manager(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        manager.close();
        bigquery.close();
        google.close();
    }

    @BeforeEach
    void clearCalls() {
        bigquery.calls.clear();
    }

    private static TenantId withConnection(String serviceAccountJson) {
        TenantId t = ManagerFixture.freshTenant();
        manager.create(t, ConnectionRequest.ofUri("bq", "bigquery://" + PROJECT + "/analytics")
                .withFields(Map.of("endpoint", bigquery.endpoint())).withCredentials(serviceAccountJson));
        return t;
    }

    @Test
    void shouldRunAQueryAfterADryRunAndReportItsMetadata() {
        TenantId t = withConnection(google.serviceAccountJson());
        QueryResult r = manager.query(t, "bq", "SELECT kind, count(*) AS n, sum(amount) AS total FROM events "
                + "GROUP BY kind ORDER BY kind", ManagerFixture.limits(100));
        assertThat(r.columns()).containsExactly("kind", "n", "total");
        assertThat(r.types()).containsExactly("STRING", "INTEGER", "NUMERIC");
        assertThat(r.rows().get(0)).containsExactly("k0", 834L, new BigDecimal("1302603.75"));
        assertThat(r.metadata()).containsEntry("bytes_processed", 40000L).containsEntry("cache_hit", false).containsKey("job_id");
        assertThat(bigquery.calls).first().isEqualTo("POST /jobs");
        assertThat(google.grants.get()).isPositive();
    }

    @Test
    void shouldPageThroughLargeResultsAndStream() {
        TenantId t = withConnection(google.serviceAccountJson());
        QueryResult r = manager.query(t, "bq", "SELECT id, happened_at, is_even FROM events ORDER BY id", ManagerFixture.limits(2500));
        assertThat(r.rowCount()).isEqualTo(2500);
        assertThat(r.truncated()).isFalse();
        assertThat(r.rows().get(1)).containsExactly(1L, "2025-01-01T00:01:00Z", false);
        List<Integer> sizes = new ArrayList<>();
        long rows = manager.stream(t, "bq", "SELECT * FROM events", QueryLimits.of(Long.MAX_VALUE, Duration.ofSeconds(20)),
                1000, b -> sizes.add(b.rows().size())).rowCount();
        assertThat(rows).isEqualTo(2500);
        assertThat(sizes).containsExactly(1000, 1000, 500);
        assertThat(bigquery.calls).filteredOn(c -> c.contains("pageToken=")).isNotEmpty();
        QueryResult limited = manager.query(t, "bq", "SELECT * FROM events", ManagerFixture.limits(10));
        assertThat(limited.rowCount()).isEqualTo(10);
        assertThat(limited.truncated()).isTrue();
    }

    @Test
    void shouldListDatasetsTablesAndColumns() {
        TenantId t = withConnection(google.serviceAccountJson());
        assertThat(manager.schema(t, "bq").schemas()).extracting(s -> s.name()).containsExactly("analytics", "staging");
        assertThat(manager.tables(t, "bq", Optional.of("analytics"))).containsExactly(
                new TableRef("analytics", "by_kind", "VIEW"), new TableRef("analytics", "events", "TABLE"));
        assertThat(manager.columns(t, "bq", "events")).extracting(c -> c.name() + ":" + c.type())
                .containsExactly("id:INTEGER", "kind:STRING", "amount:NUMERIC", "happened_at:TIMESTAMP", "is_even:BOOLEAN");
        assertCode(() -> manager.columns(t, "bq", "analytics.nope"), ErrorCode.TABLE_NOT_FOUND);
        assertThat(manager.test(t, "bq").ok()).isTrue();
    }

    @Test
    void shouldRefuseWritesByTheGuardAndByBigQuerysDryRun() {
        TenantId t = withConnection(google.serviceAccountJson());
        assertCode(() -> manager.query(t, "bq", "DELETE FROM events WHERE true", ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        assertThat(bigquery.calls).isEmpty();
        assertCode(() -> manager.query(t, "bq", "SELEC 1", ManagerFixture.limits(1)), ErrorCode.SQL_NOT_READ_ONLY);
        assertCode(() -> manager.query(t, "bq", "SELECT nope FROM events", ManagerFixture.limits(1)), ErrorCode.SQL_INVALID);
        assertCode(() -> manager.query(t, "bq", "SELECT * FROM events WHERE", ManagerFixture.limits(1)), ErrorCode.SQL_SYNTAX_ERROR);
    }

    @Test
    void shouldStopAJobThatOutlivesItsTimeout() {
        TenantId t = withConnection(google.serviceAccountJson());
        assertCode(() -> manager.query(t, "bq", "SELECT /* slow */ count(*) FROM events",
                QueryLimits.of(1, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
        assertThat(bigquery.calls).anyMatch(c -> c.endsWith("/cancel"));
    }

    @Test
    void shouldRefuseAKeyTheTokenEndpointRejectsWithoutLeakingIt() throws Exception {
        String forged = google.serviceAccountJson(FakeGoogleTokenServer.otherKeys());
        TenantId t = withConnection(forged);
        KaiException e = assertCode(() -> manager.test(t, "bq"), ErrorCode.AUTHENTICATION_FAILED);
        assertThat(e.getMessage()).doesNotContain("PRIVATE KEY");
        assertCode(() -> manager.create(t, ConnectionRequest.ofUri("x", "bigquery://" + PROJECT).withCredentials("{\"type\":\"user\"}")),
                ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void shouldStoreTheServiceAccountKeyOnlyAsCiphertext() {
        TenantId t = withConnection(google.serviceAccountJson());
        Map<String, AttributeValue> item = DynamoLocal.shared().client().getItem(b -> b.tableName(DynamoLocal.TABLE)
                .key(Map.of("PK", AttributeValue.fromS("TENANT#" + t.value()), "SK", AttributeValue.fromS("CONN#bq")))).item();
        assertThat(item.toString()).doesNotContain("PRIVATE KEY").doesNotContain(google.clientEmail);
        assertThat(manager.get(t, "bq").uri()).isEqualTo("bigquery://" + PROJECT + "/analytics?endpoint="
                + bigquery.endpoint().replace(":", "%3A"));
    }

    static KaiException assertCode(Runnable call, ErrorCode code) {
        try {
            call.run();
        } catch (KaiException e) {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.isClientError()).isTrue();
            return e;
        }
        throw new AssertionError("expected " + code);
    }
}
