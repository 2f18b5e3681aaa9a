package ai.kai.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tukey's honestly significant difference test (Tukey–Kramer for unequal group sizes): every pair of groups,
 * with intervals and p-values that hold for the whole family at confidence 1 − alpha. {@code criticalValue} is
 * the studentized range quantile q(1 − alpha; k, df).
 */
public record TukeyResult(
        String testName,
        int numberOfGroups,
        double degreesOfFreedom,
        double meanSquareError,
        double criticalValue,
        List<PairwiseComparison> comparisons,
        String interpretation,
        Map<String, Object> details) {

    public TukeyResult {
        comparisons = List.copyOf(comparisons);
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
