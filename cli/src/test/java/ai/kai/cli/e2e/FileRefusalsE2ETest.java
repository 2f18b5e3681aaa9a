package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;
import ai.kai.cli.demo.SampleSales;

/** What {@code kai file …} does when things go wrong, end to end: refusals, failed ingest, other tenants' files. */
class FileRefusalsE2ETest {
    private static final String FILE_ID = LocalStackFixture.FILE_ID;
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void startStack() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "tenant-a");
        sales = dir.resolve("sales.csv");
        SampleSales.write(sales, 500);
    }

    @AfterAll
    static void stopStack() {
        local.close();
    }

    private static Kai.Run kai(String... args) {
        return local.kai(args);
    }

    private static String upload(Path file, String... extra) {
        return local.upload(file, extra);
    }

    @Test
    void shouldExitWith3AndReasonOnUnknownFileAndBadSql() {
        upload(sales, "--name", "sql.csv");

        Kai.Run unknown = kai("file", "show", "never-uploaded.csv");
        Kai.Run syntax = kai("file", "query", "sql.csv", "SELEC region FROM data");
        Kai.Run write = kai("file", "query", "sql.csv", "DROP TABLE data");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(unknown.err()).isEqualTo("kai: FILE_NOT_FOUND: no file named \"never-uploaded.csv\" (kai file list shows your files)\n");
        assertThat(syntax.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(syntax.err()).startsWith("kai: SQL_SYNTAX_ERROR: ");
        assertThat(write.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(write.err()).startsWith("kai: SQL_NOT_READ_ONLY: ");
    }

    @Test
    void shouldExitWith6WithTheStoredReasonWhenIngestFails() throws IOException {
        Path headerOnly = dir.resolve("header-only.csv");
        Files.writeString(headerOnly, "region,revenue\n");

        Kai.Run run = kai("file", "upload", headerOnly.toString());

        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.INGEST_FAILED);
        assertThat(run.err()).containsPattern("kai: ingest of header-only.csv \\(" + FILE_ID + "\\) failed: NO_DATA_ROWS: ");
    }

    @Test
    void shouldRefuseBinaryJunkNamedCsvWithANonZeroExitAndTheReason() throws IOException {
        byte[] junk = new byte[5 * 1024 * 1024];
        new Random(7).nextBytes(junk);
        Path small = dir.resolve("junk.csv");
        Files.write(small, java.util.Arrays.copyOf(junk, 10_000));
        Path large = dir.resolve("large-junk.csv");
        Files.write(large, junk);

        Kai.Run inline = kai("file", "upload", small.toString());
        Kai.Run presigned = kai("file", "upload", large.toString());

        assertThat(inline.exitCode()).as(inline.transcript()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(inline.err()).contains("kai: BINARY_CONTENT: the content is binary");
        assertThat(presigned.exitCode()).as(presigned.transcript()).isEqualTo(ExitCodes.INGEST_FAILED);
        assertThat(presigned.err()).contains("failed: BINARY_CONTENT: the content is binary");
        Kai.Run show = kai("file", "show", "large-junk.csv");
        assertThat(show.out()).contains("failed", "BINARY_CONTENT");
    }

    @Test
    void shouldKeepTenantsApart() {
        String id = upload(sales, "--name", "tenant-a-only.csv");
        Kai.Run minted = Kai.run("local", "token", "--tenant", "tenant-b", "--data-dir", local.dataDir.toString());
        assertThat(minted.exitCode()).as(minted.transcript()).isZero();
        String tokenB = minted.out().strip();

        Kai.Run show = local.kaiAs(tokenB, "file", "show", id);
        Kai.Run query = local.kaiAs(tokenB, "file", "query", id, "SELECT * FROM data");
        Kai.Run byName = local.kaiAs(tokenB, "file", "show", "tenant-a-only.csv");

        assertThat(show.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(show.err()).startsWith("kai: FILE_NOT_FOUND");
        assertThat(query.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(byName.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    }

    @Test
    void shouldUseTheDevelopmentTokenWhenNoneIsGivenAgainstTheLocalStack() throws IOException {
        upload(sales, "--name", "a-private.csv");
        Path mine = dir.resolve("dev-file.csv");
        Files.writeString(mine, "x\n1\n");
        Kai.Run upload = local.kaiAs(null, "file", "upload", mine.toString());
        assertThat(upload.exitCode()).as(upload.transcript()).isZero();

        Kai.Run devList = local.kaiAs(null, "file", "list");
        Kai.Run tenantAList = kai("file", "list");

        assertThat(devList.out()).contains("dev-file.csv").doesNotContain("a-private.csv");
        assertThat(tenantAList.out()).contains("a-private.csv").doesNotContain("dev-file.csv");
    }
}
