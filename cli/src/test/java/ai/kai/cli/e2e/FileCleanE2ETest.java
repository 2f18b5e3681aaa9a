package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;

/** {@code kai file clean} against a real local stack: a new version, the original untouched. */
class FileCleanE2ETest {
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static String fileId;

    @BeforeAll
    static void start() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "cleaner");
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "id,region,amount,day\n1,North,10,2025-01-01\n2,,20,2025-01-02\n2,,20,2025-01-02\n"
                + "3,South,,03.01.2025\n");
        fileId = local.upload(csv);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldCleanIntoANewVersionAndReportEachStep() {
        Kai.Run run = local.kai("file", "clean", "orders.csv", "--fill", "region=constant:Unknown", "--fill", "amount=median",
                "--convert", "day=date", "--dedupe");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("fill_missing", "convert_type", "deduplicate", "new version f_", "orders-cleaned.csv");
        assertThat(run.out()).contains("1 could not");
        Kai.Run cleaned = local.kai("file", "query", "orders-cleaned.csv", "SELECT count(*) AS n, sum(amount) AS s FROM data");
        assertThat(cleaned.out()).contains("3").contains("50");
        Kai.Run original = local.kai("file", "query", fileId, "SELECT count(*) AS n FROM data");
        assertThat(original.out()).contains("4");
    }

    @Test
    void shouldExitWith3NamingTheColumnsWhenAColumnDoesNotExist() {
        Kai.Run run = local.kai("file", "clean", fileId, "--drop-columns", "nope");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(run.err()).contains("COLUMN_NOT_FOUND").contains("region");
    }

    @Test
    void shouldRefuseToRunWithoutAnyStep() {
        Kai.Run run = local.kai("file", "clean", fileId);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
