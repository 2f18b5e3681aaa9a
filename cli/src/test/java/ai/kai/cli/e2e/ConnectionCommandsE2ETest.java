package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;

/** {@code kai connection create|list|test|schema|delete} and {@code kai query --db} against a real local stack. */
class ConnectionCommandsE2ETest {
    private static final String TENANT = "connections";
    @TempDir
    static Path dir;
    static LocalStackFixture local;

    @BeforeAll
    static void start() throws Exception {
        local = new LocalStackFixture(dir.resolve("stack"), TENANT);
        Path file = dir.resolve("shop.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, amount REAL)");
            s.execute("INSERT INTO orders VALUES (1, 'North', 10.5), (2, 'South', 20.0), (3, 'North', 5.25)");
        }
        local.putTenantObject(TENANT, "databases/shop.db", file);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldCreateListTestDescribeQueryAndDeleteAConnection() throws Exception {
        Kai.Run create = local.kai("connection", "create", "sqlite://databases/shop.db", "--alias", "shop");
        assertThat(create.exitCode()).as(create.transcript()).isZero();
        assertThat(create.out()).contains("created shop (sqlite, sqlite://databases/shop.db)");

        Kai.Run list = local.kai("connection", "list");
        assertThat(list.exitCode()).as(list.transcript()).isZero();
        assertThat(list.out()).contains("shop", "sqlite");

        Kai.Run test = local.kai("connection", "test", "shop");
        assertThat(test.exitCode()).as(test.transcript()).isZero();
        assertThat(test.out()).startsWith("ok: shop");

        Kai.Run schema = local.kai("connection", "schema", "shop");
        assertThat(schema.exitCode()).as(schema.transcript()).isZero();
        assertThat(schema.out()).contains("orders", "TABLE");

        Path csv = dir.resolve("north.csv");
        Kai.Run query = local.kai("query", "--db", "shop", "SELECT id, amount FROM orders WHERE region = 'North' ORDER BY id",
                "--output", csv.toString());
        assertThat(query.exitCode()).as(query.transcript()).isZero();
        assertThat(query.out()).contains("10.5", "5.25").doesNotContain("20.0");
        assertThat(Files.readString(csv)).isEqualTo("id,amount\n1,10.5\n3,5.25\n");

        Kai.Run json = local.kai("query", "--db", "shop", "SELECT count(*) AS n FROM orders", "--json");
        assertThat(json.exitCode()).as(json.transcript()).isZero();
        assertThat(json.out()).contains("\"rows\":[[3]]");

        Kai.Run write = local.kai("query", "--db", "shop", "DELETE FROM orders");
        assertThat(write.exitCode()).as(write.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);

        Kai.Run delete = local.kai("connection", "delete", "shop");
        assertThat(delete.exitCode()).as(delete.transcript()).isZero();
        Kai.Run gone = local.kai("query", "--db", "shop", "SELECT 1");
        assertThat(gone.exitCode()).as(gone.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(gone.err()).contains("CONNECTION_NOT_FOUND");
    }

    @Test
    void shouldNeverPrintTheSecretOfAConnection() throws Exception {
        String secret = "pw-cli-Hq4-hidden";
        Path credentials = dir.resolve("pw.json");
        Files.writeString(credentials, "{\"password\": \"" + secret + "\"}");
        Kai.Run create = local.kai("connection", "create", "postgresql://reader:" + secret + "@127.0.0.1:1/dw", "--alias", "dw");
        assertThat(create.exitCode()).as(create.transcript()).isZero();
        assertThat(create.out()).contains("postgresql://reader:****@127.0.0.1:1/dw").doesNotContain(secret);
        Kai.Run withFile = local.kai("connection", "create", "postgresql://reader@127.0.0.1:1/dw", "--alias", "dw2",
                "--credentials", credentials.toString(), "--json");
        assertThat(withFile.exitCode()).as(withFile.transcript()).isZero();
        assertThat(withFile.out()).contains("\"credential_fields\":[\"password\"]").doesNotContain(secret);

        Kai.Run test = local.kai("connection", "test", "dw");
        assertThat(test.exitCode()).as(test.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(test.transcript()).doesNotContain(secret);
        Kai.Run list = local.kai("connection", "list", "--json");
        assertThat(list.transcript()).contains("dw2").doesNotContain(secret);
        assertThat(local.kai("connection", "delete", "dw", "dw2").exitCode()).isZero();
    }

    @Test
    void shouldProfileDescribeDetectAndChartAQueryOnAConnection() throws Exception {
        assertThat(local.kai("connection", "create", "sqlite://databases/shop.db", "--alias", "shop-src").exitCode()).isZero();

        Kai.Run profile = local.kai("profile", "run", "--db", "shop-src", "--table", "orders");
        assertThat(profile.exitCode()).as(profile.transcript()).isZero();
        assertThat(profile.out()).contains("3 rows × 3 columns", "region", "amount");
        Path report = dir.resolve("orders-profile.html");
        Kai.Run html = local.kai("profile", "run", "--db", "shop-src", "--sql", "SELECT region, amount FROM orders",
                "--output", report.toString());
        assertThat(html.exitCode()).as(html.transcript()).isZero();
        assertThat(Files.readString(report)).contains("<html");

        Kai.Run describe = local.kai("stats", "describe", "--db", "shop-src", "--sql", "SELECT amount FROM orders",
                "--columns", "amount", "--json");
        assertThat(describe.exitCode()).as(describe.transcript()).isZero();
        assertThat(describe.out()).contains("\"connection\":\"shop-src\"", "\"mean\":11.91");

        Kai.Run detect = local.kai("forecast", "detect", "--db", "shop-src", "--sql", "SELECT amount FROM orders "
                + "UNION ALL SELECT amount FROM orders UNION ALL SELECT amount FROM orders", "--value", "amount",
                "--method", "iqr", "--json");
        assertThat(detect.exitCode()).as(detect.transcript()).isZero();
        assertThat(detect.out()).contains("\"rows\":9");

        Kai.Run chart = local.kai("visualize", "generate", "--db", "shop-src", "--sql", "SELECT region, amount FROM orders",
                "--type", "bar", "--x", "region", "--y", "amount", "--json");
        assertThat(chart.exitCode()).as(chart.transcript()).isZero();
        assertThat(chart.out()).contains("\"kind\":\"connection\"", "\"North\"");

        assertThat(local.kai("profile", "run", "--db", "shop-src").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(local.kai("stats", "describe", "--file", "x.csv", "--db", "shop-src", "--table", "orders").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(local.kai("forecast", "detect", "--db", "shop-src", "--table", "orders", "--value", "amount",
                "--chart", dir.resolve("c.html").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        Kai.Run unknown = local.kai("profile", "run", "--db", "nowhere", "--table", "orders");
        assertThat(unknown.exitCode()).as(unknown.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(unknown.err()).contains("CONNECTION_NOT_FOUND");
        Kai.Run write = local.kai("stats", "describe", "--db", "shop-src", "--sql", "DELETE FROM orders", "--columns", "amount");
        assertThat(write.exitCode()).as(write.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
    }
}
