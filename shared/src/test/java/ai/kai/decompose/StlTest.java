package ai.kai.decompose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.testdata.ForecastData;

/**
 * STL against R 4.2.2's {@code stats::stl}, which runs the netlib Fortran of Cleveland et al. (1990). Same
 * algorithm, same parameters, double precision on both sides: the components agree to ~1e-11 in practice, so
 * 1e-6 leaves room for platform arithmetic without hiding a wrong smoother (a changed jump, window or end
 * rule moves values by 1e-3 or more). Reference rows are {index (0-based), seasonal, trend, remainder, weight}.
 */
class StlTest {
    private static final double TOLERANCE = 1e-6;

    @Test
    void shouldMatchRForPeriodicNottem() {
        // R: f <- stl(nottem, "per")   (example of ?stl)
        double[][] expected = {
                {0, -9.3471980275, 49.6806726486, 0.2665253789, 1},
                {1, -9.8552496215, 49.5455208170, 1.1097288045, 1},
                {6, 12.8452500959, 49.1736662496, -4.3189163455, 1},
                {99, -2.7634710222, 48.8048013597, 1.2586696625, 1},
                {179, -9.4781422783, 50.8709220953, 4.4072201830, 1},
                {239, -9.4781422783, 49.0050970824, -1.7269548041, 1}};
        assertMatches(Stl.decompose(ForecastData.load("nottem").values(), StlParameters.periodic(12, false)), expected);
    }

    @Test
    void shouldMatchRWithAGivenTrendWindowAndNoJumps() {
        // R: f <- stl(nottem, s.window = 7, t.window = 50, t.jump = 1)   (example of ?stl)
        double[][] expected = {
                {0, -8.0777667807, 49.8218810829, -1.1441143022, 1},
                {1, -9.2542843233, 49.7889094044, 0.2653749189, 1},
                {6, 12.3528716807, 49.6043838107, -4.2572554914, 1},
                {99, -2.0347543197, 48.3140647930, 1.0206895267, 1},
                {179, -9.7965605054, 49.8960425359, 5.7005179695, 1},
                {239, -10.8847175427, 49.6205881089, -0.9358705662, 1}};
        StlParameters p = StlParameters.of(12, 7, false).withTrendWindow(50);
        p = p.withJumps(p.seasonalJump(), 1, p.lowPassJump());
        assertMatches(Stl.decompose(ForecastData.load("nottem").values(), p), expected);
    }

    @Test
    void shouldMatchRForLogCo2() {
        // R: f <- stl(log(co2), s.window = 21)   (example of ?stl)
        double[][] expected = {
                {0, -0.0001849334, 5.7535410579, 0.0005489595, 1},
                {1, 0.0017297822, 5.7538233819, 0.0011695813, 1},
                {6, 0.0027705626, 5.7552318021, -0.0010267349, 1},
                {199, -0.0034086573, 5.8025511831, -0.0003529476, 1},
                {399, 0.0076840226, 5.8753517556, 0.0004815774, 1},
                {467, -0.0024361970, 5.8987503352, 0.0017733594, 1}};
        double[] co2 = ForecastData.load("co2").values();
        double[] log = new double[co2.length];
        for (int i = 0; i < co2.length; i++) {
            log[i] = Math.log(co2[i]);
        }
        assertMatches(Stl.decompose(log, StlParameters.of(12, 21, false)), expected);
    }

    /*
     * Robust fits: R's Fortran takes the median |R| from a partial sort asked for positions n/2+1 and n/2 in that
     * (descending) order, which for even n can return a wrong second order statistic (statsmodels documents the
     * same bug in the netlib code and fixes it). We compute the exact median, as the paper defines it, so robust
     * comparisons use odd lengths, where both ask for the single middle value.
     */
    @Test
    void shouldMatchRRobustFitWithItsOutlierWeights() {
        // R: x <- ts(nottem[1:239], start = 1920, frequency = 12); f <- stl(x, s.window = 7, robust = TRUE)
        double[][] expected = {
                {0, -8.2764389823, 49.5659641753, -0.6895251929, 0.9721173215},
                {1, -9.6439734069, 49.5902844906, 0.8536889163, 0.9575938157},
                {6, 15.3903184708, 49.7457403955, -7.4360588663, 0},
                {99, -2.1638536007, 48.7878202023, 0.6760333984, 0.9730961674},
                {109, -9.8882875348, 48.6345452350, -7.4462577001, 0},
                {179, -10.7666339357, 50.4146701953, 6.1519637404, 0},
                {238, -6.3362175570, 49.8754646206, 3.0607529364, 0.5414011079}};
        double[] y = ForecastData.load("nottem").head(239).values();
        assertMatches(Stl.decompose(y, StlParameters.of(12, 7, true)), expected);
    }

