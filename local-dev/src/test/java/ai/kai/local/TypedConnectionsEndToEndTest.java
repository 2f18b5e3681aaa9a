package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.json.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Connections created from typed fields alone (no URI) on every create route, through the real handlers: each is
 * stored with its secret sealed (the raw DynamoDB item holds an envelope, neither the secret nor its base64), and
 * no response, list or read echoes a secret. The typed PostgreSQL connection also answers a query.
 */
class TypedConnectionsEndToEndTest {
    private static final String TENANT = "typed";
    private static final String PG_PASSWORD = "pg-Typed-7Hq-secret";
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static EmbeddedPostgres postgres;
    static ApiClient api;
    static StorageProbe storage;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir.resolve("stack"), false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor(TENANT));
        storage = new StorageProbe(dataDir.resolve("stack"), stack);
        postgres = ConnectionsEndToEndTest.startPostgres(dataDir.resolve("pg"));
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE ROLE typed LOGIN PASSWORD '" + PG_PASSWORD + "'");
            s.execute("CREATE TABLE t (n INT)");
            s.execute("INSERT INTO t VALUES (41), (1)");
            s.execute("GRANT SELECT ON t TO typed");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
        postgres.close();
    }

    @Test
    void shouldCreateAPostgresConnectionFromFieldsAndQueryIt() {
        JsonNode created = create("/api/v2/connections", "pg-typed", PG_PASSWORD, Map.of("type", "postgresql",
                "host", "localhost", "port", postgres.getPort(), "database", "postgres", "user", "typed",
                "password", PG_PASSWORD));
        assertThat(created.path("type").asText()).isEqualTo("postgresql");
        assertThat(created.path("uri").asText()).isEqualTo("postgresql://typed:****@localhost:" + postgres.getPort() + "/postgres");
        ApiClient.Response query = api.postJson("/api/v2/connections/pg-typed/query", Map.of("sql", "SELECT sum(n) AS s FROM t"));
        assertThat(query.status()).as(query.raw()).isEqualTo(200);
        assertThat(query.data().path("rows").toString()).isEqualTo("[[42]]");
    }

    @Test
    void shouldCreateAMySqlConnectionFromFields() {
        String password = "my-Typed-2Kp-secret";
        JsonNode created = create("/api/v2/connections", "my-typed", password, Map.of("type", "mysql",
                "host", "db.example.internal", "port", 3307, "database", "shop", "user", "analyst", "password", password));
        assertThat(created.path("type").asText()).isEqualTo("mysql");
        assertThat(created.path("uri").asText()).contains("analyst:****@db.example.internal:3307/shop");
    }

    @Test
    void shouldCreateASqliteConnectionFromAPathField() {
        JsonNode created = create("/api/v2/connections", "lite-typed", null,
                Map.of("type", "sqlite", "path", "databases/app.db"));
        assertThat(created.path("type").asText()).isEqualTo("sqlite");
        assertThat(created.path("uri").asText()).contains("databases/app.db");
    }

    @Test
    void shouldCreateABigQueryConnectionFromAServiceAccountKey() throws Exception {
        KeyPair pair = rsa();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("type", "service_account");
        account.put("project_id", "kai-typed-test");
        account.put("private_key_id", "0123456789abcdef");
        account.put("private_key", pem);
        account.put("client_email", "reader@kai-typed-test.iam.gserviceaccount.com");
        account.put("token_uri", "https://oauth2.googleapis.com/token");
        String keyBody = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        JsonNode created = create("/api/v2/connections/bigquery", "bq-typed", keyBody,
                Map.of("project", "kai-typed-test", "dataset", "sales", "credentials", account));
        assertThat(created.path("type").asText()).isEqualTo("bigquery");
        assertThat(created.path("uri").asText()).isEqualTo("bigquery://kai-typed-test/sales");
    }

    @Test
    void shouldCreateASnowflakeConnectionWithAPassword() {
        String password = "sf-Typed-9Zr-secret";
        JsonNode created = create("/api/v2/connections/snowflake", "sf-password", password, Map.of("account", "xy12345",
                "user", "ANALYST", "password", password, "database", "SALES", "schema", "PUBLIC", "warehouse", "WH"));
        assertThat(created.path("type").asText()).isEqualTo("snowflake");
        assertThat(created.path("uri").asText()).contains("ANALYST:****@xy12345/SALES/PUBLIC");
    }

    @Test
    void shouldCreateASnowflakeConnectionWithAKeyPair() throws Exception {
        String pem = pem("PRIVATE KEY", rsa().getPrivate().getEncoded());
        String keyBody = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        JsonNode created = create("/api/v2/connections/snowflake", "sf-keypair", keyBody, Map.of("account", "xy12345",
                "user", "ANALYST", "private_key", pem, "database", "SALES", "schema", "PUBLIC"));
        assertThat(created.path("uri").asText()).contains("ANALYST@xy12345/SALES/PUBLIC").doesNotContain("****");
    }

    @Test
    void shouldCreateARedshiftConnectionFromFields() {
        String password = "rs-Typed-4Wd-secret";
        JsonNode created = create("/api/v2/connections/redshift", "rs-typed", password, Map.of(
                "host", "cluster.abc.eu-west-1.redshift.amazonaws.com", "database", "dev", "user", "awsuser",
                "password", password));
        assertThat(created.path("type").asText()).isEqualTo("redshift");
        assertThat(created.path("uri").asText()).contains("awsuser:****@cluster.abc.eu-west-1.redshift.amazonaws.com:5439/dev");
    }

    @Test
    void shouldCreateADuckDbConnectionFromAPathField() {
        JsonNode created = create("/api/v2/connections/duckdb", "duck-typed", null, Map.of("path", "databases/warehouse.duckdb"));
        assertThat(created.path("type").asText()).isEqualTo("duckdb");
        assertThat(created.path("uri").asText()).isEqualTo("duckdb://databases/warehouse.duckdb");
    }

    /** Creates, then checks every answer about the connection and its raw stored item for the secret. */
    private static JsonNode create(String route, String alias, String secret, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("alias", alias);
        ApiClient.Response created = api.postJson(route, body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.data().path("alias").asText()).isEqualTo(alias);
        Map<String, AttributeValue> raw = storage.rawConnection(TENANT, alias);
        JsonNode stored = Json.read(raw.get("doc").s(), JsonNode.class);
        if (secret != null) {
            String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            for (String answer : new String[] {created.raw(), api.get("/api/v2/connections/" + alias).raw(),
                    api.get("/api/v2/connections").raw(), raw.toString()}) {
                assertThat(answer).doesNotContain(secret).doesNotContain(base64.substring(0, 12));
            }
            byte[] envelope = Base64.getDecoder().decode(stored.path("secret").asText());
            assertThat(envelope[0]).as("envelope version").isEqualTo((byte) 1);
            assertThat(new String(envelope, 2, envelope[1], StandardCharsets.US_ASCII)).as("key wrapper").isEqualTo("local");
            assertThat(new String(envelope, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        } else {
            assertThat(stored.path("secret").isNull() || stored.path("secret").isMissingNode()).as(stored.toString()).isTrue();
        }
        return created.data();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + kind + "-----\n";
    }
}
