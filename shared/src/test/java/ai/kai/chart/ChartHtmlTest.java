package ai.kai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.json.Json;

class ChartHtmlTest {
    private final ChartService service = new ChartService();

    private ObjectNode hostileFigure() {
        Table t = Table.builder().texts("label", "</script><script>alert(1)</script>", "a&b", "plain\u2028line")
                .numbers("v", 1, 2, 3).build();
        return service.figure(ChartSpec.of(ChartType.BAR).x("label").y("v").title("<b>Risky</b> & title").build(), t);
    }

    @Test
    void shouldEmbedPlotlyJsSoTheOfflinePageNeedsNoNetwork() {
        String html = ChartHtml.offline(hostileFigure());
        assertThat(html).doesNotContain("<script src=");
        assertThat(html).contains("Plotly.newPlot");
        assertThat(html.length()).isGreaterThan(5_000_000);
        assertThat(ChartHtml.PlotlyJs.SOURCE).contains(ChartHtml.PLOTLY_VERSION);
    }

    @Test
    void shouldReferenceTheSamePlotlyVersionOnTheCdnInTheLightPage() {
        String html = ChartHtml.cdn(hostileFigure());
        assertThat(html).contains("<script src=\"https://cdn.plot.ly/plotly-3.3.1.min.js\"");
        assertThat(html.length()).isLessThan(20_000);
    }

    @Test
    void shouldEscapeDataSoNoValueCanCloseTheScript() throws Exception {
        String html = ChartHtml.cdn(hostileFigure());
        String script = html.substring(html.indexOf("var figure"));
        assertThat(script.indexOf("</script>")).isEqualTo(script.lastIndexOf("</script>"));
        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(html).contains("<title>&lt;b&gt;Risky&lt;/b&gt; &amp; title</title>");
        String json = ChartHtml.scriptJson(hostileFigure());
        assertThat(json).doesNotContain("<").doesNotContain("\u2028");
        JsonNode back = Json.mapper().readTree(json);
        assertThat(back.at("/data/0/x/0").asText()).isEqualTo("</script><script>alert(1)</script>");
    }
}
