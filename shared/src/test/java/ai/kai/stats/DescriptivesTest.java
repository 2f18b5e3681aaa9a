package ai.kai.stats;

import static ai.kai.stats.Data.close;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Descriptive statistics by group, against NumPy 2.4.6 / SciPy 1.17.1 (reference.py). */
class DescriptivesTest {
    private final StatisticsService stats = new StatisticsService();

    @Test
    void shouldDescribeEachGroupInOrderOfFirstAppearance() {
        double[] values = {5, 1, 6, 2, 7, 3};
        String[] groups = {"b", "a", "b", "a", "b", "a"};

        Description d = stats.describe("score", values, groups);

        assertThat(d.variable()).isEqualTo("score");
        assertThat(d.groups()).extracting(GroupDescription::group).containsExactly("b", "a");
        assertThat(d.groups()).extracting(GroupDescription::mean).containsExactly(6.0, 2.0);
        assertThat(d.overall().group()).isEqualTo("all");
        assertThat(d.overall().n()).isEqualTo(6);
        assertThat(d.overall().median()).isEqualTo(4.0);
    }

    @Test
    void shouldMatchNumpyAndScipyOnPlantGrowthControl() {
        GroupDescription g = stats.describe("weight", List.of(Sample.of("ctrl", Data.CTRL))).overall();

        // NumPy: a.mean(), a.std(ddof=1), np.percentile(a, [25, 50, 75])
        close(g.mean(), 5.031999999999999);
        close(g.stdDev(), 0.5830913783924057);
        close(g.q1(), 4.550000000000001);
        close(g.median(), 5.154999999999999);
        close(g.q3(), 5.2925);
        // SciPy: stats.skew(a, bias=False), stats.kurtosis(a, bias=False)
        close(g.skewness(), 0.3209749750374664);
        close(g.kurtosis(), -0.22912512318589995);
        assertThat(g.min()).isEqualTo(4.17);
        assertThat(g.max()).isEqualTo(6.11);
        close(g.stdError(), 0.5830913783924057 / Math.sqrt(10));
    }

    @Test
    void shouldReturnNullNotNaNForMomentsAGroupCannotHave() {
        Description d = stats.describe("x", new double[] {4, 2, 2}, new String[] {"single", "pair", "pair"});

        GroupDescription single = d.groups().get(0);
        assertThat(single.n()).isEqualTo(1);
        assertThat(single.stdDev()).isNull();
        assertThat(single.skewness()).isNull();
        GroupDescription constant = d.groups().get(1);
        assertThat(constant.stdDev()).isEqualTo(0.0);
        assertThat(constant.skewness()).isNull();
        assertThat(constant.kurtosis()).isNull();
    }
}
