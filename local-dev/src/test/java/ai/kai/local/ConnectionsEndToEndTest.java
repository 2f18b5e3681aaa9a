package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Database connections through the local stack's HTTP API: a real PostgreSQL that checks passwords and a SQLite
 * file in the tenant's storage. Secrets never come back, and are stored only sealed.
 */
class ConnectionsEndToEndTest {
    private static final String TENANT = "connector";
    private static final String PASSWORD = "pw-Zq8-unseen-42";
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static EmbeddedPostgres postgres;
    static ApiClient api;
    static ApiClient intruder;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir.resolve("stack"), false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor(TENANT));
        intruder = api.as(stack.tokenFor("intruder"));
        postgres = startPostgres(dataDir.resolve("pg"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE reader LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE orders (id INT PRIMARY KEY, region TEXT, amount NUMERIC(10,2))");
            s.execute("INSERT INTO orders VALUES (1, 'North', 10.50), (2, 'South', 20.00), (3, 'North', 5.25)");
            s.execute("GRANT SELECT, DELETE ON orders TO reader");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
        postgres.close();
    }

    @Test
    void shouldCreateListTestDescribeQueryAndDeleteAPostgresConnection() {
        ApiClient.Response created = api.postJson("/api/v2/connections", Map.of("alias", "pg", "uri", pgUri(PASSWORD)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.raw()).doesNotContain(PASSWORD);
        assertThat(created.data().path("uri").asText())
                .isEqualTo("postgresql://reader:****@localhost:" + postgres.getPort() + "/postgres");
        assertThat(created.data().path("type").asText()).isEqualTo("postgresql");

        ApiClient.Response list = api.get("/api/v2/connections");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw()).contains("\"pg\"").doesNotContain(PASSWORD);
        assertThat(api.get("/api/v2/connections/pg").raw()).doesNotContain(PASSWORD);

        ApiClient.Response test = api.postJson("/api/v2/connections/pg/test", Map.of());
        assertThat(test.status()).as(test.raw()).isEqualTo(200);
        assertThat(test.data().path("ok").asBoolean()).isTrue();

        ApiClient.Response schema = api.get("/api/v2/connections/pg/schema");
        assertThat(schema.status()).as(schema.raw()).isEqualTo(200);
        assertThat(schema.data().path("schemas").toString()).contains("\"name\":\"orders\"", "\"kind\":\"TABLE\"");

        ApiClient.Response query = api.postJson("/api/v2/connections/pg/query",
                Map.of("sql", "SELECT id, region FROM orders WHERE region = 'North' ORDER BY id", "limit", 10));
        assertThat(query.status()).as(query.raw()).isEqualTo(200);
        assertThat(texts(query.data().path("columns"))).containsExactly("id", "region");
        assertThat(query.data().path("rows").toString()).isEqualTo("[[1,\"North\"],[3,\"North\"]]");
        assertThat(query.data().path("row_count").asLong()).isEqualTo(2);

        ApiClient.Response write = api.postJson("/api/v2/connections/pg/query", Map.of("sql", "DELETE FROM orders"));
        assertThat(write.status()).as(write.raw()).isBetween(400, 499);

        assertThat(new StorageProbe(dataDir.resolve("stack"), stack).rawConnection(TENANT, "pg").toString())
                .contains("postgresql").doesNotContain(PASSWORD);

        assertThat(intruder.get("/api/v2/connections/pg").status()).isEqualTo(404);
        assertThat(intruder.postJson("/api/v2/connections/pg/query", Map.of("sql", "SELECT 1")).status()).isEqualTo(404);
        assertThat(intruder.get("/api/v2/connections").raw()).doesNotContain("\"pg\"");

        assertThat(api.delete("/api/v2/connections/pg").status()).isEqualTo(200);
        assertThat(api.get("/api/v2/connections/pg").status()).isEqualTo(404);
        assertThat(api.delete("/api/v2/connections/pg").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseAWrongPasswordWithoutEchoingIt() {
        String wrong = "wrong-pw-Kx7-never-shown";
        assertThat(api.postJson("/api/v2/connections", Map.of("alias", "pg-bad", "uri", pgUri(wrong))).status())
                .isEqualTo(201);
        ApiClient.Response test = api.postJson("/api/v2/connections/pg-bad/test", Map.of());
        assertThat(test.status()).as(test.raw()).isBetween(400, 499);
        assertThat(test.raw()).doesNotContain(wrong);
        ApiClient.Response query = api.postJson("/api/v2/connections/pg-bad/query", Map.of("sql", "SELECT 1"));
        assertThat(query.status()).isBetween(400, 499);
        assertThat(query.raw()).doesNotContain(wrong);
    }

    @Test
    void shouldQueryASqliteFileInTheTenantsStorage() throws Exception {
        Path file = dataDir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO users VALUES (1, 'ada'), (2, 'grace')");
        }
        try (S3Client s3 = s3()) {
            s3.putObject(b -> b.bucket(LocalStack.BUCKET).key("tenants/" + TENANT + "/databases/app.db"),
                    RequestBody.fromBytes(Files.readAllBytes(file)));
        }
        ApiClient.Response created = api.postJson("/api/v2/connections",
                Map.of("alias", "app", "uri", "sqlite://databases/app.db"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ApiClient.Response query = api.postJson("/api/v2/connections/app/query",
                Map.of("sql", "SELECT name FROM users ORDER BY id"));
        assertThat(query.status()).as(query.raw()).isEqualTo(200);
        assertThat(query.data().path("rows").toString()).isEqualTo("[[\"ada\"],[\"grace\"]]");
        assertThat(api.get("/api/v2/connections/app/schema").raw()).contains("users");
    }

    @Test
    void shouldFixTheTypeByTheRouteAndRefuseBadRequests() {
        ApiClient.Response mismatch = api.postJson("/api/v2/connections/redshift",
                Map.of("alias", "rs", "uri", pgUri(PASSWORD)));
        assertThat(mismatch.status()).as(mismatch.raw()).isEqualTo(400);
        assertThat(mismatch.raw()).doesNotContain(PASSWORD);
        assertThat(api.postJson("/api/v2/connections", Map.of("uri", "postgresql://h/db")).errorCode())
                .isEqualTo("MISSING_FIELD");
        assertThat(api.postJson("/api/v2/connections", Map.of("alias", "x", "uri", "oracle://u:p@h/db")).errorCode())
                .isEqualTo("UNSUPPORTED_CONNECTION_TYPE");
        assertThat(api.postJson("/api/v2/connections/none/query", Map.of("sql", "SELECT 1")).status()).isEqualTo(404);
    }

    private static String pgUri(String password) {
        return "postgresql://reader:" + password + "@localhost:" + postgres.getPort() + "/postgres";
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static S3Client s3() {
        return S3Client.builder().region(Region.of(LocalStack.REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY)))
                .endpointOverride(URI.create(stack.functionConfig().s3Endpoint().orElseThrow()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** Superuser trusted on loopback for the fixtures; every other role must give its password (SCRAM). */
    static EmbeddedPostgres startPostgres(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        return EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toAbsolutePath().toString())
                .setServerConfig("password_encryption", "scram-sha-256").start();
    }
}
