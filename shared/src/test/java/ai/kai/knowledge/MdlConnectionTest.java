package ai.kai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.ConnectionRequest;
import ai.kai.connect.DirectoryBlobStore;
import ai.kai.connect.ManagerFixture;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.knowledge.mdl.MdlProblem;
import ai.kai.knowledge.mdl.MdlSources;
import ai.kai.knowledge.mdl.MdlValidation;
import ai.kai.knowledge.mdl.MdlYaml;
import ai.kai.knowledge.mdl.SemanticLayer;
import ai.kai.tenancy.TenantId;

/** Drafting and validating a layer of a connection table (SQLite in the tenant's storage) through the connection manager. */
class MdlConnectionTest {
    @TempDir
    static Path dir;
    static ConnectionManager manager;
    static MdlSources sources;
    static TenantId tenant;

    @BeforeAll
    static void connection() throws Exception {
        DirectoryBlobStore blobs = new DirectoryBlobStore(dir.resolve("blobs"));
        manager = ManagerFixture.manager(dir, blobs);
        sources = new MdlSources(null, null, null, null, null, () -> manager);
        tenant = ManagerFixture.freshTenant();
        Path file = dir.resolve("shop.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (order_id INTEGER, customer_id INTEGER, status TEXT, amount REAL, created_at DATE)");
            s.execute("INSERT INTO orders VALUES (1, 10, 'paid', 20.5, '2025-01-02'), (2, 11, 'paid', 7.25, '2025-01-03'), "
                    + "(3, 10, 'refunded', 3.0, '2025-02-01')");
        }
        blobs.put("tenants/" + tenant.value() + "/databases/shop.db", file, "application/vnd.sqlite3");
        manager.create(tenant, ConnectionRequest.ofUri("shop", "sqlite://databases/shop.db"));
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void shouldDraftFromTheSchemaAndValidateInTheSourcesDialect() {
        SemanticLayer draft = sources.generateFromConnection(tenant, "shop", "orders");
        SemanticLayer.Model model = draft.models().get(0);

        assertThat(draft.source()).isEqualTo("shop");
        assertThat(model.table()).isEqualTo("orders");
        assertThat(model.timeDimension()).isEqualTo("created_at");
        assertThat(model.columns()).extracting(SemanticLayer.Column::name, SemanticLayer.Column::role).contains(
                org.assertj.core.groups.Tuple.tuple("order_id", "identifier"),
                org.assertj.core.groups.Tuple.tuple("status", "dimension"),
                org.assertj.core.groups.Tuple.tuple("amount", "measure"));
        assertThat(model.metrics()).extracting(SemanticLayer.Metric::name).contains("total_amount", "distinct_customer_id");

        String yaml = MdlYaml.write(draft);
        MdlValidation ok = sources.validate(tenant, yaml);
        assertThat(ok.problems()).isEmpty();

        MdlValidation broken = sources.validate(tenant, yaml.replace("SUM(amount)", "SUM(amountt)")
                .replace("table: orders", "table: orderz"));
        assertThat(broken.valid()).isFalse();
        assertThat(broken.problems()).extracting(MdlProblem::path).containsExactly("models[0].table");
    }

    @Test
    void shouldReportAMissingTableAndAnotherTenantsConnectionAsNotFound() {
        assertThatThrownBy(() -> sources.generateFromConnection(tenant, "shop", "nope"))
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND);
        assertThatThrownBy(() -> sources.generateFromConnection(ManagerFixture.freshTenant(), "shop", "orders"))
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.CONNECTION_NOT_FOUND);
    }

    @Test
    void shouldNameAMetricThatDoesNotRunOnTheSource() {
        String yaml = MdlYaml.write(sources.generateFromConnection(tenant, "shop", "orders")).replace("SUM(amount)", "SUM(amountt)");
        MdlValidation result = sources.validate(tenant, yaml);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).path()).matches("models\\[0]\\.metrics\\[\\d+]\\.expression");
        assertThat(result.problems().get(0).message()).contains("amountt");
        assertThat(result.problems().get(0).line()).isGreaterThan(1);
    }
}
