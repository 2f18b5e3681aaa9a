package ai.kai.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.forecast.ForecastRequest;
import ai.kai.forecast.ModelChoice;
import ai.kai.timeseries.Frequency;

/**
 * A forecast request as the API receives it: {@code {"data" | "file_id", "date_column", "value_column",
 * "periods", "model", "level", "frequency"}}. {@code model} is auto (default), snaive, ets, arima or prophet;
 * {@code level} the interval coverage (0.95 or 95); {@code frequency} hourly … yearly, inferred when absent.
 */
public record ForecastCall(DataSource source, String dateColumn, String valueColumn, int periods, ModelChoice model,
                           double level, Frequency frequency) {

    public static ForecastCall from(JsonNode body) {
        DataSource source = DataSource.from(body);
        String date = Fields.requiredText(body, "date_column", "(the column of dates or times)");
        String value = Fields.requiredText(body, "value_column", "(the numeric column to forecast)");
        Integer periods = Fields.integer(body, "periods", null);
        if (periods == null) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'periods' (how many future periods to forecast) is required");
        }
        if (periods < 1 || periods > ForecastRequest.MAX_PERIODS) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "'periods' must be between 1 and "
                    + ForecastRequest.MAX_PERIODS + " (got " + periods + ")");
        }
        String modelText = Fields.text(body, "model");
        ModelChoice model = modelText == null ? ModelChoice.AUTO : ModelChoice.parse(modelText).orElseThrow(() ->
                new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "unknown model '" + modelText + "'; use one of "
                        + Arrays.stream(ModelChoice.values()).map(ModelChoice::label).collect(Collectors.joining(", "))));
        String frequencyText = Fields.text(body, "frequency");
        Frequency frequency = frequencyText == null ? null : Frequency.parse(frequencyText).orElseThrow(() ->
                new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "unknown frequency '" + frequencyText
                        + "'; use one of " + Arrays.stream(Frequency.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ", or leave it out to infer it from the dates"));
        double level = Fields.number(body, "level", ForecastRequest.DEFAULT_LEVEL);
        return new ForecastCall(source, date, value, periods, model, level, frequency);
    }
}
