package ai.kai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.chart.HeadlessChromium;

/** The offline HTML report in a real browser: every chart drawn by plotly.js, and hostile text stays text. */
class ReportBrowserTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "headless Chromium (/usr/bin/chromium) is not installed");
    }

    private static Document open(Report report, String name) throws Exception {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, new HtmlReportRenderer().render(report), StandardCharsets.UTF_8);
        HeadlessChromium.Run run = HeadlessChromium.run(dir, name, "--virtual-time-budget=15000", "--dump-dom", page.toUri().toString());
        String root = HeadlessChromium.rootTag(run.stdout());
        assertThat(root).as("page state: " + root).contains("data-kai-report=\"rendered\"").doesNotContain("data-kai-error");
        assertThat(run.stderr()).doesNotContain("Uncaught");
        return Jsoup.parse(run.stdout());
    }

    @Test
    void shouldDrawEveryChartOfTheReportOffline() throws Exception {
        Document dom = open(ReportFixtures.everyBlockKind(), "every-block-kind");

        assertThat(dom.select("figure.chart .plot")).hasSize(3);
        assertThat(dom.select("figure.chart .plot svg.main-svg")).hasSizeGreaterThanOrEqualTo(3);
        for (var plot : dom.select("figure.chart .plot")) {
            assertThat(plot.select("svg.main-svg")).as(plot.id()).isNotEmpty();
        }
    }

    @Test
    void shouldRunNoScriptThatTheReportsTextCarries() throws Exception {
        Document dom = open(ReportFixtures.hostile(), "hostile");

        assertThat(dom.select("script")).hasSize(2);
        assertThat(dom.select("img, [onerror]")).isEmpty();
        assertThat(dom.select("h1").text()).isEqualTo("Title " + ReportFixtures.HOSTILE);
        assertThat(dom.select("figure.chart .plot svg.main-svg")).isNotEmpty();
    }
}
