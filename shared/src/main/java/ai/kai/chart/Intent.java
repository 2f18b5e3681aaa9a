package ai.kai.chart;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** What the user wants to see: compare categories, a trend over time, a distribution, a relation, a composition. */
public enum Intent {
    COMPARE, TREND, DISTRIBUTE, RELATE, COMPOSE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Intent parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.INVALID_REQUEST,
                    "unknown intent '" + id + "'; use compare, trend, distribute, relate or compose");
        }
    }
}
