package ai.kai.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** What {@code POST /analytics/statistics} can do, by its {@code test_type}; spec §5's {@code t_test} is Welch's. */
public enum StatisticsTestKind {
    WELCH("welch", "t_test", "ttest", "welch_t_test"),
    STUDENT("student", "student_t_test", "pooled"),
    PAIRED("paired", "paired_t_test"),
    ONE_SAMPLE("one_sample", "one_sample_t_test"),
    MANN_WHITNEY("mann_whitney", "wilcoxon", "mann_whitney_u", "wilcoxon_rank_sum"),
    ANOVA("anova", "one_way_anova"),
    TUKEY("tukey", "tukey_hsd"),
    KRUSKAL("kruskal", "kruskal_wallis"),
    CHI_SQUARE("chi_square", "chi2", "chisq"),
    FISHER("fisher", "fisher_exact"),
    DESCRIBE("describe", "descriptive", "summary"),
    CORRELATION("correlation", "correlate", "correlations");

    private final String wire;
    private final List<String> aliases;

    StatisticsTestKind(String wire, String... aliases) {
        this.wire = wire;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Tests that compare two groups (or two paired columns). */
    public boolean isTwoSample() {
        return this == WELCH || this == STUDENT || this == PAIRED || this == MANN_WHITNEY;
    }

    /** Case, spaces, hyphens and underscores do not matter: "T-Test", "kruskal_wallis", "chi-square". */
    public static StatisticsTestKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'test_type' is required; use one of " + names());
        }
        String key = key(text);
        for (StatisticsTestKind t : values()) {
            if (key(t.wire).equals(key) || t.aliases.stream().anyMatch(a -> key(a).equals(key))) {
                return t;
            }
        }
        throw new KaiException(ErrorCode.INVALID_REQUEST, "unknown test_type '" + text.strip() + "'; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(StatisticsTestKind::wire).collect(Collectors.joining(", "));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
