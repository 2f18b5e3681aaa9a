package ai.kai.stats;

import static ai.kai.stats.Data.close;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One-way ANOVA, Tukey HSD and Kruskal–Wallis against R 4.2.2 and SciPy 1.17.1 (reference.R / reference.py). */
class GroupComparisonTest {
    private final StatisticsService stats = new StatisticsService();

    @Test
    void shouldMatchRsAnovaOnPlantGrowth() {
        TestResult r = stats.anova("weight", Data.plantGrowth(), 0.05);

        // R: summary(aov(weight ~ group, data = PlantGrowth))
        assertThat(r.testName()).isEqualTo("One-way ANOVA");
        close(r.statistic(), 4.8460878623801351);
        close(r.pValue(), 0.015909958325622937);
        assertThat(r.degreesOfFreedom()).isEqualTo(2.0);
        assertThat(r.details()).containsEntry("degrees_of_freedom_within", 27.0);
        AnovaTable table = (AnovaTable) r.details().get("anova_table");
        close(table.sumOfSquaresBetween(), 3.7663399999999987);
        close(table.sumOfSquaresWithin(), 10.4920899999999975);
        assertThat(r.effectSize().name()).isEqualTo("eta squared");
        close(r.effectSize().value(), 3.7663399999999987 / (3.7663399999999987 + 10.4920899999999975));
        assertThat(r.isSignificant()).isTrue();
        assertThat(r.confidenceInterval()).isNull();
    }

    @Test
    void shouldMatchRsAndScipysTukeyHsdOnPlantGrowth() {
        TukeyResult t = stats.tukey("weight", Data.plantGrowth(), 0.05);
        List<PairwiseComparison> c = t.comparisons();

        assertThat(c).extracting(PairwiseComparison::groupA, PairwiseComparison::groupB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ctrl", "trt1"),
                        org.assertj.core.groups.Tuple.tuple("ctrl", "trt2"),
                        org.assertj.core.groups.Tuple.tuple("trt1", "trt2"));
        // R: TukeyHSD(aov(weight ~ group, data = PlantGrowth)) reports later minus earlier (trt1-ctrl, trt2-ctrl,
        // trt2-trt1); ours is first minus second, so differences and intervals change sign.
        close(c.get(0).difference(), 0.37100000000000044);
        close(c.get(0).pValue(), 0.390871144202124654);
        close(c.get(0).confidenceInterval().lower(), -0.32021605141045795);
        close(c.get(0).confidenceInterval().upper(), 1.06221605141045883);
        close(c.get(1).pValue(), 0.197995991299708241);
        close(c.get(2).difference(), -0.86500000000000021);
        close(c.get(2).pValue(), 0.012006423979452729);
        close(c.get(2).confidenceInterval().lower(), -1.55621605141045860);
        close(c.get(2).confidenceInterval().upper(), -0.17378394858954183);
        // SciPy: tukey_hsd(ctrl, trt1, trt2).pvalue[1][2] = 0.012006423979493142, .confidence_interval(0.95)
        close(c.get(2).pValue(), 0.012006423979493142);
        close(c.get(2).confidenceInterval().lower(), -1.556216051402862);
        // SciPy: studentized_range.ppf(0.95, 3, 27)
        close(t.criticalValue(), 3.506426123354149);
        assertThat(c).extracting(PairwiseComparison::isSignificant).containsExactly(false, false, true);
        assertThat(c.get(2).interpretation()).isEqualTo("The mean weight in trt1 is lower than in trt2 by 0.87 "
                + "(95% family-wise CI -1.56 to -0.17; adjusted p = 0.012).");
    }

    @Test
    void shouldMatchScipysTukeyKramerOnUnbalancedChickWeights() {
        TestResult anova = stats.anova("weight", Data.CHICKWTS, 0.05);
        // R: summary(aov(weight ~ feed, data = chickwts))
        close(anova.statistic(), 15.364799774712539);
        close(anova.pValue(), 5.9364198534713305e-10);

        TukeyResult t = (TukeyResult) anova.details().get("post_hoc");
        assertThat(t.comparisons()).hasSize(15);
        // SciPy: res = tukey_hsd(*chickwts); res.pvalue[0], res.confidence_interval(0.95).low[0] / .high[0]
        // (casein minus each other feed)
        List<PairwiseComparison> casein = t.comparisons().subList(0, 5);
        double[] p = {3.070042453590105e-08, 0.00021001512827978353, 0.3324584159916535, 0.008365308680000738, 0.9998902173933699};
        double[] low = {94.41979049075381, 39.07917521109813, -20.557721746749536, 13.792469696309219, -71.08749145556855};
        double[] high = {232.34687617591283, 170.5874914555685, 113.9062065952343, 140.51705411321458, 60.42082478890181};
        for (int i = 0; i < 5; i++) {
            close(casein.get(i).confidenceInterval().lower(), low[i]);
            close(casein.get(i).confidenceInterval().upper(), high[i]);
            if (p[i] > 1e-3) {
                close(casein.get(i).pValue(), p[i]);
            }
        }
        // below 1e-3 SciPy's studentized_range.sf and R's ptukey lose digits (see StudentizedRangeTest)
        close(casein.get(0).pValue(), 3.070042453590105e-08, 1e-4);
        close(casein.get(1).pValue(), 0.00021001512827978353, 1e-7);
        // R: TukeyHSD(aov(weight ~ feed, data = chickwts)), sunflower-casein and meatmeal-casein
        close(casein.get(4).pValue(), 0.99989021739326889);
        close(casein.get(2).pValue(), 0.33245841597300263);
        assertThat(anova.interpretation()).contains("highest in sunflower, lowest in horsebean");
    }

    @Test
    void shouldMatchRsKruskalWallisWithTies() {
        TestResult plant = stats.kruskalWallis("weight", Data.plantGrowth(), 0.05);
        // R: kruskal.test(weight ~ group, data = PlantGrowth); SciPy kruskal agrees (7.988228749443715, 0.018423755731471966)
        assertThat(plant.testName()).isEqualTo("Kruskal–Wallis test");
        close(plant.statistic(), 7.9882287494437154);
        close(plant.pValue(), 0.01842375573147197);
        assertThat(plant.degreesOfFreedom()).isEqualTo(2.0);
        assertThat(plant.effectSize().name()).isEqualTo("epsilon squared");
        close(plant.effectSize().value(), 7.9882287494437154 / 29);

        TestResult sprays = stats.kruskalWallis("count", Data.INSECT_SPRAYS, 0.05);
        // R: kruskal.test(count ~ spray, data = InsectSprays)
        close(sprays.statistic(), 54.691344622371446);
        close(sprays.pValue(), 1.5108444394185103e-10);
        assertThat(sprays.interpretation()).contains("values tend to be highest in F and lowest in C");
    }

    @Test
    void shouldRunEitherTestThroughTheSealedRequest() {
        TestResult viaRequest = stats.test(GroupComparisonRequest.kruskalWallis(Data.plantGrowth()));
        assertThat(viaRequest.testName()).isEqualTo("Kruskal–Wallis test");
        TestResult anova = stats.test(GroupComparisonRequest.anova(Data.plantGrowth()));
        assertThat(anova.testName()).isEqualTo("One-way ANOVA");
    }
}
