package ai.kai.cli.visualize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.CliJson;

/**
 * A chart written to disk in one format: PNG, SVG, PDF and HTML are exported by the API and downloaded from the
 * presigned URL it answers; JSON is the Plotly figure itself.
 */
enum ChartFile {
    PNG("png", ".png"), SVG("svg", ".svg"), PDF("pdf", ".pdf"), HTML("html", ".html"), HTML_CDN("html_cdn", "-cdn.html"),
    JSON("json", ".json");

    private final String format;
    private final String suffix;

    ChartFile(String format, String suffix) {
        this.format = format;
        this.suffix = suffix;
    }

    String format() {
        return format;
    }

    /** The default file name for a visualization, e.g. {@code v_….png}. */
    Path defaultPath(String vizId) {
        return Path.of(vizId + suffix);
    }

    /** The format a path's extension names (.html is the offline page), or a usage error. */
    static ChartFile ofPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ChartFile f : new ChartFile[] {PNG, SVG, PDF, JSON}) {
            if (name.endsWith(f.suffix)) {
                return f;
            }
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        throw CliException.usage("--output must end in .html, .png, .svg, .pdf or .json (got " + path + ")");
    }

    static ChartFile ofFormat(String format) {
        String key = format.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ChartFile f : values()) {
            if (f.format.equals(key)) {
                return f;
            }
        }
        throw CliException.usage("--format must be png, svg, pdf, html, html_cdn or json (got " + format + ")");
    }

    /**
     * Writes the visualization to {@code path}; {@code options} are the export's dpi/scale/width/height (nulls left
     * out). Answers the bytes written.
     */
    long write(ApiClient api, String vizId, Path path, Map<String, Object> options) {
        String id = ApiClient.segment(vizId);
        if (this == JSON) {
            JsonNode viz = api.get("/visualizations/" + id).data();
            JsonNode figure = viz.path("figure");
            if (figure.isObject()) {
                return writeText(path, CliJson.write(figure));
            }
            return Downloads.save(viz.path("figure_url").asText(), path);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", format);
        options.forEach((k, v) -> {
            if (v != null) {
                body.put(k, v);
            }
        });
        JsonNode export = api.post("/visualizations/" + id + "/export", body).data();
        return Downloads.save(export.path("url").asText(), path);
    }

    private static long writeText(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return Files.size(path);
        } catch (IOException e) {
            throw CliException.local("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
