package ai.kai.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a contingency table is tested: Pearson's chi-square test of independence or Fisher's exact test (2×2). */
public enum ContingencyTestKind implements WireNames.Named {
    CHI_SQUARE("chi_square"),
    FISHER_EXACT("fisher_exact");

    private final String wire;

    ContingencyTestKind(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Accepts "chi_square", "chi-square", "fisher_exact", "fisher-exact" in any case; null means chi-square. */
    @JsonCreator
    public static ContingencyTestKind parse(String text) {
        return WireNames.parse(ContingencyTestKind.class, text, "contingency test", CHI_SQUARE);
    }
}
