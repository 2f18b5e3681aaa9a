package ai.kai.anomaly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * What to examine and how. One column is a series; several columns (same length) are rows examined jointly,
 * which only the isolation forest does.
 *
 * @param columns       the numeric columns, at least one, all of the same length
 * @param dates         time stamps ({@link LocalDate} or {@link LocalDateTime}), one per row, or null
 * @param method        the method; null means {@link AnomalyMethod#AUTO}
 * @param threshold     the score to exceed, or null for the method's default
 * @param period        the seasonal period (observations per cycle), or null to infer it
 * @param contamination isolation forest only: the share of rows to flag, instead of a score threshold
 * @param seed          isolation forest only: the random seed (same seed, same result)
 */
public record AnomalyRequest(List<Column> columns, List<Temporal> dates, AnomalyMethod method, Double threshold,
                             Integer period, Double contamination, long seed) {
    public static final long DEFAULT_SEED = 42L;

    /** A named numeric column. */
    public record Column(String name, double[] values) {
        public Column {
            if (name == null || name.isBlank()) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "every column needs a name");
            }
            if (values == null) {
                throw new KaiException(ErrorCode.MISSING_FIELD, "column '" + name + "' has no values");
            }
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new KaiException(ErrorCode.NON_NUMERIC_VALUE, "'" + name
                            + "' must hold finite numbers, but the value at index " + i + " is " + values[i]);
                }
            }
            values = values.clone();
        }
    }

    public AnomalyRequest {
        if (columns == null || columns.isEmpty()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "no values to examine: give at least one numeric column");
        }
        columns = List.copyOf(columns);
        int n = columns.get(0).values().length;
        for (Column c : columns) {
            if (c.values().length != n) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "all columns must have the same length, but '"
                        + columns.get(0).name() + "' has " + n + " values and '" + c.name() + "' has " + c.values().length);
            }
        }
        dates = dates == null ? null : checkedDates(dates, n);
        method = method == null ? AnomalyMethod.AUTO : method;
        if (threshold != null && (!Double.isFinite(threshold) || threshold <= 0)) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'threshold' must be a positive number (got " + threshold + ")");
        }
        if (threshold != null && method == AnomalyMethod.ISOLATION_FOREST && threshold >= 1) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "an isolation-forest threshold is an anomaly score between 0.5 and 1 (got " + threshold + ")");
        }
        if (period != null && period < 2) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'period' must be at least 2 observations per cycle (got " + period + ")");
        }
        if (contamination != null) {
            if (method != AnomalyMethod.ISOLATION_FOREST) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "'contamination' applies to the isolation_forest method only");
            }
            if (threshold != null) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "give either 'threshold' or 'contamination', not both");
            }
            if (!(contamination > 0 && contamination <= 0.5)) {
                throw new KaiException(ErrorCode.INVALID_REQUEST,
                        "'contamination' is the share of rows to flag, above 0 and at most 0.5 (got " + contamination + ")");
            }
        }
    }

    /** One series with default settings (AUTO). */
    public static AnomalyRequest of(double[] values) {
        return of("value", values);
    }

    public static AnomalyRequest of(String name, double[] values) {
        return new AnomalyRequest(List.of(new Column(name, values)), null, AnomalyMethod.AUTO, null, null, null, DEFAULT_SEED);
    }

    /** Several columns examined jointly. */
    public static AnomalyRequest ofColumns(List<Column> columns) {
        return new AnomalyRequest(columns, null, AnomalyMethod.AUTO, null, null, null, DEFAULT_SEED);
    }

    public AnomalyRequest withDates(List<? extends Temporal> newDates) {
        return new AnomalyRequest(columns, newDates == null ? null : new ArrayList<>(newDates), method, threshold,
                period, contamination, seed);
    }

    public AnomalyRequest withMethod(AnomalyMethod newMethod) {
        return new AnomalyRequest(columns, dates, newMethod, threshold, period, contamination, seed);
    }

    public AnomalyRequest withThreshold(Double newThreshold) {
        return new AnomalyRequest(columns, dates, method, newThreshold, period, contamination, seed);
    }

    public AnomalyRequest withPeriod(Integer newPeriod) {
        return new AnomalyRequest(columns, dates, method, threshold, newPeriod, contamination, seed);
    }

    public AnomalyRequest withContamination(Double newContamination) {
        return new AnomalyRequest(columns, dates, method, threshold, period, newContamination, seed);
    }

    public AnomalyRequest withSeed(long newSeed) {
        return new AnomalyRequest(columns, dates, method, threshold, period, contamination, newSeed);
    }

    public int length() {
        return columns.get(0).values().length;
    }

    private static List<Temporal> checkedDates(List<Temporal> dates, int n) {
        if (dates.size() != n) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "there are " + dates.size() + " dates for " + n + " values");
        }
        for (int i = 0; i < n; i++) {
            Temporal t = dates.get(i);
            if (!(t instanceof LocalDate) && !(t instanceof LocalDateTime)) {
                throw new KaiException(ErrorCode.INVALID_DATE, "the date at index " + i + " is "
                        + (t == null ? "missing" : "not a calendar date or date-time"));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(dates));
    }
}
