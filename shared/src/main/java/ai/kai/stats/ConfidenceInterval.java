package ai.kai.stats;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A confidence interval, serialised as {@code [lower, upper]}. A one-sided interval has an open end, written
 * as {@code null} (JSON has no infinity). The confidence level travels in the result's details.
 */
public record ConfidenceInterval(Double lower, Double upper) {
    public ConfidenceInterval {
        lower = lower == null || lower == Double.NEGATIVE_INFINITY ? null : lower;
        upper = upper == null || upper == Double.POSITIVE_INFINITY ? null : upper;
    }

    public static ConfidenceInterval of(double lower, double upper) {
        return new ConfidenceInterval(lower, upper);
    }

    @JsonValue
    public List<Double> asList() {
        return Arrays.asList(lower, upper);
    }

    @JsonCreator
    public static ConfidenceInterval fromList(List<Double> bounds) {
        if (bounds == null || bounds.size() != 2) {
            throw Checks.invalid("a confidence interval is a list of two bounds [lower, upper]");
        }
        return new ConfidenceInterval(bounds.get(0), bounds.get(1));
    }

    public boolean contains(double value) {
        return (lower == null || lower <= value) && (upper == null || value <= upper);
    }
}
