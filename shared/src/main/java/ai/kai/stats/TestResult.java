package ai.kai.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a hypothesis test, in the shape of the platform's {@code --json} output (spec §4.4):
 * {@code test_name, statistic, p_value, degrees_of_freedom, effect_size {name, value},
 * confidence_interval [lo, hi], is_significant, interpretation, details}.
 *
 * <p>{@code degreesOfFreedom} is null where a test has none (Fisher's exact test, Mann–Whitney's normal
 * approximation); for F tests it is the numerator df and {@code details} carries both. {@code effectSize} and
 * {@code confidenceInterval} are null where not defined. For two groups the interval is for the first named
 * group minus the second. {@code details.warnings} lists assumption problems (always present, maybe empty);
 * {@code details.alpha} and {@code details.confidence_level} record the levels used.
 */
public record TestResult(
        String testName,
        double statistic,
        double pValue,
        Double degreesOfFreedom,
        EffectSize effectSize,
        ConfidenceInterval confidenceInterval,
        boolean isSignificant,
        String interpretation,
        Map<String, Object> details) {

    public TestResult {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The assumption warnings of {@code details.warnings}. */
    public List<String> warnings() {
        return Details.warnings(details);
    }
}
