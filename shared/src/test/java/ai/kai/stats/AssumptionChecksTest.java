package ai.kai.stats;

import static ai.kai.stats.Data.close;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Shapiro–Wilk and Levene/Brown–Forsythe, and the warnings they put into results. */
class AssumptionChecksTest {
    private final StatisticsService stats = new StatisticsService();

    @Test
    void shouldMatchRsShapiroWilkAcrossItsSizeRanges() {
        // R: shapiro.test(airquality$Ozone[!is.na(airquality$Ozone)]) (n = 116, the n >= 12 branch)
        TestResult ozone = stats.normality(Sample.of("ozone", Data.OZONE), 0.05);
        assertThat(ozone.testName()).isEqualTo("Shapiro–Wilk normality test");
        close(ozone.statistic(), 0.87866599917235166);
        close(ozone.pValue(), 2.7896015702371689e-08);
        assertThat(ozone.isSignificant()).isTrue();

        // R: shapiro.test(PlantGrowth$weight) (n = 30)
        TestResult plant = stats.normality(Sample.of("weight", Ranks.concat(Ranks.concat(Data.CTRL, Data.TRT1), Data.TRT2)), 0.05);
        close(plant.statistic(), 0.98268301609858733);
        close(plant.pValue(), 0.89150736822739873);
        assertThat(plant.interpretation()).startsWith("There is no significant evidence against normality for weight");

        // R: shapiro.test(c(2.1, 3.4, 1.9, 5.6, 4.4, 2.2, 8.0)) (the 4 <= n <= 11 branch)
        TestResult seven = stats.normality(Sample.of("seven", 2.1, 3.4, 1.9, 5.6, 4.4, 2.2, 8.0), 0.05);
        close(seven.statistic(), 0.8823259156672687);
        close(seven.pValue(), 0.23697426444388361);

        // R: shapiro.test(c(2.3, 4.1, 2.9, 8.8, 3.3)) (n = 5: one approximated coefficient)
        TestResult five = stats.normality(Sample.of("five", 2.3, 4.1, 2.9, 8.8, 3.3), 0.05);
        close(five.statistic(), 0.779878818678180874);
        close(five.pValue(), 0.054988529068855138);

        // R: shapiro.test(c(5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 7.9, 4.4, 5.0, 5.6, 6.1)) (n = 12, first of the large-n branch)
        TestResult twelve = stats.normality(Sample.of("twelve", 5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 7.9, 4.4, 5.0, 5.6, 6.1), 0.05);
        close(twelve.statistic(), 0.89920266822735528);
        close(twelve.pValue(), 0.15490466726857383);

        // R: shapiro.test(c(1, 2, 4)) (n = 3, exact)
        TestResult three = stats.normality(Sample.of("three", 1, 2, 4), 0.05);
        close(three.statistic(), 0.96428571428571419);
        close(three.pValue(), 0.6368868450289632);
    }

    @Test
    void shouldMatchCarsLeveneTestWithMedianCentring() {
        // R: car::leveneTest(weight ~ group, data = PlantGrowth); SciPy levene(ctrl, trt1, trt2) -> 1.1191856948703909
        TestResult plant = stats.equalVariances("weight", Data.plantGrowth(), 0.05);
        close(plant.statistic(), 1.11918569487039);
        close(plant.pValue(), 0.34122662412547378);
        assertThat(plant.degreesOfFreedom()).isEqualTo(2.0);
        assertThat(plant.isSignificant()).isFalse();

        // R: car::leveneTest(count ~ spray, data = InsectSprays)
        TestResult sprays = stats.equalVariances("count", Data.INSECT_SPRAYS, 0.05);
        close(sprays.statistic(), 3.8213563132259241);
        close(sprays.pValue(), 0.0042227911389921364);
        assertThat(sprays.interpretation()).contains("differs significantly").endsWith("it is largest in F.");
    }

    @Test
    void shouldWarnWhenStudentsEqualVarianceAssumptionLooksViolated() {
        List<Sample> sprays = Data.INSECT_SPRAYS;
        TestResult student = stats.twoSample(TwoSampleRequest.of(sprays.get(0), sprays.get(2)).withMethod(TwoSampleMethod.STUDENT));
        TestResult welch = stats.twoSample(TwoSampleRequest.of(sprays.get(0), sprays.get(2)));

        assertThat(student.warnings()).anySatisfy(w -> assertThat(w).startsWith("the variances look unequal")
                .endsWith("Student's t-test assumes equal variances; Welch's t-test does not"));
        assertThat(welch.warnings()).noneMatch(w -> w.contains("variances"));
    }

    @Test
    void shouldWarnWhenASmallGroupDoesNotLookNormal() {
        Sample skewed = Sample.of("skewed", 1, 1, 1, 1, 2, 1, 1, 30, 1, 2, 1, 1);
        Sample other = Sample.of("other", 3, 4, 5, 4, 3, 5, 4, 4, 6, 3, 4, 5);

        TestResult r = stats.twoSample(TwoSampleRequest.of(skewed, other));

        assertThat(r.warnings()).singleElement().asString()
                .startsWith("'skewed' does not look normally distributed (Shapiro–Wilk W = ")
                .endsWith("with fewer than 30 observations Welch's t-test may be unreliable; consider the Mann–Whitney U test");
        assertThat(r.details().get("normality")).asList().hasSize(2);
    }

    @Test
    void shouldWarnAboutAnovaResidualsAndUnequalVariances() {
        TestResult r = stats.anova("count", Data.INSECT_SPRAYS, 0.05);

        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("the variances look unequal"));
        assertThat(r.details()).containsKeys("normality", "equal_variance", "post_hoc");
    }

    @Test
    void shouldStayQuietWhenAssumptionsHold() {
        TestResult r = stats.anova("weight", Data.plantGrowth(), 0.05);

        assertThat(r.warnings()).isEmpty();
    }
}
