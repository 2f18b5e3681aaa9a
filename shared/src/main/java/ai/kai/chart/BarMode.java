package ai.kai.chart;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Plotly's {@code layout.barmode}: how bars of several series at one x share the space. */
public enum BarMode {
    GROUP, STACK, OVERLAY, RELATIVE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BarMode parse(String id) {
        try {
            return id == null || id.isBlank() ? null : valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.INVALID_CHART_SPEC,
                    "unknown barmode '" + id + "'; use group, stack, overlay or relative");
        }
    }
}
