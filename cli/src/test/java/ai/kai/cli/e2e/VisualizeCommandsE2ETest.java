package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.Kai;
import ai.kai.cli.demo.SampleSales;
import ai.kai.json.Json;

/** {@code kai visualize generate|export|themes|recommend} against a real local stack: files written, exit codes. */
class VisualizeCommandsE2ETest {
    static final String VIZ_ID = "v_[0-9a-z]{22}";
    @TempDir
    static Path dir;
    static LocalStackFixture local;
    static Path sales;

    @BeforeAll
    static void start() throws IOException {
        local = new LocalStackFixture(dir.resolve("stack"), "charts");
        sales = dir.resolve("sales.csv");
        SampleSales.write(sales, 2_000);
        Kai.Run first = local.kai("visualize", "generate", "--file", sales.toString(), "--type", "bar", "--x", "region",
                "--y", "revenue");
        assertThat(first.exitCode()).as(first.transcript()).isZero();
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    static Kai.Run generateTo(Path out, String... extra) {
        String[] base = {"visualize", "generate", "--file", "sales.csv", "--type", "bar", "--x", "region", "--y", "revenue",
            "--title", "Revenue by region", "--output", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return local.kai(args);
    }

    @Test
    void shouldUploadALocalPathAndWriteTheChartInEveryFormatItsExtensionNames() throws Exception {
        Path json = dir.resolve("chart.json");
        Kai.Run run = generateTo(json);
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).matches(VIZ_ID + "\n");
        JsonNode figure = Json.mapper().readTree(json.toFile());
        double total = 0;
        for (JsonNode y : figure.at("/data/0/y")) {
            total += y.asDouble();
        }
        assertThat(total).isCloseTo(totalRevenue(), org.assertj.core.data.Offset.offset(1e-6));

        Path html = dir.resolve("chart.html");
        assertThat(generateTo(html).exitCode()).isZero();
        assertThat(Files.readString(html)).contains("plotly.js v3.3.1", "Revenue by region").doesNotContain("<script src");
        Path png = dir.resolve("chart.png");
        assertThat(generateTo(png, "--width", "640", "--height", "480").exitCode()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        Path svg = dir.resolve("chart.svg");
        assertThat(generateTo(svg).exitCode()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "Revenue by region");
        Path pdf = dir.resolve("chart.pdf");
        assertThat(generateTo(pdf).exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void shouldChartInlineRowsAndAQueryOverTheFile() throws IOException {
        Path rows = dir.resolve("rows.json");
        Files.writeString(rows, "[{\"month\": \"2025-01\", \"orders\": 10}, {\"month\": \"2025-02\", \"orders\": 14}]");
        Kai.Run inline = local.kai("visualize", "generate", "--data", rows.toString(), "--type", "line", "--x", "month",
                "--y", "orders", "--theme", "dark");
        assertThat(inline.exitCode()).as(inline.transcript()).isZero();
        assertThat(inline.out()).matches(VIZ_ID + "\n");
        Kai.Run query = local.kai("visualize", "generate", "--file", "sales.csv", "--sql",
                "SELECT category, revenue FROM data WHERE units > 0", "--type", "pie", "--x", "category", "--y", "revenue",
                "--json");
        assertThat(query.exitCode()).as(query.transcript()).isZero();
        assertThat(query.out()).contains("\"kind\":\"query\"", "\"viz_id\":\"v_");
    }

    @Test
    void shouldExportAGeneratedChartByItsId() throws Exception {
        Kai.Run made = local.kai("visualize", "generate", "--file", "sales.csv", "--type", "line", "--x", "order_date",
                "--y", "revenue", "--agg", "sum", "--title", "Daily revenue");
        String vizId = made.out().strip();
        Path png = dir.resolve("daily.png");
        Kai.Run export = local.kai("visualize", "export", vizId, "--format", "png", "--dpi", "192", "--output", png.toString());
        assertThat(export.exitCode()).as(export.transcript()).isZero();
        assertThat(export.out()).isEqualTo(png + "\n");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1600);
        Path pdf = dir.resolve("daily.pdf");
        assertThat(local.kai("visualize", "export", vizId, "--output", pdf.toString(), "--width", "400", "--height", "300")
                .exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(400f);
        }
        Path html = dir.resolve("daily.html");
        assertThat(local.kai("visualize", "export", vizId, "--format", "html", "--output", html.toString()).exitCode()).isZero();
        assertThat(Files.size(html)).isGreaterThan(10_000_000L);
    }

    @Test
    void shouldCreateListUseAndDeleteACustomTheme() throws IOException {
        Path theme = dir.resolve("brand.json");
        Files.writeString(theme, "{\"colorway\": [\"#123456\", \"#654321\"], \"paper_background\": \"#fdfdfd\"}");
        Kai.Run create = local.kai("visualize", "themes", "create", "brand", "--from", theme.toString());
        assertThat(create.exitCode()).as(create.transcript()).isZero();
        assertThat(create.out()).isEqualTo("brand\n");
        Kai.Run list = local.kai("visualize", "themes");
        assertThat(list.exitCode()).as(list.transcript()).isZero();
        assertThat(list.out()).contains("default", "dark", "brand", "custom", "#123456");
        Path json = dir.resolve("branded.json");
        assertThat(generateTo(json, "--theme", "brand").exitCode()).isZero();
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("#123456", "#fdfdfd");
        assertThat(local.kai("visualize", "themes", "create", "brand", "--from", theme.toString()).exitCode()).isEqualTo(3);
        assertThat(local.kai("visualize", "themes", "delete", "brand").exitCode()).isZero();
        Kai.Run again = local.kai("visualize", "themes", "delete", "brand");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("THEME_NOT_FOUND");
    }

    @Test
    void shouldRecommendALineFirstForATrendOverTheOrderDates() {
        Kai.Run run = local.kai("visualize", "recommend", "--file", "sales.csv", "--intent", "trend");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out().lines().skip(2).findFirst().orElse("")).as("first row").matches("\\s*1\\s+line\\s.*");
        assertThat(run.err()).contains("try: kai visualize generate --file f_", "--type line --x order_date");
        Kai.Run json = local.kai("visualize", "recommend", "--file", "sales.csv", "--intent", "trend", "--json");
        assertThat(json.out()).contains("\"rank\":1,\"chart_type\":\"line\"");
    }

    @Test
    void shouldExitWith3WhenTheApiRefusesAnd2ForUsageMistakes() {
        Kai.Run unknownColumn = local.kai("visualize", "generate", "--file", "sales.csv", "--type", "bar", "--x", "regoin",
                "--y", "revenue");
        assertThat(unknownColumn.exitCode()).isEqualTo(3);
        assertThat(unknownColumn.err()).contains("CHART_COLUMN_NOT_FOUND", "'regoin'", "region");
        Kai.Run text = local.kai("visualize", "generate", "--file", "sales.csv", "--type", "bar", "--x", "region", "--y", "product");
        assertThat(text.exitCode()).isEqualTo(3);
        assertThat(text.err()).contains("CHART_NEEDS_NUMERIC");
        Kai.Run pie = local.kai("visualize", "generate", "--file", "sales.csv", "--type", "pie", "--x", "order_id", "--y", "revenue");
        assertThat(pie.exitCode()).isEqualTo(3);
        assertThat(pie.err()).contains("TOO_MANY_CATEGORIES");
        assertThat(local.kai("visualize", "generate", "--file", "sales.csv", "--type", "bar", "--x", "region", "--y", "revenue",
                "--theme", "neon").exitCode()).isEqualTo(3);
        assertThat(local.kai("visualize", "export", "v_0000000000000000000000", "--format", "png", "--output",
                dir.resolve("none.png").toString()).exitCode()).isEqualTo(3);
        assertThat(local.kai("visualize", "generate", "--file", "sales.csv", "--type", "bar", "--output", "chart.gif").exitCode())
                .isEqualTo(2);
        assertThat(local.kai("visualize", "generate", "--type", "bar").exitCode()).isEqualTo(2);
        assertThat(local.kai("visualize", "export", "v_x").exitCode()).isEqualTo(2);
    }

    /** Total revenue of the sample, by DuckDB reading the same CSV (independent of the API). */
    static double totalRevenue() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT sum(revenue) FROM read_csv('"
                     + sales.toString().replace("'", "''") + "')")) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
