package ai.kai.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How two samples are compared. Welch's t-test is the default: it does not assume equal variances. */
public enum TwoSampleMethod implements WireNames.Named {
    WELCH("welch"),
    STUDENT("student"),
    PAIRED("paired"),
    MANN_WHITNEY("mann_whitney");

    private final String wire;

    TwoSampleMethod(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Accepts the wire names in any case or spelling ("mann-whitney", "MannWhitney"); null means Welch. */
    @JsonCreator
    public static TwoSampleMethod parse(String text) {
        return WireNames.parse(TwoSampleMethod.class, text, "two-sample method", WELCH);
    }
}
