package ai.kai.visualization;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.chart.render.ExportFormat;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** What a visualization exports to: static images rendered in Java, and HTML pages (offline or CDN). */
public enum OutputFormat {
    PNG("image/png", "export.png"),
    SVG("image/svg+xml", "export.svg"),
    PDF("application/pdf", "export.pdf"),
    HTML("text/html; charset=utf-8", "export.html"),
    HTML_CDN("text/html; charset=utf-8", "export-cdn.html");

    private final String mediaType;
    private final String fileName;

    OutputFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The static-renderer format, or null for HTML. */
    ExportFormat staticFormat() {
        return switch (this) {
            case PNG -> ExportFormat.PNG;
            case SVG -> ExportFormat.SVG;
            case PDF -> ExportFormat.PDF;
            case HTML, HTML_CDN -> null;
        };
    }

    public static OutputFormat parse(String id) {
        if (id == null || id.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'format' is required: one of " + ids());
        }
        String key = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.UNSUPPORTED_EXPORT_FORMAT, "unknown export format '" + id + "'; use one of " + ids());
        }
    }

    public static String ids() {
        return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
    }
}
