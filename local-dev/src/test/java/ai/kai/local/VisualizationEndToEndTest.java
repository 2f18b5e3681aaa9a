package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Visualizations through the local gateway and the real handlers: generated from inline rows, from a file (summed in
 * DuckDB) and from a query over it; stored per tenant; exported as PNG, SVG, PDF and HTML by presigned URL; themes
 * and recommendations.
 */
class VisualizationEndToEndTest {
    static final int ROWS = 3000;
    @TempDir
    static Path dataDir;
    static LocalStack stack;
    static ApiClient api;
    static StorageProbe storage;
    static String fileId;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        api = new ApiClient(stack.endpoint(), stack.tokenFor("charts"));
        storage = new StorageProbe(dataDir, stack);
        fileId = api.postJson("/api/v2/files/upload", Map.of("name", "sales.csv", "content", SalesRows.csv(ROWS)))
                .data().path("file_id").asText();
        assertThat(stack.awaitEventsHandled(60_000)).isTrue();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static ApiClient.Response generate(Object body) {
        return api.postJson("/api/v2/visualizations/generate", body);
    }

    static Map<String, Object> bar(Map<String, Object> source, Map<String, Object> config) {
        Map<String, Object> body = new LinkedHashMap<>(source);
        body.put("chart_type", "bar");
        body.put("config", config);
        return body;
    }

    /** category → value of a single-trace bar figure. */
    static Map<String, Double> bars(JsonNode figure) {
        assertThat(figure.path("data")).hasSize(1);
        JsonNode trace = figure.path("data").get(0);
        Map<String, Double> out = new java.util.TreeMap<>();
        for (int i = 0; i < trace.path("x").size(); i++) {
            out.put(trace.path("x").get(i).asText(), trace.path("y").get(i).asDouble());
        }
        return out;
    }

    static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    @Test
    void shouldChartInlineRowsSummingEachCategory() {
        ApiClient.Response r = generate(bar(Map.of("data", List.of(Map.of("region", "North", "revenue", 10),
                Map.of("region", "South", "revenue", 7.5), Map.of("region", "North", "revenue", 2))),
                Map.of("x", "region", "y", "revenue", "title", "Inline")));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(r.data().path("viz_id").asText()).matches("v_[0-9a-z]{22}");
        assertThat(bars(r.data().path("figure"))).isEqualTo(Map.of("North", 12.0, "South", 7.5));
        assertThat(r.data().path("source").path("kind").asText()).isEqualTo("inline");
        assertThat(r.data().path("figure").at("/layout/title/text").asText()).isEqualTo("Inline");
    }

    @Test
    void shouldSumAFileInDuckDbToExactlyTheRevenueOfEachRegion() {
        ApiClient.Response r = generate(bar(Map.of("file_id", fileId),
                Map.of("x", "region", "y", "revenue", "aggregation", "sum", "title", "Revenue by region")));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(bars(r.data().path("figure"))).containsExactlyEntriesOf(SalesRows.revenueByRegion(ROWS, null));
        assertThat(r.data().path("rows_charted").asLong()).isEqualTo(4);
        assertThat(r.data().path("source").path("input_rows").asLong()).isEqualTo(ROWS);
        assertThat(r.data().path("sampled").asBoolean()).isFalse();
        String vizId = r.data().path("viz_id").asText();
        assertThat(storage.snapshot()).containsKeys("s3:tenants/charts/visualizations/" + vizId + "/figure.json",
                "ddb:TENANT#charts|VIZ#" + vizId);
    }

    @Test
    void shouldChartTheResultOfAReadOnlyQueryOverTheFile() {
        ApiClient.Response r = generate(bar(Map.of("file_id", fileId, "sql", "SELECT region, revenue FROM data WHERE product = 'B'"),
                Map.of("x", "region", "y", "revenue")));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(bars(r.data().path("figure"))).containsExactlyEntriesOf(SalesRows.revenueByRegion(ROWS, "B"));
        assertThat(r.data().path("source").path("kind").asText()).isEqualTo("query");
    }

