package ai.kai.visualization;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.render.ExportOptions;
import ai.kai.error.ErrorCode;

/**
 * {@code {"format": "png|svg|pdf|html|html_cdn", "dpi", "scale", "width", "height"}}: width/height in CSS pixels
 * (PDF: points) default to the figure's; dpi (PNG) sets the pixel scale to dpi / 96 and is written into the file.
 */
public record ExportRequest(OutputFormat format, ExportOptions options) {

    public static ExportRequest from(JsonNode body) {
        OutputFormat format = OutputFormat.parse(JsonRequests.optionalText(body, "format"));
        ErrorCode code = ErrorCode.INVALID_EXPORT_OPTIONS;
        return new ExportRequest(format, new ExportOptions(JsonRequests.optionalInt(body, "width", code),
                JsonRequests.optionalInt(body, "height", code), JsonRequests.optionalNumber(body, "scale", code),
                JsonRequests.optionalInt(body, "dpi", code)));
    }
}
