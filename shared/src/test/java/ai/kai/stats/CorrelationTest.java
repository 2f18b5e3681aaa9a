package ai.kai.stats;

import static ai.kai.stats.Data.close;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pearson, Spearman and Kendall against R 4.2.2's cor.test and SciPy 1.17.1 (reference.R / reference.py). */
class CorrelationTest {
    private final StatisticsService stats = new StatisticsService();
    // R's ?cor.test example (Hollander and Wolfe 1973)
    private final Sample x = Sample.of("x", 44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1);
    private final Sample y = Sample.of("y", 2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8);

    @Test
    void shouldMatchRsPearsonTestWithFisherInterval() {
        CorrelationResult r = stats.correlate(CorrelationRequest.of(x, y));

        // R: cor.test(x, y); SciPy pearsonr(x, y) agrees (0.5711815575638287, 0.108173054349494, CI -0.1497..., 0.8955...)
        assertThat(r.testName()).isEqualTo("Pearson's product-moment correlation");
        close(r.coefficient(), 0.57118155756382871);
        close(r.pValue(), 0.10817305434949379);
        close(r.confidenceInterval().lower(), -0.14974263303675717);
        close(r.confidenceInterval().upper(), 0.89557946183873927);
        assertThat(r.n()).isEqualTo(9);
        assertThat(r.isSignificant()).isFalse();
        assertThat(r.interpretation()).isEqualTo("There is no statistically significant correlation between x and y "
                + "(Pearson's r = 0.57, 95% CI -0.15 to 0.90, p = 0.11, n = 9).");
    }

    @Test
    void shouldMatchRsSpearmanAndKendallWithoutExactPValues() {
        CorrelationResult rho = stats.correlate(CorrelationRequest.of(x, y).withMethod(CorrelationMethod.SPEARMAN));
        // R: cor.test(x, y, method = "spearman", exact = FALSE); SciPy spearmanr -> (0.6, 0.08762282904140249)
        close(rho.coefficient(), 0.6);
        close(rho.pValue(), 0.087622829041402339);
        // NumPy: tanh(arctanh(0.6) ± 1.959963984540054 * sqrt(1.06 / 6)) (Fieller, Hartley and Pearson 1957)
        close(rho.confidenceInterval().lower(), -0.12992117297477065);
        close(rho.confidenceInterval().upper(), 0.9081653699308191);

        CorrelationResult tau = stats.correlate(CorrelationRequest.of(x, y).withMethod(CorrelationMethod.KENDALL));
        // R: cor.test(x, y, method = "kendall", exact = FALSE); SciPy kendalltau(method="asymptotic") agrees
        assertThat(tau.testName()).isEqualTo("Kendall's tau-b");
        close(tau.coefficient(), 0.44444444444444453);
        close(tau.pValue(), 0.095292838023456547);
        // NumPy: tanh(arctanh(tau) ± 1.959963984540054 * sqrt(0.437 / 5))
        close(tau.confidenceInterval().lower(), -0.10132909957581687);
        close(tau.confidenceInterval().upper(), 0.7845858117719936);
    }

    @Test
    void shouldMatchRWithTiesOnMtcars() {
        Sample mpg = Sample.of("mpg", Data.MPG);
        // R: cor.test(mtcars$mpg, mtcars$hp, method = "kendall", exact = FALSE)
        CorrelationResult tau = stats.correlate(CorrelationRequest.of(mpg, Sample.of("hp", Data.HP))
                .withMethod(CorrelationMethod.KENDALL));
        close(tau.coefficient(), -0.74281250608867255);
        close(tau.pValue(), 4.3316049489148699e-09);
        // R: cor.test(mtcars$mpg, mtcars$wt, method = "spearman", exact = FALSE)
        CorrelationResult rho = stats.correlate(CorrelationRequest.of(mpg, Sample.of("wt", Data.WT))
                .withMethod(CorrelationMethod.SPEARMAN));
        close(rho.coefficient(), -0.88642203327029789);
        close(rho.pValue(), 1.4875948581274329e-11);
        // R: cor.test(mtcars$mpg, mtcars$wt)
        CorrelationResult r = stats.correlate(CorrelationRequest.of(mpg, Sample.of("wt", Data.WT)));
        close(r.coefficient(), -0.8676593765172278);
        close(r.pValue(), 1.2939587013505163e-10);
        close(r.confidenceInterval().lower(), -0.93382641328499416);
        close(r.confidenceInterval().upper(), -0.74408719646011279);
        assertThat(r.interpretation()).isEqualTo("There is a statistically significant strong negative correlation "
                + "between mpg and wt (Pearson's r = -0.87, 95% CI -0.93 to -0.74, p < 0.0001, n = 32): higher mpg goes "
                + "with lower wt.");
    }

    @Test
    void shouldBuildASymmetricMatrixWithEveryPair() {
        List<Sample> vars = List.of(Sample.of("mpg", Data.MPG), Sample.of("wt", Data.WT), Sample.of("hp", Data.HP));

        CorrelationMatrix m = stats.correlationMatrix(vars, CorrelationMethod.PEARSON, 0.05);

        assertThat(m.variables()).containsExactly("mpg", "wt", "hp");
        assertThat(m.n()).isEqualTo(32);
        assertThat(m.pairs()).hasSize(3);
        assertThat(m.coefficients()[0][0]).isEqualTo(1.0);
        assertThat(m.pValues()[1][1]).isNull();
        assertThat(m.coefficients()[0][1]).isEqualTo(m.coefficients()[1][0]);
        close(m.coefficients()[0][1], -0.8676593765172278);
        assertThat(m.pairs().get(0).variableX()).isEqualTo("mpg");
        assertThat(m.pairs().get(0).variableY()).isEqualTo("wt");
    }

    @Test
    void shouldHandlePerfectCorrelationWithoutNaN() {
        CorrelationResult r = stats.correlate(CorrelationRequest.of(Sample.of("a", 1, 2, 3, 4, 5), Sample.of("b", 2, 4, 6, 8, 10)));

        assertThat(r.coefficient()).isEqualTo(1.0);
        assertThat(r.pValue()).isEqualTo(0.0);
        assertThat(r.confidenceInterval().lower()).isEqualTo(1.0);
        assertThat(r.confidenceInterval().upper()).isEqualTo(1.0);
    }

    @Test
    void shouldLeaveTheIntervalOutWhenTooFewPairs() {
        CorrelationResult r = stats.correlate(CorrelationRequest.of(Sample.of("a", 1, 2, 4), Sample.of("b", 2, 1, 5)));

        assertThat(r.confidenceInterval()).isNull();
        assertThat(r.warnings()).containsExactly("with 3 pairs the confidence interval is undefined");
    }
}
