package ai.kai.forecast;

import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * An extra explanatory column for the Prophet-style model: one value per input row ({@code values}, aligned
 * with the request's dates; null where unknown) and one per forecast period ({@code futureValues}, required —
 * a regressor's future must be known to forecast with it).
 */
public record Regressor(String name, List<Double> values, List<Double> futureValues) {
    public Regressor {
        if (name == null || name.isBlank()) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "a regressor needs a name");
        }
        if (values == null || futureValues == null) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST,
                    "regressor '" + name + "' needs values for the history and for every forecast period");
        }
        for (Double v : futureValues) {
            if (v == null || !Double.isFinite(v)) {
                throw new KaiException(ErrorCode.NON_NUMERIC_VALUES,
                        "regressor '" + name + "' needs a finite number for every forecast period");
            }
        }
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        futureValues = List.copyOf(futureValues);
    }
}
