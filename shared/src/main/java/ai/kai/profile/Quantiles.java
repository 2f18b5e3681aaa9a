package ai.kai.profile;

import java.util.List;

/** Exact quantiles ({@code quantile_cont}, linear interpolation between the closest ranks). */
public record Quantiles(Double p01, Double p05, Double p25, Double p50, Double p75, Double p95, Double p99) {
    /** The probabilities, in the order of the components. */
    static final List<Double> PROBABILITIES = List.of(0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99);

    static Quantiles of(List<Double> values) {
        if (values == null || values.size() != PROBABILITIES.size()) {
            return null;
        }
        return new Quantiles(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
                values.get(5), values.get(6));
    }

    /** The interquartile range p75 − p25. */
    public Double iqr() {
        return p25 == null || p75 == null ? null : p75 - p25;
    }
}
