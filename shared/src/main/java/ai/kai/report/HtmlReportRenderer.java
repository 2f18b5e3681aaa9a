package ai.kai.report;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartHtml;

/**
 * Renders a {@link Report} as one self-contained HTML page: typography and print styles inline, Markdown rendered
 * with raw HTML escaped, tables with numbers right-aligned, and interactive Plotly charts. plotly.js appears once per
 * page, only if the report has a chart: inlined in {@link Plotly#OFFLINE} mode (the page opens with no network;
 * plotly.js adds ≈ 11 MB, once), or referenced from Plotly's CDN in {@link Plotly#CDN} mode (a light page that needs the network).
 * When every chart is drawn the page sets {@code data-kai-report="rendered"} on {@code <html>} ({@code "error"} and
 * {@code data-kai-error} otherwise), so a browser test can wait for it.
 */
public final class HtmlReportRenderer {
    /** Rows of one table the page shows at most; the note under it says how many there were. */
    public static final int DEFAULT_MAX_TABLE_ROWS = 1_000;

    /** Where the page gets plotly.js from. */
    public enum Plotly {
        OFFLINE, CDN
    }

    private final Plotly plotly;
    private final int maxTableRows;

    /** Offline mode, up to {@value #DEFAULT_MAX_TABLE_ROWS} rows per table. */
    public HtmlReportRenderer() {
        this(Plotly.OFFLINE, DEFAULT_MAX_TABLE_ROWS);
    }

    public HtmlReportRenderer(Plotly plotly) {
        this(plotly, DEFAULT_MAX_TABLE_ROWS);
    }

    public HtmlReportRenderer(Plotly plotly, int maxTableRows) {
        if (maxTableRows < 1) {
            throw new IllegalArgumentException("maxTableRows must be at least 1; got " + maxTableRows);
        }
        this.plotly = java.util.Objects.requireNonNull(plotly, "plotly");
        this.maxTableRows = maxTableRows;
    }

    public String render(Report report) {
        List<ReportBlock.Chart> charts = ReportMarkup.charts(report);
        String body = new ReportMarkup(HtmlReportRenderer::chartSlot, maxTableRows).body(report);
        StringBuilder page = new StringBuilder(body.length() + 16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"")
                .append(charts.isEmpty() ? " data-kai-report=\"rendered\"" : "").append(">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"KAI Analytics\"/>\n<title>").append(Escape.html(report.title()))
                .append("</title>\n<style>\n").append(ReportCss.BASE).append(ReportCss.HTML).append("</style>\n");
        if (!charts.isEmpty()) {
            page.append(ChartHtml.plotlyScript(plotly == Plotly.OFFLINE)).append('\n');
        }
        page.append("</head>\n<body>\n<div class=\"page\">\n").append(body).append("</div>\n");
        if (!charts.isEmpty()) {
            page.append(drawScript(charts));
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static String chartSlot(int index, ReportBlock.Chart chart) {
        String caption = chart.title() == null || chart.title().isBlank() ? ""
                : "<figcaption>" + Escape.html(chart.title()) + "</figcaption>";
        return "<figure class=\"chart\"><div class=\"plot\" id=\"kai-chart-" + index + "\"></div>" + caption + "</figure>\n";
    }

    /** One script for all charts: each figure drawn into its slot, responsive to the page width. */
    private static String drawScript(List<ReportBlock.Chart> charts) {
        ArrayNode figures = JsonNodeFactory.instance.arrayNode();
        for (ReportBlock.Chart chart : charts) {
            figures.add(responsive(chart.figure()));
        }
        return "<script>\n(function () {\n"
                + "  var root = document.documentElement, figures = " + ChartHtml.scriptJson(figures) + ", left = figures.length;\n"
                + "  function fail(message) { root.setAttribute('data-kai-report', 'error'); root.setAttribute('data-kai-error', String(message)); }\n"
                + "  function done() { if (--left === 0 && root.getAttribute('data-kai-report') !== 'error') root.setAttribute('data-kai-report', 'rendered'); }\n"
                + "  figures.forEach(function (figure, i) {\n"
                + "    try {\n"
                + "      if (!figure || !figure.data) { fail('chart ' + (i + 1) + ' has no figure'); return; }\n"
                + "      Plotly.newPlot('kai-chart-' + i, figure.data, figure.layout || {}, {responsive: true, displaylogo: false})\n"
                + "        .then(done, function (e) { fail(e && e.message ? e.message : e); });\n"
                + "    } catch (e) { fail(e && e.message ? e.message : e); }\n"
                + "  });\n"
                + "})();\n</script>\n";
    }

    /** The figure without a fixed width, so it follows the page (and the printed page). */
    private static JsonNode responsive(JsonNode figure) {
        if (figure == null || !figure.isObject()) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode copy = ((ObjectNode) figure).deepCopy();
        if (copy.get("layout") instanceof ObjectNode layout) {
            layout.remove("width");
            layout.put("autosize", true);
        }
        return copy;
    }
}
