package ai.kai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import ai.kai.chart.ChartHtml;

class HtmlReportRendererTest {
    private static final Path OUT = Path.of("target", "report-render");

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static String render(Report report, String name) throws Exception {
        String html = new HtmlReportRenderer().render(report);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name + ".html"), html);
        return html;
    }

    @Test
    void shouldShowTitleFactsContentsAndEverySectionHeading() throws Exception {
        Report report = ReportFixtures.everyBlockKind();
        Document doc = parse(render(report, "every-block-kind"));

        assertThat(doc.title()).isEqualTo("Monthly sales review");
        assertThat(doc.select("h1.report-title").text()).isEqualTo("Monthly sales review");
        assertThat(doc.select("p.description").text()).contains("November 2025");
        assertThat(doc.select("table.facts th").eachText()).containsExactly("Parameters", "Data source", "Run time", "Status", "Generated");
        assertThat(doc.select("table.facts td").last().text()).isEqualTo("2026-11-25 08:30 UTC");
        List<String> headings = doc.select("section.section h2").eachText();
        assertThat(headings).hasSize(report.sections().size());
        for (int i = 0; i < report.sections().size(); i++) {
            assertThat(headings.get(i)).isEqualTo((i + 1) + ". " + report.sections().get(i).heading());
        }
        assertThat(doc.select("nav.toc a").eachAttr("href"))
                .containsExactly("#section-1", "#section-2", "#section-3", "#section-4", "#section-5", "#section-6", "#section-7");
        for (Element link : doc.select("nav.toc a")) {
            assertThat(doc.getElementById(link.attr("href").substring(1))).isNotNull();
        }
    }

    @Test
    void shouldRenderEveryBlockKind() throws Exception {
        Document doc = parse(render(ReportFixtures.everyBlockKind(), "every-block-kind"));

        Element markdown = doc.selectFirst("div.markdown");
        assertThat(markdown.select("strong").text()).isEqualTo("grew");
        assertThat(markdown.select("li").eachText()).containsExactly("first", "second");
        assertThat(markdown.select("table td").eachText()).containsExactly("x", "1");
        assertThat(doc.select("div.code pre code.language-sql").text()).startsWith("SELECT region, sum(revenue)");
        assertThat(doc.select("table.data th").eachText()).containsExactly("region", "revenue", "orders");
        assertThat(doc.select("div.metric .metric-label").eachText()).containsExactly("t statistic", "p-value", "effect size (d)");
        assertThat(doc.select("div.metric .metric-value").eachText()).containsExactly("2.71", "0.0068", "0.41");
        assertThat(doc.select("figure.chart .plot")).hasSize(3);
        assertThat(doc.select("figure.chart figcaption").eachText()).containsExactly("Daily revenue", "Revenue share", "Revenue by region and product");
        assertThat(doc.select("div.error-block code").text()).isEqualTo("FORECAST_TOO_FEW_POINTS");
        assertThat(doc.select("div.error-block .error-message").text()).contains("widen the date range");
    }

    @Test
    void shouldRightAlignNumbersAndShowThemWithoutFloatNoise() throws Exception {
        Document doc = parse(render(ReportFixtures.everyBlockKind(), "every-block-kind"));
        Element table = doc.selectFirst("table.data");

        assertThat(table.select("thead th").stream().map(th -> th.attr("class")).toList()).containsExactly("", "num", "num");
        assertThat(table.select("tbody tr").get(0).select("td").eachText()).containsExactly("North", "12345.5", "120");
        assertThat(table.select("tbody tr").get(1).select("td").get(1).text()).isEqualTo("0.3");
        assertThat(table.select("tbody tr").get(2).select("td").get(1).hasClass("null")).isTrue();
        assertThat(table.select("tbody td.num")).hasSize(6);
        assertThat(doc.selectFirst("p.table-note").text()).isEqualTo("3 rows");
    }

    @Test
    void shouldSayHowManyRowsAreShownOfHowManyThereWere() {
        ReportBlock.Table first50 = new ReportBlock.Table(List.of("n"), ReportFixtures.longTable(50).rows().stream()
                .map(r -> List.<Object>of(r.get(2))).toList(), 1234);
        Report report = new Report("Rows", "", List.of(), List.of(new ReportSection("Result", "success", "", List.of(first50))),
                ReportFixtures.AT);

        Document doc = parse(new HtmlReportRenderer().render(report));
        assertThat(doc.select("table.data tbody tr")).hasSize(50);
        assertThat(doc.selectFirst("p.table-note").text()).isEqualTo("Showing 50 of 1,234 rows");

        Document capped = parse(new HtmlReportRenderer(HtmlReportRenderer.Plotly.OFFLINE, 10).render(report));
        assertThat(capped.select("table.data tbody tr")).hasSize(10);
        assertThat(capped.selectFirst("p.table-note").text()).isEqualTo("Showing 10 of 1,234 rows");
    }

    @Test
    void shouldEmbedPlotlyOnceAndLoadNothingFromOutsideInOfflineMode() throws Exception {
        String html = render(ReportFixtures.everyBlockKind(), "every-block-kind");
        Document doc = parse(html);

        assertThat(doc.select("script[src]")).isEmpty();
        assertThat(doc.select("link[href], img[src], iframe")).isEmpty();
        assertThat(doc.select("script")).hasSize(2);
        assertThat(doc.select("head script").first().data()).contains("newPlot");
        String draw = doc.select("body > script").first().data();
        assertThat(draw).contains("kai-chart-").contains("\"data\"");
        assertThat(html.indexOf(ChartHtml.plotlyScript(true))).isEqualTo(html.lastIndexOf(ChartHtml.plotlyScript(true)));
        assertThat(doc.select("html").attr("data-kai-report")).isEmpty();
    }

    @Test
    void shouldReferencePlotlyOnceFromTheCdnAndStayLightInCdnMode() {
        String html = new HtmlReportRenderer(HtmlReportRenderer.Plotly.CDN).render(ReportFixtures.everyBlockKind());
        Document doc = parse(html);

        assertThat(doc.select("script[src]").eachAttr("src")).containsExactly(ChartHtml.CDN_URL);
        assertThat(html.length()).isLessThan(200_000);
        assertThat(doc.select("figure.chart .plot")).hasSize(3);
    }

    @Test
    void shouldEscapeHostileTextEverywhere() throws Exception {
        String html = render(ReportFixtures.hostile(), "hostile");
        Document doc = parse(html);

        assertThat(doc.select("script")).hasSize(2);
        for (Element script : doc.select("script")) {
            assertThat(script.data()).doesNotContain("alert('x')");
        }
        assertThat(doc.select("img, iframe, [onerror], [onclick]")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.title()).isEqualTo("Title " + ReportFixtures.HOSTILE);
        assertThat(doc.select("h1").text()).isEqualTo("Title " + ReportFixtures.HOSTILE);
        assertThat(doc.select("section h2").text()).contains("Heading " + ReportFixtures.HOSTILE);
        assertThat(doc.select("div.markdown p").first().text()).contains(ReportFixtures.HOSTILE).contains("<img src=x onerror=alert(1)>");
        assertThat(doc.select("div.markdown td").text()).isEqualTo(ReportFixtures.HOSTILE);
        assertThat(doc.select("table.data th").text()).isEqualTo("col " + ReportFixtures.HOSTILE);
        assertThat(doc.select("table.data td").eachText()).containsExactly(ReportFixtures.HOSTILE, "abc");
        assertThat(doc.select("div.code code").text()).isEqualTo(ReportFixtures.HOSTILE);
        assertThat(doc.select("div.code code").attr("class")).matches("language-[a-z0-9-]+");
        assertThat(doc.select("div.error-block code").text()).isEqualTo(ReportFixtures.HOSTILE);
        assertThat(doc.select("figure.chart figcaption").text()).isEqualTo(ReportFixtures.HOSTILE);
        assertThat(doc.select("a.image-link").attr("href")).isEqualTo("http://tracker.example/p.png");
        assertThat(doc.select(".badge").first().attr("class")).matches("badge badge-[a-z0-9-]+");
    }

    @Test
    void shouldRenderAnEmptyReportWithoutContentsOrScripts() throws Exception {
        Document doc = parse(render(ReportFixtures.empty(), "empty"));

        assertThat(doc.select("h1").text()).isEqualTo("Nothing to report");
        assertThat(doc.select("nav.toc, section, script, p.description")).isEmpty();
        assertThat(doc.select("p.empty").text()).isEqualTo("This report has no sections.");
        assertThat(doc.select("html").attr("data-kai-report")).isEqualTo("rendered");
    }

    @Test
    void shouldMarkFailedAndSkippedSectionsWithTheirBadgesAndError() throws Exception {
        Document doc = parse(render(ReportFixtures.everyBlockKind(), "every-block-kind"));

        Element failed = doc.getElementById("section-6");
        assertThat(failed.hasClass("status-failed")).isTrue();
        assertThat(failed.select(".badge-failed").text()).isEqualTo("failed");
        assertThat(failed.select(".error-block").text()).contains("FORECAST_TOO_FEW_POINTS").contains("at least 10");
        Element skipped = doc.getElementById("section-7");
        assertThat(skipped.select(".badge-skipped").text()).isEqualTo("skipped");
        assertThat(skipped.select("p.muted").text()).startsWith("Skipped");
        assertThat(doc.select("nav.toc .badge").eachText()).containsExactly("failed", "skipped");
        assertThat(doc.getElementById("section-1").select(".badge-success").text()).isEqualTo("success");
    }

    @Test
    void shouldCarryPrintStylesThatRepeatTableHeadersAndKeepChartsWhole() {
        String html = new HtmlReportRenderer().render(ReportFixtures.empty());
        String css = parse(html).select("style").html();

        assertThat(css).contains("@media print").contains("display: table-header-group").contains("page-break-inside: avoid");
    }
}
