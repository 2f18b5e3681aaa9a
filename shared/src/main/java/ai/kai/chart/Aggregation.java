package ai.kai.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** How rows that share x (and colour/facet) become one value; {@link #NONE} keeps every row. */
public enum Aggregation {
    NONE("any_value"), SUM("sum"), MEAN("avg"), COUNT("count"), MIN("min"), MAX("max"), MEDIAN("median");

    private final String sqlFunction;

    Aggregation(String sqlFunction) {
        this.sqlFunction = sqlFunction;
    }

    /** The DuckDB aggregate function with the same meaning. */
    public String sqlFunction() {
        return sqlFunction;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Aggregation parse(String id) {
        if (id == null || id.isBlank()) {
            return NONE;
        }
        String key = id.trim().toUpperCase(Locale.ROOT);
        if (key.equals("AVG") || key.equals("AVERAGE")) {
            return MEAN;
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC, "unknown aggregation '" + id + "'; use one of "
                    + Arrays.stream(values()).map(Aggregation::id).collect(Collectors.joining(", ")));
        }
    }
}
