package ai.kai.analytics;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.anomaly.AnomalyMethod;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * An anomaly request as the API receives it: {@code {"data" | "file_id", "value_column", "date_column", "method",
 * "threshold", "period", "contamination"}}. {@code value_columns} (several) examines rows jointly with an isolation
 * forest.
 */
public record AnomalyCall(DataSource source, List<String> valueColumns, String dateColumn, AnomalyMethod method,
                          Double threshold, Integer period, Double contamination) {

    public AnomalyCall {
        valueColumns = List.copyOf(valueColumns);
        if (valueColumns.isEmpty()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'value_column' (the numeric column to examine) is required");
        }
    }

    public static AnomalyCall from(JsonNode body) {
        DataSource source = DataSource.from(body);
        List<String> values = new ArrayList<>();
        String one = Fields.text(body, "value_column");
        if (one != null) {
            values.add(one);
        }
        for (String v : Fields.texts(body, "value_columns")) {
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return new AnomalyCall(source, values, Fields.text(body, "date_column"),
                AnomalyMethod.parse(Fields.text(body, "method")), Fields.number(body, "threshold", null),
                Fields.integer(body, "period", null), Fields.number(body, "contamination", null));
    }
}