    @Test
    void shouldMatchRRobustFitOfAirPassengers() {
        // R: x <- ts(AirPassengers[1:143], start = 1949, frequency = 12); f <- stl(x, s.window = 13, robust = TRUE)
        double[][] expected = {
                {0, -20.7802121284, 130.0608680837, 2.7193440446, 0.9861952751},
                {1, -22.6372719731, 130.7024376587, 9.9348343144, 0.8170874600},
                {6, 77.3971791097, 133.9579267223, -63.3551058320, 0},
                {99, -5.0266671015, 350.2192093607, 2.8074577408, 0.9839792643},
                {134, 3.6706780920, 453.3176107855, -37.9882888775, 0},
                {142, -61.1118563800, 493.1954438580, -42.0835874780, 0}};
        double[] y = ForecastData.load("AirPassengers").head(143).values();
        assertMatches(Stl.decompose(y, StlParameters.of(12, 13, true)), expected);
    }

    @Test
    void shouldUseTheExactMedianForRobustnessWeightsOfEvenLength() {
        double[] y = {0, 0, 0, 0, 0, 0};
        double[] fit = {0, 0, 0, 0, 0, 0};
        double[] residuals = {1, -2, 3, -4, 12, 0.5}; // |R| sorted: 0.5 1 2 3 4 12, median 2.5, h = 15
        double[] seasonal = new double[6];
        for (int i = 0; i < 6; i++) {
            y[i] = residuals[i];
        }
        double[] w = Stl.robustnessWeights(y, fit, seasonal);
        assertThat(w[0]).isCloseTo(Math.pow(1 - Math.pow(1 / 15.0, 2), 2), within(1e-15));
        assertThat(w[3]).isCloseTo(Math.pow(1 - Math.pow(4 / 15.0, 2), 2), within(1e-15));
        assertThat(w[4]).isCloseTo(Math.pow(1 - Math.pow(12 / 15.0, 2), 2), within(1e-15));
    }

    @Test
    void shouldAddUpToTheObservedSeriesAndKeepAPeriodicSeasonalExactlyPeriodic() {
        double[] y = ForecastData.load("UKgas").values();
        Decomposition d = Stl.decompose(y, StlParameters.periodic(4, true));
        for (int i = 0; i < y.length; i++) {
            assertThat(d.trend()[i] + d.seasonal()[i] + d.remainder()[i]).isCloseTo(y[i], within(1e-9));
            if (i >= 4) {
                assertThat(d.seasonal()[i]).isEqualTo(d.seasonal()[i - 4]);
            }
        }
    }

    @Test
    void shouldMeasureStrongSeasonalityInNottemAndNoneInWhiteNoise() {
        Decomposition nottem = Stl.decompose(ForecastData.load("nottem").values(), StlParameters.periodic(12, true));
        assertThat(nottem.seasonalStrength()).isGreaterThan(0.9);

        Random random = new Random(3);
        double[] noise = new double[240];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
        }
        Decomposition flat = Stl.decompose(noise, StlParameters.periodic(12, true));
        assertThat(flat.seasonalStrength()).isLessThan(0.2);
    }

    @Test
    void shouldRefuseSeriesShorterThanTwoPeriodsAndNonFiniteValues() {
        assertThatThrownBy(() -> Stl.decompose(new double[24], StlParameters.periodic(12, false)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.TOO_FEW_POINTS)
                .hasMessageContaining("at least 25 values; got 24");
        double[] y = ForecastData.load("nottem").values().clone();
        y[5] = Double.NaN;
        assertThatThrownBy(() -> Stl.decompose(y, StlParameters.periodic(12, false)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NON_NUMERIC_VALUE)
                .hasMessageContaining("index 5");
    }

    @Test
    void shouldFollowRsDefaultWindows() {
        StlParameters p = StlParameters.of(12, 7, false);
        // t.window = nextodd(ceiling(1.5 * 12 / (1 - 1.5 / 7))) = nextodd(23) = 23; l.window = nextodd(12) = 13
        assertThat(p.trendWindow()).isEqualTo(23);
        assertThat(p.lowPassWindow()).isEqualTo(13);
        assertThat(p.seasonalJump()).isEqualTo(1);
        assertThat(p.trendJump()).isEqualTo(3);
        assertThat(p.lowPassJump()).isEqualTo(2);
        assertThat(p.innerIterations()).isEqualTo(2);
        assertThat(StlParameters.periodic(12, true).trendWindow()).isEqualTo(19);
        assertThat(StlParameters.periodic(12, true).outerIterations()).isEqualTo(15);
    }

    private static void assertMatches(Decomposition d, double[][] expected) {
        for (double[] row : expected) {
            int i = (int) row[0];
            assertThat(d.seasonal()[i]).as("seasonal[%d]", i).isCloseTo(row[1], within(TOLERANCE));
            assertThat(d.trend()[i]).as("trend[%d]", i).isCloseTo(row[2], within(TOLERANCE));
            assertThat(d.remainder()[i]).as("remainder[%d]", i).isCloseTo(row[3], within(TOLERANCE));
            assertThat(d.weights()[i]).as("weight[%d]", i).isCloseTo(row[4], within(TOLERANCE));
        }
    }
}
