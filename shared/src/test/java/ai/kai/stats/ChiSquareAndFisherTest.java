package ai.kai.stats;

import static ai.kai.stats.Data.close;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Chi-square test of independence and Fisher's exact test against R 4.2.2 and SciPy 1.17.1. */
class ChiSquareAndFisherTest {
    private final StatisticsService stats = new StatisticsService();

    /** R's ?chisq.test example: gender by party. */
    private final ContingencyTable party = new ContingencyTable("gender", "party", List.of("F", "M"),
            List.of("Democrat", "Independent", "Republican"), new long[][] {{762, 327, 468}, {484, 239, 477}});

    /** R's ?fisher.test example: convictions of like-sex twins of criminals. */
    private final ContingencyTable convictions = new ContingencyTable("twins", "outcome",
            List.of("Dizygotic", "Monozygotic"), List.of("Convicted", "Not convicted"), new long[][] {{2, 15}, {10, 3}});

    @Test
    void shouldMatchRsChiSquareTestWithExpectedCountsAndResiduals() {
        TestResult r = stats.chiSquare(party, 0.05);

        // R: chisq.test(as.table(rbind(c(762, 327, 468), c(484, 239, 477))))
        assertThat(r.testName()).isEqualTo("Chi-square test of independence");
        close(r.statistic(), 30.070149095754672);
        close(r.pValue(), 2.9535891832117569e-07);
        assertThat(r.degreesOfFreedom()).isEqualTo(2.0);
        double[][] expected = (double[][]) r.details().get("expected_counts");
        close(expected[0][0], 703.67138193688788);
        close(expected[1][2], 411.31664853101199);
        double[][] residuals = (double[][]) r.details().get("standardized_residuals");
        close(residuals[0][0], 4.50205352108670542);
        close(residuals[1][2], 5.31594554270492914);
        // SciPy: contingency.association(M, method="cramer")
        assertThat(r.effectSize().name()).isEqualTo("Cramér's V");
        close(r.effectSize().value(), 0.10443580235646777);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.details()).doesNotContainKey("fisher_exact");
        assertThat(r.interpretation()).contains("significant association between gender and party")
                .contains("gender = M with party = Republican occurs more often than expected (477 observed vs 411.3 expected)");
    }

    @Test
    void shouldApplyYatesCorrectionToTwoByTwoTablesAsRDoes() {
        ContingencyTable t = ContingencyTable.of(new long[][] {{12, 5}, {7, 9}});

        TestResult corrected = stats.chiSquare(t, 0.05);
        // R: chisq.test(matrix(c(12, 5, 7, 9), nrow = 2, byrow = TRUE))
        close(corrected.statistic(), 1.4559963788146839);
        close(corrected.pValue(), 0.22756821457580992);
        assertThat(corrected.details()).containsEntry("yates_correction", true);
        // SciPy: contingency.association(T2, method="cramer") (from the uncorrected statistic)
        close(corrected.effectSize().value(), 0.27139234260883977);

        TestResult plain = stats.contingency(ContingencyRequest.chiSquare(t).withYatesCorrection(false));
        // R: chisq.test(matrix(c(12, 5, 7, 9), nrow = 2, byrow = TRUE), correct = FALSE)
        close(plain.statistic(), 2.4305755196815575);
        close(plain.pValue(), 0.1189892055321448);

        // a 2x2 table always carries Fisher's exact test; R: fisher.test(matrix(c(12, 5, 7, 9), 2, byrow = TRUE))
        TestResult fisher = (TestResult) corrected.details().get("fisher_exact");
        close(fisher.pValue(), 0.16632006577356481);
    }

    @Test
    void shouldWarnAndOfferFisherWhenExpectedCountsAreSmall() {
        TestResult r = stats.chiSquare(ContingencyTable.of(new long[][] {{3, 1}, {1, 3}}), 0.05);

        assertThat(r.warnings()).singleElement().asString()
                .startsWith("4 of 4 expected counts are below 5 (smallest 2)")
                .contains("use Fisher's exact test (details.fisher_exact): p = 0.49");
        assertThat(((TestResult) r.details().get("fisher_exact")).testName()).isEqualTo("Fisher's exact test");
    }

    @Test
    void shouldWarnAboutSparseCellsInLargerTables() {
        ContingencyTable sparse = ContingencyTable.of(new long[][] {{10, 1, 0}, {12, 2, 1}});

        TestResult r = stats.chiSquare(sparse, 0.05);

        assertThat(r.warnings()).singleElement().asString().contains("merge sparse categories");
    }

    @Test
    void shouldMatchRsFisherTestAndScipysOddsRatioInterval() {
        TestResult r = stats.fisher(convictions, Alternative.TWO_SIDED, 0.05);

        // R: fisher.test(matrix(c(2, 10, 15, 3), nrow = 2)); SciPy fisher_exact -> 0.0005367241191434358
        assertThat(r.testName()).isEqualTo("Fisher's exact test");
        close(r.pValue(), 0.00053672411914343636);
        assertThat(r.degreesOfFreedom()).isNull();
        // SciPy: contingency.odds_ratio(conv, kind="sample"), .confidence_interval(0.95)
        assertThat(r.effectSize().name()).isEqualTo("odds ratio");
        close(r.effectSize().value(), 0.04);
        close(r.confidenceInterval().lower(), 0.005634539763728704);
        close(r.confidenceInterval().upper(), 0.2839628553692535);
        assertThat(r.isSignificant()).isTrue();
        assertThat(r.interpretation()).contains("the odds of outcome = Convicted (rather than Not convicted) are 0.040 "
                + "times as high for twins = Dizygotic as for twins = Monozygotic (odds ratio 0.040, 95% CI 0.006 to 0.284).");
    }

    @Test
    void shouldMatchRsOneSidedFisherTest() {
        TestResult less = stats.fisher(convictions, Alternative.LESS, 0.05);
        // R: fisher.test(Convictions, alternative = "less")
        close(less.pValue(), 0.0004651809433629053);
        // SciPy: odds_ratio(conv, kind="sample").confidence_interval(0.95, alternative="less")
        assertThat(less.confidenceInterval().lower()).isEqualTo(0.0);
        close(less.confidenceInterval().upper(), 0.20721006408932058);

        // R: fisher.test(matrix(c(3, 1, 1, 3), nrow = 2)) (Fisher's tea tasting)
        TestResult tea = stats.fisher(ContingencyTable.of(new long[][] {{3, 1}, {1, 3}}), Alternative.TWO_SIDED, 0.05);
        close(tea.pValue(), 0.48571428571428582);
        assertThat(tea.isSignificant()).isFalse();
        assertThat(tea.interpretation()).startsWith("There is no statistically significant association");
    }

    @Test
    void shouldUseTheHaldaneCorrectionWhenACellIsZero() {
        TestResult r = stats.fisher(ContingencyTable.of(new long[][] {{0, 8}, {6, 4}}), Alternative.TWO_SIDED, 0.05);

        assertThat(r.details()).containsEntry("haldane_anscombe_correction", true);
        close(r.effectSize().value(), (0.5 * 4.5) / (8.5 * 6.5));
        assertThat(Double.isFinite(r.confidenceInterval().upper())).isTrue();
    }

    @Test
    void shouldCrossTabulateObservations() {
        String[] region = {"N", "N", "S", "S", "N", "S"};
        String[] bought = {"yes", "no", "no", "no", "yes", "yes"};

        ContingencyTable t = ContingencyTable.fromObservations("region", region, "bought", bought);

        assertThat(t.rowLabels()).containsExactly("N", "S");
        assertThat(t.columnLabels()).containsExactly("yes", "no");
        assertThat(t.counts()).isEqualTo(new long[][] {{2, 1}, {1, 2}});
    }
}
