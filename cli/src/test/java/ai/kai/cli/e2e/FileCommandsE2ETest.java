package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.Kai;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.CliJson;
import ai.kai.cli.demo.SampleSales;

/** {@code kai file …} end to end against a real local stack, as a person at a terminal would use it. */
class FileCommandsE2ETest {
    private static final String FILE_ID = LocalStackFixture.FILE_ID;
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void startStack() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "tenant-a");
        sales = dir.resolve("sales.csv");
        SampleSales.write(sales, 3_000);
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
    void shouldUploadInlineWaitForIngestAndPrintOnlyTheNewFileId() {
        Kai.Run run = kai("file", "upload", sales.toString(), "--name", "inline-sales.csv");

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).matches(FILE_ID + "\n");
        assertThat(run.err()).contains("uploaded inline-sales.csv", "ingested inline-sales.csv",
                "inline-sales.csv is ready: 3,000 rows × 9 columns");
    }

    @Test
    void shouldUploadAFileLargerThan4MiBThroughAPresignedPutWithProgress() throws IOException {
        Path big = dir.resolve("big-sales.csv");
        SampleSales.write(big, 70_000);
        assertThat(Files.size(big)).isGreaterThan(ApiClient.MAX_INLINE_BYTES);

        Kai.Run run = kai("file", "upload", big.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.err()).contains("uploading big-sales.csv: 50%", "uploading big-sales.csv: 100%");
        Kai.Run count = kai("file", "query", run.out().strip(), "SELECT count(*) AS n FROM data");
        assertThat(count.out()).contains("70000");
    }

    @Test
    void shouldListFilesNewestFirst() {
        String first = upload(sales, "--name", "list-first.csv");
        String second = upload(sales, "--name", "list-second.csv");

        Kai.Run run = kai("file", "list");

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("file_id", "name", "status", "list-first.csv", "list-second.csv");
        assertThat(run.out().indexOf(second)).isLessThan(run.out().indexOf(first));
    }

    @Test
    void shouldShowAFileByItsUploadedNameWithSchemaAndPreview() {
        String id = upload(sales, "--name", "show-me.csv");

        Kai.Run run = kai("file", "show", "show-me.csv");

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains(id, "ready", "3,000", "order_date", "DATE", "revenue", "DOUBLE", "Preview", "SO-000001");
    }

    @Test
    void shouldPickTheNewestFileWhenSeveralShareAName() throws IOException {
        Path small = dir.resolve("dup.csv");
        Files.writeString(small, "a,b\n1,2\n");
        upload(small);
        Files.writeString(small, "a,b\n1,2\n3,4\n");
        String newest = upload(small);

        Kai.Run run = kai("file", "show", "dup.csv");

        assertThat(run.out()).contains(newest);
        assertThat(run.err()).contains("2 files are named \"dup.csv\"; using the newest, " + newest);
    }

    @Test
    void shouldAnswerAggregatesThatMatchAnIndependentComputation() throws IOException {
        String id = upload(sales, "--name", "aggregate.csv");
        Map<String, BigDecimal> revenue = new TreeMap<>();
        Map<String, Long> units = new TreeMap<>();
        for (String line : Files.readAllLines(sales).subList(1, 3_001)) {
            String[] f = line.replaceAll("\"[^\"]*\"", "product").split(",", -1);
            if (!f[2].isEmpty()) {
                revenue.merge(f[2], new BigDecimal(f[8]), BigDecimal::add);
                units.merge(f[2], Long.parseLong(f[6]), Long::sum);
            }
        }
        Path csv = dir.resolve("by-region.csv");

        Kai.Run run = kai("file", "query", "aggregate.csv",
                "SELECT region, SUM(revenue) AS revenue, SUM(units) AS units FROM data WHERE region IS NOT NULL "
                        + "GROUP BY region ORDER BY region", "--output", csv.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("region", "(4 rows, ").contains(units.keySet());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("region,revenue,units");
        assertThat(lines).hasSize(5);
        for (String line : lines.subList(1, 5)) {
            String[] f = line.split(",");
            assertThat(new BigDecimal(f[1]).doubleValue()).as(f[0]).isCloseTo(revenue.get(f[0]).doubleValue(), within(0.001));
            assertThat(Long.parseLong(f[2])).as(f[0]).isEqualTo(units.get(f[0]));
        }
        assertThat(id).matches(FILE_ID);
    }

    @Test
    void shouldWriteParquetThatKeepsTheResultsColumnTypes() throws Exception {
        upload(sales, "--name", "parquet.csv");
        Path parquet = dir.resolve("months.parquet");

        Kai.Run run = kai("file", "query", "parquet.csv", "SELECT CAST(date_trunc('month', order_date) AS DATE) AS month, "
                + "count(*) AS orders, sum(revenue) AS revenue FROM data GROUP BY ALL ORDER BY month", "-o", parquet.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.err()).contains("wrote 24 rows to " + parquet);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT typeof(month), typeof(orders), typeof(revenue), count(*) OVER (), "
                     + "sum(orders) OVER () FROM read_parquet('" + parquet + "') LIMIT 1")) {
            rs.next();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3))).containsExactly("DATE", "BIGINT", "DOUBLE");
            assertThat(rs.getLong(4)).isEqualTo(24);
            assertThat(rs.getLong(5)).isEqualTo(3_000);
        }
    }

    @Test
    void shouldPrintTheApisResponseWrapperWithJson() throws Exception {
        String id = upload(sales, "--name", "json.csv");

        Kai.Run run = kai("file", "query", id, "SELECT count(*) AS n FROM data", "--json");

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode wrapper = CliJson.readTree(run.out());
        assertThat(wrapper.fieldNames()).toIterable().containsExactly("success", "data", "error", "metadata");
        assertThat(wrapper.path("success").asBoolean()).isTrue();
        assertThat(wrapper.path("data").path("rows").get(0).get(0).asLong()).isEqualTo(3_000);
        assertThat(wrapper.path("metadata").path("file_id").asText()).isEqualTo(id);
    }

    @Test
    void shouldDeleteAFileByName() {
        String id = upload(sales, "--name", "to-delete.csv");

        Kai.Run run = kai("file", "delete", "to-delete.csv");

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).isEqualTo("deleted " + id + " (to-delete.csv)\n");
        Kai.Run show = kai("file", "show", id);
        assertThat(show.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
        assertThat(show.err()).startsWith("kai: FILE_NOT_FOUND");
    }

    @Test
    void shouldTellIngestHowToReadTheFile() throws IOException {
        Path european = dir.resolve("european.csv");
        Files.writeString(european, "region;revenue\nNorth;1,5\nSouth;2,25\nNorth;3\n");
        upload(european, "--delimiter", ";", "--decimal-separator", ",", "--header");

        Kai.Run sum = kai("file", "query", "european.csv", "SELECT sum(revenue) AS total, count(*) AS n FROM data", "--json");
        Kai.Run show = kai("file", "show", "european.csv");

        JsonNode row = CliJson.readTree(sum.out()).path("data").path("rows").get(0);
        assertThat(row.get(0).asDouble()).isEqualTo(6.75);
        assertThat(row.get(1).asLong()).isEqualTo(3);
        assertThat(show.out()).contains("revenue", "DOUBLE");
    }

    @Test
    void shouldReturnAtOnceWithNoWait() {
        Kai.Run run = kai("file", "upload", sales.toString(), "--name", "no-wait.csv", "--no-wait");

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).matches(FILE_ID + "\n");
        assertThat(run.err()).contains("not waiting for ingest").doesNotContain("ingested");
    }
}
