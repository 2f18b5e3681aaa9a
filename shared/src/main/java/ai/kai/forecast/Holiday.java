package ai.kai.forecast;

import java.time.LocalDate;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A named event whose dates shift the series, as in Prophet: every date from {@code lowerWindow} days before
 * (a non-positive number) to {@code upperWindow} days after each listed date gets its own effect. Give past
 * and future occurrences; only the Prophet-style model uses holidays.
 */
public record Holiday(String name, List<LocalDate> dates, int lowerWindow, int upperWindow) {
    public Holiday {
        if (name == null || name.isBlank()) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "a holiday needs a name");
        }
        if (dates == null || dates.isEmpty() || dates.stream().anyMatch(java.util.Objects::isNull)) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "holiday '" + name + "' needs dates");
        }
        if (lowerWindow > 0 || upperWindow < 0 || upperWindow - lowerWindow > 366) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "holiday '" + name
                    + "': lower_window must be ≤ 0 and upper_window ≥ 0 (days around each date), got "
                    + lowerWindow + " and " + upperWindow);
        }
        dates = List.copyOf(dates);
    }

    public static Holiday of(String name, List<LocalDate> dates) {
        return new Holiday(name, dates, 0, 0);
    }
}
