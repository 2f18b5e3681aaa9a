package ai.kai.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Pearson (linear), Spearman (rank, monotonic) or Kendall's tau-b (concordance, robust to ties). */
public enum CorrelationMethod implements WireNames.Named {
    PEARSON("pearson"),
    SPEARMAN("spearman"),
    KENDALL("kendall");

    private final String wire;

    CorrelationMethod(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Accepts "pearson", "spearman", "kendall" in any case; null means Pearson. */
    @JsonCreator
    public static CorrelationMethod parse(String text) {
        return WireNames.parse(CorrelationMethod.class, text, "correlation method", PEARSON);
    }
}
