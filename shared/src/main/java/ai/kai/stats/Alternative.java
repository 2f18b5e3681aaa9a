package ai.kai.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The alternative hypothesis. For two groups it is about the first named group minus the second
 * ({@code GREATER}: the first is larger); for one sample about the mean minus the hypothesised value; for
 * Fisher's exact test about the odds ratio versus 1.
 */
public enum Alternative implements WireNames.Named {
    TWO_SIDED("two-sided"),
    LESS("less"),
    GREATER("greater");

    private final String wire;

    Alternative(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Accepts "two-sided", "two_sided", "less", "greater" in any case; null or blank means two-sided. */
    @JsonCreator
    public static Alternative parse(String text) {
        return WireNames.parse(Alternative.class, text, "alternative", TWO_SIDED);
    }
}
