package ai.kai.stats;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How several groups are compared: one-way ANOVA (with Tukey HSD) or the Kruskal–Wallis rank test. */
public enum GroupTestKind implements WireNames.Named {
    ANOVA("anova"),
    KRUSKAL_WALLIS("kruskal_wallis");

    private final String wire;

    GroupTestKind(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Accepts "anova", "kruskal_wallis", "kruskal-wallis" in any case; null means ANOVA. */
    @JsonCreator
    public static GroupTestKind parse(String text) {
        return WireNames.parse(GroupTestKind.class, text, "group test", ANOVA);
    }
}
