package ai.kai.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One correlation: {@code coefficient, p_value, confidence_interval} (two-sided, Fisher z), with the test's
 * name, the pair of variables, the number of cases and a plain-language interpretation. The interval is null
 * where undefined (fewer than 4 cases; 5 for Kendall). {@code details.warnings} lists assumption problems.
 */
public record CorrelationResult(
        String testName,
        CorrelationMethod method,
        String variableX,
        String variableY,
        int n,
        double coefficient,
        double pValue,
        ConfidenceInterval confidenceInterval,
        boolean isSignificant,
        String interpretation,
        Map<String, Object> details) {

    public CorrelationResult {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The assumption warnings of {@code details.warnings}. */
    public List<String> warnings() {
        return Details.warnings(details);
    }
}
