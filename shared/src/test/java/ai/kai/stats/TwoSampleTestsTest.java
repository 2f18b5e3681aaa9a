package ai.kai.stats;

import static ai.kai.stats.Data.SLEEP_1;
import static ai.kai.stats.Data.SLEEP_2;
import static ai.kai.stats.Data.close;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two groups and one sample, against R 4.2.2 and SciPy 1.17.1 (calls in reference.R / reference.py). */
class TwoSampleTestsTest {
    private final StatisticsService stats = new StatisticsService();
    private final Sample drug1 = Sample.of("drug 1", SLEEP_1);
    private final Sample drug2 = Sample.of("drug 2", SLEEP_2);

    @Test
    void shouldMatchRsWelchTestOnSleepData() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(drug1, drug2).withVariable("extra sleep"));

        // R: w <- t.test(sleep1, sleep2)
        assertThat(r.testName()).isEqualTo("Welch's t-test");
        close(r.statistic(), -1.8608134674868531);
        close(r.degreesOfFreedom(), 17.776473516178498);
        close(r.pValue(), 0.079394140187358173);
        close(r.confidenceInterval().lower(), -3.36548323071171041);
        close(r.confidenceInterval().upper(), 0.20548323071171018);
        // SciPy: hedges(sleep1, sleep2) with the exact gamma correction J(df) (reference.py)
        assertThat(r.effectSize().name()).isEqualTo("Hedges' g");
        close(r.effectSize().value(), -0.7969352391911222);
        close((double) r.details().get("cohens_d"), -0.8321810813495395);
        assertThat(r.isSignificant()).isFalse();
    }

    @Test
    void shouldMatchRsStudentTestOnSleepData() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(drug1, drug2).withMethod(TwoSampleMethod.STUDENT));

        // R: t.test(sleep1, sleep2, var.equal = TRUE)
        assertThat(r.testName()).isEqualTo("Student's t-test");
        close(r.statistic(), -1.8608134674868528);
        assertThat(r.degreesOfFreedom()).isEqualTo(18.0);
        close(r.pValue(), 0.079186714215938175);
        close(r.confidenceInterval().lower(), -3.36387403228759840);
        close(r.confidenceInterval().upper(), 0.20387403228759859);
        assertThat(r.details()).containsKey("equal_variance");
    }

    @Test
    void shouldMatchRsPairedTestOnSleepData() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(drug1, drug2).withMethod(TwoSampleMethod.PAIRED));

        // R: t.test(sleep1, sleep2, paired = TRUE)
        assertThat(r.testName()).isEqualTo("Paired t-test");
        close(r.statistic(), -4.0621276833820366);
        assertThat(r.degreesOfFreedom()).isEqualTo(9.0);
        close(r.pValue(), 0.0028328901973842702);
        close(r.confidenceInterval().lower(), -2.45988576327698238);
        close(r.confidenceInterval().upper(), -0.70011423672301754);
        // SciPy: d = sleep1 - sleep2; d.mean() / d.std(ddof=1)
        assertThat(r.effectSize().name()).isEqualTo("Cohen's d_z");
        close(r.effectSize().value(), -1.2845575625910546);
        assertThat(r.isSignificant()).isTrue();
    }

    @Test
    void shouldMatchRsOneSidedOneSampleTestAt99Percent() {
        TestResult r = stats.oneSample(OneSampleRequest.of(drug2, 1).withAlternative(Alternative.GREATER).withAlpha(0.01));

        // R: t.test(sleep2, mu = 1, alternative = "greater", conf.level = 0.99)
        close(r.statistic(), 2.1005528498187132);
        close(r.pValue(), 0.032529942834047719);
        close(r.confidenceInterval().lower(), 0.54355961569441957);
        assertThat(r.confidenceInterval().upper()).isNull();
        // SciPy: (mean(sleep2) - 1) / std(sleep2, ddof=1)
        close(r.effectSize().value(), 0.6642531350984738);
        assertThat(r.isSignificant()).isFalse();
        assertThat(r.details()).containsEntry("confidence_level", 0.99);
    }

    @Test
    void shouldMatchRsOneSidedWelchTestInTheUnexpectedDirection() {
        Sample trt2 = Sample.of("trt2", Data.TRT2);
        Sample trt1 = Sample.of("trt1", Data.TRT1);
        TestResult r = stats.twoSample(TwoSampleRequest.of(trt2, trt1).withAlternative(Alternative.LESS));

        // R: t.test(trt2, trt1, alternative = "less")
        close(r.statistic(), 3.0100985421243616);
        close(r.degreesOfFreedom(), 14.103569122760341);
        close(r.pValue(), 0.99535079764136514);
        assertThat(r.confidenceInterval().lower()).isNull();
        close(r.confidenceInterval().upper(), 1.3708781600174467);
        assertThat(r.isSignificant()).isFalse();
        assertThat(r.interpretation()).startsWith("The data do not show that the mean of trt2");
    }

    @Test
    void shouldMatchRsWilcoxTestWithTiesAndContinuityCorrection() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(drug1, drug2).withMethod(TwoSampleMethod.MANN_WHITNEY));

        // R: wilcox.test(sleep1, sleep2, exact = FALSE, correct = TRUE, conf.int = TRUE, tol.root = 1e-12)
        // SciPy agrees: mannwhitneyu(sleep1, sleep2, use_continuity=True, method="asymptotic") -> (25.5, 0.06932757543362658)
        assertThat(r.testName()).isEqualTo("Mann–Whitney U test");
        assertThat(r.statistic()).isEqualTo(25.5);
        close(r.pValue(), 0.069327575433626581);
        assertThat(r.degreesOfFreedom()).isNull();
        // the interval ends are pairwise differences; R's root finder stops within tol.root of them
        close(r.confidenceInterval().lower(), -3.6, 1e-12);
        close(r.confidenceInterval().upper(), 0.1, 1e-11);
        // NumPy: np.median(np.subtract.outer(sleep1, sleep2))
        close((double) r.details().get("hodges_lehmann_shift"), -1.35);
        assertThat(r.effectSize().name()).isEqualTo("rank-biserial r");
        close(r.effectSize().value(), 2 * 25.5 / 100 - 1);
    }

    @Test
    void shouldMatchRsOneSidedWilcoxTestWithoutTies() {
        Sample x = Sample.of("x", 0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46);
        Sample y = Sample.of("y", 1.15, 0.88, 0.90, 0.74, 1.21);
        TestResult r = stats.twoSample(new TwoSampleRequest(null, x, y, TwoSampleMethod.MANN_WHITNEY, Alternative.GREATER, 0.05));

        // R: wilcox.test(x, y, alternative = "greater", exact = FALSE, correct = TRUE, conf.int = TRUE, tol.root = 1e-12)
        // SciPy: mannwhitneyu(x, y, alternative="greater", use_continuity=True, method="asymptotic") -> (35.0, 0.12231180256349167)
        assertThat(r.statistic()).isEqualTo(35.0);
        close(r.pValue(), 0.12231180256349168);
        close(r.confidenceInterval().lower(), -0.08, 1e-11);
        assertThat(r.confidenceInterval().upper()).isNull();
    }

    @Test
    void shouldMatchRsWilcoxIntervalOnPlantGrowth() {
        TestResult r = stats.twoSample(TwoSampleRequest.of(Sample.of("ctrl", Data.CTRL), Sample.of("trt2", Data.TRT2))
                .withMethod(TwoSampleMethod.MANN_WHITNEY));

        // R: wilcox.test(ctrl, trt2, exact = FALSE, correct = TRUE, conf.int = TRUE, tol.root = 1e-12)
        assertThat(r.statistic()).isEqualTo(25.0);
        close(r.pValue(), 0.064022101283026933);
        close(r.confidenceInterval().lower(), -1.0, 1e-12);
        close(r.confidenceInterval().upper(), 0.04, 1e-10);
    }
}
