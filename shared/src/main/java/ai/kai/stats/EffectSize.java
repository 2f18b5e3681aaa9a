package ai.kai.stats;

/** An effect size and its conventional name, e.g. {@code ("Hedges' g", 0.74)} or {@code ("Cramér's V", 0.21)}. */
public record EffectSize(String name, double value) {
}
