package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.Kai;
import ai.kai.cli.demo.SampleSales;

/** {@code kai profile run|report} against a real local stack. */
class ProfileCommandsE2ETest {
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void start() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "profiles");
        sales = dir.resolve("sales.csv");
        SampleSales.write(sales, 2_000);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void shouldUploadALocalPathProfileItAndWriteTheHtmlReport() throws IOException {
        Path html = dir.resolve("sales-profile.html");
        Kai.Run run = local.kai("profile", "run", "--file", sales.toString(), "--output", html.toString());
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("2000 rows", "revenue", "region");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script src");
    }

    @Test
    void shouldPrintTheProfileAsJsonAndWriteAReportForAnUploadedName() throws IOException {
        local.upload(sales, "--name", "named.csv");
        Kai.Run json = local.kai("profile", "run", "--file", "named.csv", "--json");
        assertThat(json.exitCode()).as(json.transcript()).isZero();
        assertThat(json.out()).contains("\"row_count\":2000");
        Path out = dir.resolve("named-report.html");
        Kai.Run report = local.kai("profile", "report", "named.csv", "--output", out.toString());
        assertThat(report.exitCode()).as(report.transcript()).isZero();
        assertThat(Files.size(out)).isGreaterThan(1000);
    }
}
