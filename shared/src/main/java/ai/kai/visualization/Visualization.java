package ai.kai.visualization;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;

/**
 * A visualization as the API answers it: the record's facts, the Plotly figure inline when it is small enough for
 * a response (else null), and always a presigned URL to the stored figure JSON (DESIGN D8: large results by URL).
 */
public record Visualization(
        String vizId,
        ChartType chartType,
        String title,
        ChartSpec spec,
        ChartSource source,
        String createdAt,
        long rowsCharted,
        boolean sampled,
        String note,
        long figureBytes,
        JsonNode figure,
        String figureUrl,
        String figureUrlExpiresAt) {
}
