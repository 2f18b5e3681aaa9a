package ai.kai.chart.render;

import java.util.Locale;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Static export formats with their media types. (HTML is {@code ChartHtml}'s job.) */
public enum ExportFormat {
    PNG("image/png"), SVG("image/svg+xml"), PDF("application/pdf");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new KaiException(ErrorCode.UNSUPPORTED_EXPORT_FORMAT,
                    "unknown export format '" + id + "'; use png, svg or pdf (or html)");
        }
    }
}