    @Test
    void shouldServeAVisualizationByIdToItsTenantOnly() throws Exception {
        String vizId = generate(bar(Map.of("file_id", fileId), Map.of("x", "region", "y", "revenue", "title", "Kept")))
                .data().path("viz_id").asText();
        ApiClient.Response got = api.get("/api/v2/visualizations/" + vizId);
        assertThat(got.status()).as(got.raw()).isEqualTo(200);
        assertThat(got.data().path("chart_type").asText()).isEqualTo("bar");
        assertThat(got.data().path("spec").path("x").asText()).isEqualTo("region");
        assertThat(bars(got.data().path("figure"))).containsExactlyEntriesOf(SalesRows.revenueByRegion(ROWS, null));
        assertThat(new String(download(got.data().path("figure_url").asText()), StandardCharsets.UTF_8)).contains("\"Kept\"");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.endpoint()
                        + "/api/v2/visualizations/" + vizId + "?format=html_cdn"))
                .header("Authorization", "Bearer " + stack.tokenFor("charts")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("https://cdn.plot.ly/plotly-").contains("Kept");
        ApiClient other = api.as(stack.tokenFor("someone-else"));
        assertThat(other.get("/api/v2/visualizations/" + vizId).status()).isEqualTo(404);
        assertThat(other.get("/api/v2/visualizations/" + vizId).errorCode()).isEqualTo("VISUALIZATION_NOT_FOUND");
        assertThat(other.postJson("/api/v2/visualizations/" + vizId + "/export", Map.of("format", "png")).status()).isEqualTo(404);
        assertThat(api.get("/api/v2/visualizations/v_0000000000000000000000").status()).isEqualTo(404);
    }

    @Test
    void shouldExportPngSvgPdfAndHtmlRenderedInTheFunction() throws Exception {
        String vizId = generate(bar(Map.of("file_id", fileId), Map.of("x", "region", "y", "revenue",
                "title", "Revenue by region", "width", 640, "height", 400))).data().path("viz_id").asText();
        String path = "/api/v2/visualizations/" + vizId + "/export";

        ApiClient.Response png = api.postJson(path, Map.of("format", "png", "dpi", 192));
        assertThat(png.status()).as(png.raw()).isEqualTo(200);
        assertThat(png.data().path("content_type").asText()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(download(png.data().path("url").asText())));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(colouredPixels(image)).as("bar-coloured pixels").isGreaterThan(10_000);

        ApiClient.Response svg = api.postJson(path, Map.of("format", "svg"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(download(svg.data().path("url").asText())));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Revenue by region");

        ApiClient.Response pdf = api.postJson(path, Map.of("format", "pdf", "width", 500, "height", 300));
        try (PDDocument document = Loader.loadPDF(download(pdf.data().path("url").asText()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(500f);
            assertThat(page.getHeight()).isEqualTo(300f);
        }

        ApiClient.Response html = api.postJson(path, Map.of("format", "html"));
        assertThat(html.data().path("size_bytes").asLong()).as("plotly.js is inlined").isGreaterThan(10_000_000);
        assertThat(html.data().path("content").isNull()).as("too large to answer inline").isTrue();
        String offline = new String(download(html.data().path("url").asText()), StandardCharsets.UTF_8);
        assertThat(offline).contains("plotly.js v3.3.1").contains("Revenue by region").contains("\"type\":\"bar\"")
                .doesNotContain("<script src");
        ApiClient.Response cdn = api.postJson(path, Map.of("format", "html_cdn"));
        assertThat(cdn.data().path("content").asText()).contains("https://cdn.plot.ly/").contains("Revenue by region");
        assertThat(storage.snapshot()).containsKeys("s3:tenants/charts/visualizations/" + vizId + "/export.png",
                "s3:tenants/charts/visualizations/" + vizId + "/export.pdf",
                "s3:tenants/charts/visualizations/" + vizId + "/export.html");
    }

    @Test
    void shouldRankALineFirstForAMeasureOverDatesWhenTheIntentIsTrend() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int d = 1; d <= 28; d++) {
            rows.add(Map.of("day", "2025-02-" + (d < 10 ? "0" + d : d), "orders", 100 + d * 3 % 11));
        }
        ApiClient.Response inline = api.postJson("/api/v2/visualizations/recommend", Map.of("data", rows, "intent", "trend"));
        assertThat(inline.status()).as(inline.raw()).isEqualTo(200);
        JsonNode first = inline.data().path("recommendations").get(0);
        assertThat(first.path("chart_type").asText()).isEqualTo("line");
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("reason").asText()).contains("over time");
        assertThat(first.path("config").path("x").asText()).isEqualTo("day");
        ApiClient.Response file = api.postJson("/api/v2/visualizations/recommend", Map.of("file_id", fileId, "intent", "trend"));
        assertThat(file.data().path("recommendations").get(0).path("chart_type").asText()).isEqualTo("line");
        ApiClient.Response compare = api.postJson("/api/v2/visualizations/recommend", Map.of("file_id", fileId, "intent", "compare"));
        assertThat(compare.data().path("recommendations").get(0).path("chart_type").asText()).startsWith("bar");
    }

    static long colouredPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                n += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
            }
        }
        return n;
    }
}
