package ai.kai.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorKind;
import ai.kai.error.KaiException;

/** Bad input is the caller's mistake: a KaiException of kind INVALID_INPUT (HTTP 400) that says what to fix. */
class BadInputTest {
    private final StatisticsService stats = new StatisticsService();
    private final Sample north = Sample.of("North", 12.1, 13.4, 11.8, 12.9, 14.0);
    private final Sample south = Sample.of("South", 9.5, 10.2, 9.9, 8.7, 10.8);

    private static void refuses(ThrowingCallable call, ErrorCode code, String... messageParts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KaiException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.code().kind()).isEqualTo(ErrorKind.INVALID_INPUT);
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).isNotBlank();
            for (String part : messageParts) {
                assertThat(e.getMessage()).contains(part);
            }
        });
    }

    @Test
    void shouldRefuseAGroupWithOneObservation() {
        Sample lonely = Sample.of("East", 7.0);
        refuses(() -> stats.twoSample(TwoSampleRequest.of(north, lonely)), ErrorCode.GROUP_TOO_SMALL,
                "'East' has 1 observation", "needs at least 2");
        refuses(() -> stats.anova("revenue", List.of(north, south, lonely), 0.05), ErrorCode.GROUP_TOO_SMALL, "'East'");
        refuses(() -> stats.kruskalWallis("revenue", List.of(north, lonely), 0.05), ErrorCode.GROUP_TOO_SMALL, "'East'");
        refuses(() -> stats.twoSample(TwoSampleRequest.of(lonely, south).withMethod(TwoSampleMethod.MANN_WHITNEY)),
                ErrorCode.GROUP_TOO_SMALL, "'East'");
    }

    @Test
    void shouldRefuseTooFewPoints() {
        refuses(() -> stats.correlate(CorrelationRequest.of(Sample.of("x", 1, 2), Sample.of("y", 2, 1))),
                ErrorCode.TOO_FEW_OBSERVATIONS, "at least 3 pairs");
        refuses(() -> stats.normality(Sample.of("x", 1, 2), 0.05), ErrorCode.TOO_FEW_OBSERVATIONS, "needs at least 3");
        refuses(() -> stats.twoSample(TwoSampleRequest.of(Sample.of("a", 1), Sample.of("b", 2))
                .withMethod(TwoSampleMethod.PAIRED)), ErrorCode.TOO_FEW_OBSERVATIONS, "at least 2 pairs");
        refuses(() -> stats.twoSample(TwoSampleRequest.of(Sample.of("a"), south)), ErrorCode.TOO_FEW_OBSERVATIONS,
                "'a' has 0 observations");
    }

    @Test
    void shouldRefuseConstantSeries() {
        Sample flat = Sample.of("flat", 5, 5, 5, 5);
        refuses(() -> stats.oneSample(OneSampleRequest.of(flat, 3)), ErrorCode.CONSTANT_VALUES,
                "every value of 'flat' is 5");
        refuses(() -> stats.correlate(CorrelationRequest.of(flat, Sample.of("y", 1, 2, 3, 4))), ErrorCode.CONSTANT_VALUES,
                "'flat'");
        refuses(() -> stats.twoSample(TwoSampleRequest.of(flat, Sample.of("other", 7, 7, 7))), ErrorCode.CONSTANT_VALUES,
                "both groups are constant");
        refuses(() -> stats.anova("x", List.of(flat, Sample.of("other", 7, 7, 7)), 0.05), ErrorCode.CONSTANT_VALUES,
                "constant within itself");
        refuses(() -> stats.kruskalWallis("x", List.of(flat, Sample.of("same", 5, 5)), 0.05), ErrorCode.CONSTANT_VALUES,
                "every value is 5");
        refuses(() -> stats.twoSample(TwoSampleRequest.of(flat, Sample.of("same", 5, 5)).withMethod(TwoSampleMethod.MANN_WHITNEY)),
                ErrorCode.CONSTANT_VALUES, "rank test");
        refuses(() -> stats.twoSample(TwoSampleRequest.of(Sample.of("before", 1, 2, 3), Sample.of("after", 3, 4, 5))
                .withMethod(TwoSampleMethod.PAIRED)), ErrorCode.CONSTANT_VALUES, "every paired difference");
        refuses(() -> stats.normality(flat, 0.05), ErrorCode.CONSTANT_VALUES, "'flat'");
    }

    @Test
    void shouldRefuseNonNumericValues() {
        refuses(() -> Sample.of("revenue", 1.0, Double.NaN, 3.0, Double.POSITIVE_INFINITY), ErrorCode.NON_NUMERIC_VALUES,
                "'revenue' has 2 non-numeric values", "positions 2, 4");
        refuses(() -> Sample.parse("revenue", Arrays.asList(1, "2.5", "n/a", null, "")), ErrorCode.NON_NUMERIC_VALUES,
                "3 non-numeric values", "position 3: 'n/a'", "position 4: null");
        refuses(() -> Sample.byGroup(new double[] {1, Double.NaN}, new String[] {"a", "b"}), ErrorCode.NON_NUMERIC_VALUES,
                "position 2");
        assertThat(Sample.parse("revenue", List.of(1, "2.5", " 3e2 ", 4L)).values()).containsExactly(1, 2.5, 300, 4);
    }

    @Test
    void shouldRefuseValuesTooExtremeForDoublePrecision() {
        refuses(() -> Sample.of("huge", 1, 2, 1e80), ErrorCode.VALUES_OUT_OF_RANGE, "position 3", "rescale");
        refuses(() -> stats.oneSample(OneSampleRequest.of(Sample.of("tiny", 1e-200, 2e-200, 3e-200), 0)),
                ErrorCode.VALUES_OUT_OF_RANGE, "One-sample t-test cannot be computed", "rescale");
        Description d = stats.describe("tiny", List.of(Sample.of("tiny", 1e-200, 2e-200, 4e-200, 8e-200)));
        assertThat(d.overall().skewness()).isNull();
    }

    @Test
    void shouldRefuseMismatchedLengthsAndGroups() {
        refuses(() -> stats.twoSample(TwoSampleRequest.of(north, Sample.of("South", 1, 2, 3)).withMethod(TwoSampleMethod.PAIRED)),
                ErrorCode.LENGTH_MISMATCH, "got 5 and 3");
        refuses(() -> stats.correlate(CorrelationRequest.of(north, Sample.of("y", 1, 2, 3))), ErrorCode.LENGTH_MISMATCH);
        refuses(() -> Sample.byGroup(new double[] {1, 2}, new String[] {"a"}), ErrorCode.LENGTH_MISMATCH);
        refuses(() -> stats.anova("x", List.of(north), 0.05), ErrorCode.TOO_FEW_GROUPS, "at least 2 groups");
        refuses(() -> stats.anova("x", List.of(north, Sample.of("North", 1, 2)), 0.05), ErrorCode.STATS_INVALID_INPUT,
                "both named 'North'");
        refuses(() -> Sample.byGroup(new double[] {1, 2}, new String[] {"a", null}), ErrorCode.STATS_INVALID_INPUT,
                "group label at position 2");
    }

    @Test
    void shouldRefuseBadParameters() {
        refuses(() -> TwoSampleRequest.of(north, south).withAlpha(0), ErrorCode.STATS_INVALID_INPUT, "alpha");
        refuses(() -> TwoSampleRequest.of(north, south).withAlpha(Double.NaN), ErrorCode.STATS_INVALID_INPUT, "alpha");
        refuses(() -> TwoSampleMethod.parse("bogus"), ErrorCode.STATS_INVALID_INPUT, "welch, student, paired, mann_whitney");
        refuses(() -> ContingencyRequest.chiSquare(ContingencyTable.of(new long[][] {{1, 2}, {3, 4}}))
                .withAlternative(Alternative.GREATER), ErrorCode.STATS_INVALID_INPUT, "no one-sided form");
        assertThat(TwoSampleMethod.parse("Mann-Whitney")).isEqualTo(TwoSampleMethod.MANN_WHITNEY);
        assertThat(Alternative.parse("two_sided")).isEqualTo(Alternative.TWO_SIDED);
        assertThat(CorrelationMethod.parse(null)).isEqualTo(CorrelationMethod.PEARSON);
    }

    @Test
    void shouldRefuseMalformedContingencyTables() {
        refuses(() -> ContingencyTable.of(new long[][] {{1, 2}}), ErrorCode.INVALID_CONTINGENCY_TABLE, "at least 2 rows");
        refuses(() -> ContingencyTable.of(new long[][] {{1, 2}, {3}}), ErrorCode.INVALID_CONTINGENCY_TABLE, "row 2 has 1");
        refuses(() -> ContingencyTable.of(new long[][] {{1, -2}, {3, 4}}), ErrorCode.INVALID_CONTINGENCY_TABLE, "negative");
        refuses(() -> ContingencyTable.of(new long[][] {{0, 0}, {3, 4}}), ErrorCode.INVALID_CONTINGENCY_TABLE,
                "rows = row 1 has no observations");
        refuses(() -> stats.fisher(ContingencyTable.of(new long[][] {{1, 2}, {3, 4}, {5, 6}}), Alternative.TWO_SIDED, 0.05),
                ErrorCode.INVALID_CONTINGENCY_TABLE, "3×2");
    }
}
