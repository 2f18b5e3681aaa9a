package ai.kai.anomaly;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** How anomalies are found; on the wire in lower case ({@code robust_z}, {@code isolation_forest}, ...). */
public enum AnomalyMethod {
    /** Seasonal when the series has a meaningful seasonal pattern, robust z otherwise; isolation forest for several columns. */
    AUTO("auto", Double.NaN),
    /** Distance from the mean in standard deviations. */
    ZSCORE("zscore", 3.0),
    /** Modified z-score 0.6745 (x - median) / MAD (Iglewicz & Hoaglin 1993); threshold 3.5 is theirs. */
    ROBUST_Z("robust_z", 3.5),
    /** Tukey's fences Q1 - k IQR, Q3 + k IQR, with k = 1.5. */
    IQR("iqr", 1.5),
    /** Isolation forest (Liu, Ting & Zhou 2008); the threshold is on the anomaly score s in (0, 1). */
    ISOLATION_FOREST("isolation_forest", 0.65),
    /** Robust z of the remainder of an STL decomposition, in robust SDs of the remainder. */
    SEASONAL("seasonal", 5.0);

    private final String wireName;
    private final double defaultThreshold;

    AnomalyMethod(String wireName, double defaultThreshold) {
        this.wireName = wireName;
        this.defaultThreshold = defaultThreshold;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The threshold used when the caller gives none (NaN for AUTO, which decides per series). */
    public double defaultThreshold() {
        return defaultThreshold;
    }

    /** Parses a wire name, case-insensitively, also accepting common spellings (z_score, stl, iforest). */
    @JsonCreator
    public static AnomalyMethod parse(String name) {
        if (name == null || name.isBlank()) {
            return AUTO;
        }
        String key = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (key) {
            case "auto" -> AUTO;
            case "zscore", "z_score", "z" -> ZSCORE;
            case "robust_z", "robust_zscore", "robust_z_score", "modified_z", "mad" -> ROBUST_Z;
            case "iqr", "tukey" -> IQR;
            case "isolation_forest", "iforest", "isolationforest" -> ISOLATION_FOREST;
            case "seasonal", "stl" -> SEASONAL;
            default -> throw new KaiException(ErrorCode.INVALID_REQUEST, "unknown anomaly method \"" + name.strip()
                    + "\"; use one of " + Arrays.stream(values()).map(AnomalyMethod::wireName)
                    .collect(Collectors.joining(", ")));
        };
    }
}
