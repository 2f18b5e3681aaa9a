package ai.kai.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A figure as a standalone HTML page. {@link #offline} inlines plotly.js (from the WebJar on the classpath, loaded
 * once) so it renders with no network; {@link #cdn} references the same version on Plotly's CDN and stays small.
 * The figure JSON is escaped for an inline script ({@code <}, {@code >}, {@code &}, U+2028/9 as \\u escapes), so
 * data holding {@code </script>} cannot end the script. When drawing finishes the page sets
 * {@code data-kai-chart="rendered"} on {@code <html>} ({@code "error"} plus {@code data-kai-error} on failure).
 */
public final class ChartHtml {
    public static final String PLOTLY_VERSION = "3.3.1";
    static final String PLOTLY_RESOURCE = "META-INF/resources/webjars/plotly.js-dist/" + PLOTLY_VERSION + "/plotly.js";
    public static final String CDN_URL = "https://cdn.plot.ly/plotly-" + PLOTLY_VERSION + ".min.js";
    private static final ObjectMapper SCRIPT_SAFE = new ObjectMapper();

    static {
        SCRIPT_SAFE.getFactory().setCharacterEscapes(new ScriptEscapes());
    }

    private ChartHtml() {
    }

    /** Renders without a network: plotly.js (≈11 MB unminified) inlined. */
    public static String offline(JsonNode figure) {
        return page(figure, plotlyScript(true));
    }

    /** Small page that loads plotly.js from the CDN. */
    public static String cdn(JsonNode figure) {
        return page(figure, plotlyScript(false));
    }

    /** The {@code <script>} element that defines {@code Plotly}: inlined (offline) or from the CDN; for pages with several charts. */
    public static String plotlyScript(boolean offline) {
        return offline ? "<script>" + PlotlyJs.SOURCE.replace("</script", "<\\/script") + "</script>"
                : "<script src=\"" + CDN_URL + "\" charset=\"utf-8\"></script>";
    }

    /** JSON safe to place inside an inline {@code <script>}: no {@code <}, {@code >}, {@code &}, {@code '} or U+2028/9 appear literally. */
    public static String scriptJson(JsonNode node) {
        try {
            return SCRIPT_SAFE.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "the figure could not be serialised", e);
        }
    }

    private static String page(JsonNode figure, String plotlyScript) {
        String title = figure.at("/layout/title/text").asText("");
        String paper = figure.at("/layout/paper_bgcolor").asText("#ffffff").replaceAll("[^#0-9a-zA-Z(),. ]", "");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escapeHtml(title.isEmpty() ? "KAI chart" : title) + "</title>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<style>html,body{margin:0;background:" + paper + "}</style>\n"
                + plotlyScript + "\n</head>\n<body>\n<div id=\"kai-chart\"></div>\n<script>\n"
                + "(function () {\n"
                + "  var root = document.documentElement;\n"
                + "  function fail(message) { root.setAttribute('data-kai-chart', 'error'); root.setAttribute('data-kai-error', String(message)); }\n"
                + "  window.addEventListener('error', function (e) { fail(e.message); });\n"
                + "  try {\n"
                + "    var figure = " + scriptJson(figure) + ";\n"
                + "    Plotly.newPlot('kai-chart', figure.data, figure.layout, {responsive: true, displaylogo: false})\n"
                + "      .then(function () { if (root.getAttribute('data-kai-chart') !== 'error') root.setAttribute('data-kai-chart', 'rendered'); },\n"
                + "            function (e) { fail(e && e.message ? e.message : e); });\n"
                + "  } catch (e) { fail(e && e.message ? e.message : e); }\n"
                + "})();\n</script>\n</body>\n</html>\n";
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Loads plotly.js once per JVM (at class init, so a SnapStart snapshot already holds it). */
    static final class PlotlyJs {
        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = ChartHtml.class.getClassLoader().getResourceAsStream(PLOTLY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("plotly.js is not on the classpath at " + PLOTLY_RESOURCE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private final int[] table = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
            table['\''] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '<' || ch == '>' || ch == '&' || ch == '\'' || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
