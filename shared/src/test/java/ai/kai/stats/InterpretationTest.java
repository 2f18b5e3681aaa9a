package ai.kai.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Plain-language interpretations: they name the groups and, only when the result is significant, the direction;
 * a non-significant result never claims a difference.
 */
class InterpretationTest {
    private final StatisticsService stats = new StatisticsService();
    private final Sample north = Sample.of("North", 12.1, 13.4, 11.8, 12.9, 14.0, 12.5, 11.9, 13.1);
    private final Sample south = Sample.of("South", 9.5, 10.2, 9.9, 8.7, 10.8, 9.6, 10.1, 9.9);
    private final Sample east = Sample.of("East", 12.0, 13.1, 11.2, 12.2, 13.8, 11.0, 12.9, 12.7);

    @Test
    void shouldStateTheDirectionSizeAndIntervalOfASignificantDifference() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(north, south).withVariable("revenue"));

        assertThat(r.interpretation()).isEqualTo("The mean revenue in North (12.7) is higher than in South (9.8) by 2.9 "
                + "(95% CI 2.1 to 3.6); the difference is statistically significant (Welch's t(13.2) = 8.23, p < 0.0001). "
                + "Effect size: Hedges' g = 3.89 (large).");
        TestResult reversed = stats.twoSample(TwoSampleRequest.of(south, north).withVariable("revenue"));
        assertThat(reversed.interpretation()).startsWith("The mean revenue in South (9.8) is lower than in North (12.7) by 2.9 "
                + "(95% CI -3.6 to -2.1)");
    }

    @Test
    void shouldNotClaimADifferenceWhenNotSignificant() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(north, east).withVariable("revenue"));

        assertThat(r.isSignificant()).isFalse();
        assertThat(r.interpretation()).isEqualTo("The mean revenue in North (12.71) does not differ significantly from "
                + "that in East (12.36): the difference is 0.35 (95% CI -0.59 to 1.29, which includes zero; "
                + "Welch's t(13.4) = 0.80, p = 0.44). Effect size: Hedges' g = 0.38 (small).");
        for (TwoSampleMethod m : TwoSampleMethod.values()) {
            TestResult t = stats.twoSample(TwoSampleRequest.of(north, east).withMethod(m).withVariable("revenue"));
            if (!t.isSignificant()) {
                assertThat(t.interpretation()).as(m.wire()).doesNotContain("higher", "lower", "is statistically significant");
            }
        }
        assertThat(stats.anova("revenue", List.of(north, east), 0.05).interpretation())
                .startsWith("The mean revenue does not differ significantly between North (12.71) and East (12.36)")
                .doesNotContain("highest", "lowest");
        assertThat(stats.kruskalWallis("revenue", List.of(north, east), 0.05).interpretation())
                .startsWith("The distribution of revenue does not differ significantly between North (median 12.7) and East")
                .doesNotContain("highest", "lowest");
    }

    @Test
    void shouldPhraseOneSidedResultsAsTheHypothesisAsked() {
        TestResult greater = stats.twoSample(TwoSampleRequest.of(north, south).withAlternative(Alternative.GREATER));
        TestResult less = stats.twoSample(TwoSampleRequest.of(north, south).withAlternative(Alternative.LESS));

        assertThat(greater.interpretation()).startsWith("The mean of North (12.7) is significantly higher than the mean of "
                + "South (9.8), by 2.9 (95% CI from 2.3 upward; Welch's t(13.2) = 8.23, one-sided p < 0.0001).");
        assertThat(less.isSignificant()).isFalse();
        assertThat(less.interpretation()).startsWith("The data do not show that the mean of North (12.7) is lower than "
                + "the mean of South (9.8)");
    }

    @Test
    void shouldNameTheGroupsOfAPairedAndAOneSampleTest() {
        TestResult paired = stats.twoSample(TwoSampleRequest.of(north, south).withMethod(TwoSampleMethod.PAIRED)
                .withVariable("revenue"));
        TestResult one = stats.oneSample(OneSampleRequest.of(north, 12).withVariable("revenue"));

        assertThat(paired.interpretation()).startsWith("The mean revenue in North (12.7) is higher than in South (9.8) "
                + "by 2.9 on average across 8 pairs (95% CI 2.2 to 3.5); the difference is statistically significant "
                + "(paired t(7) = 10.43, p < 0.0001).");
        assertThat(one.interpretation()).isEqualTo("The mean revenue in North (12.71) is higher than 12 by 0.71 "
                + "(95% CI for the mean 12.06 to 13.36); the difference is statistically significant (t(7) = 2.59, "
                + "p = 0.036). Effect size: Cohen's d = 0.92 (large).");
    }

    @Test
    void shouldDescribeRankTestsByTendencyNotMeans() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(north, south).withMethod(TwoSampleMethod.MANN_WHITNEY)
                .withVariable("revenue"));

        assertThat(r.interpretation()).startsWith("Values of revenue in North (median 12.7) tend to be higher than those "
                + "in South (median 9.9); the difference is statistically significant (Mann–Whitney U = 64, z = 3.31, "
                + "p = 0.00093).");
    }

    @Test
    void shouldNameHighestAndLowestGroupsAndTheTukeyPairs() {
        TestResult r = stats.anova("revenue", List.of(north, south, east), 0.05);

        assertThat(r.interpretation()).isEqualTo("The mean revenue differs significantly between North (12.7), South (9.8) "
                + "and East (12.4) (F(2, 21) = 31.30, p < 0.0001): highest in North, lowest in South. Effect size: "
                + "η² = 0.75 (large). Tukey HSD: North is higher than South (adjusted p < 0.0001); South is lower than East "
                + "(adjusted p < 0.0001); the other pairs do not differ significantly.");
    }

    @Test
    void shouldDescribeAssociationsAndCorrelationsWithTheirDirection() {
        ContingencyTable t = new ContingencyTable("region", "bought", List.of("North", "South"), List.of("yes", "no"),
                new long[][] {{30, 10}, {12, 25}});

        assertThat(stats.fisher(t, Alternative.TWO_SIDED, 0.05).interpretation()).isEqualTo("There is a statistically "
                + "significant association between region and bought (Fisher's exact test, p = 0.00024): the odds of "
                + "bought = yes (rather than no) are 6.25 times as high for region = North as for region = South "
                + "(odds ratio 6.25, 95% CI 2.32 to 16.87).");
        assertThat(stats.chiSquare(t, 0.05).interpretation()).endsWith("The largest departure from independence: "
                + "region = North with bought = yes occurs more often than expected (30 observed vs 21.8 expected).");
        CorrelationResult c = stats.correlate(CorrelationRequest.of(Sample.of("price", 1, 2, 3, 4, 5, 6, 7),
                Sample.of("quantity", 9, 8, 8, 6, 5, 5, 2)).withMethod(CorrelationMethod.SPEARMAN));
        assertThat(c.interpretation()).endsWith("higher price tends to go with lower quantity.");
    }
}
