package ai.kai.stats;

import java.util.List;

/**
 * All pairwise correlations of several variables: {@code coefficients[i][j]} and {@code p_values[i][j]} in the
 * order of {@code variables} (the diagonal has coefficient 1 and no p-value), and each pair (i &lt; j) in full
 * with its interval and interpretation.
 */
public record CorrelationMatrix(
        CorrelationMethod method,
        List<String> variables,
        int n,
        double[][] coefficients,
        Double[][] pValues,
        List<CorrelationResult> pairs) {
}
