package ai.kai.forecast;

import static ai.kai.forecast.EtsTest.assertForecast;
import static ai.kai.forecast.EtsTest.horizons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ARIMA against R's {@code stats::arima} and forecast 8.20's {@code auto.arima} (R 4.2.2); the R calls are in
 * {@code src/test/resources/forecast/reference.R}. Tolerances: the likelihood is the same function (exact
 * Gaussian likelihood of the differenced series; R gets it through a diffuse prior with κ = 1e6, which moves
 * log-likelihoods by up to ~0.005) and the optimiser is the same algorithm (BFGS with R's parameter scaling
 * and numerical gradients), so coefficients agree within 1e-3, AICc within 0.05, point forecasts within 0.1%
 * and bounds within 0.5%. Orders chosen by the stepwise search must be identical.
 */
class ArimaTest {
    private static final double[] AIR = ForecastData.load("AirPassengers").values();

    @Test
    void shouldMatchRsAutoArimaOnAirPassengers() {
        // fit <- auto.arima(AirPassengers); forecast(fit, h = 24, level = 95)
        ArimaModel fit = AutoArima.fit(AIR, 12);
        assertThat(fit.description()).isEqualTo("ARIMA(2,1,1)(0,1,0)[12]");
        assertThat(fit.coefficients()).containsExactly(new double[] {0.595980706587, 0.214274553578, -0.981877169669},
                offset(1e-3));
        assertThat(fit.aicc()).isCloseTo(1018.165165440, offset(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(-504.923852561, offset(0.02));
        assertThat(fit.sigma2()).isCloseTo(132.344749404, offset(0.1));
        PointForecast f = fit.forecast(24, 0.95);
        assertForecast(horizons(f.mean()), new double[] {445.634901393, 566.862455292, 465.507584081, 499.858207211}, 0.1);
        assertForecast(horizons(f.lower()), new double[] {423.085052945, 532.300683300, 427.755560135, 438.369538215}, 0.5);
        assertForecast(horizons(f.upper()), new double[] {468.184749842, 601.424227283, 503.259608027, 561.346876207}, 0.5);
    }

    @Test
    void shouldMatchRsAirlineModelOnLogAirPassengers() {
        // Arima(log(AirPassengers), order = c(0, 1, 1), seasonal = c(0, 1, 1)); forecast(fit, h = 12)$mean[c(1, 12)]
        double[] log = Arrays.stream(AIR).map(Math::log).toArray();
        ArimaModel fit = ArimaEstimator.fit(log, new ArimaSpec(0, 1, 1, 0, 1, 1, 12, false));
        assertThat(fit.coefficients()).containsExactly(new double[] {-0.401828016756, -0.556944838448}, offset(1e-3));
        assertThat(fit.aicc()).isCloseTo(-483.210084816, offset(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(244.699530597, offset(0.02));
        double[] mean = fit.forecast(12, 0.95).mean();
        assertForecast(new double[] {mean[0], mean[11]}, new double[] {6.11018574332, 6.16802488245}, 0.01);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({"lynx,1,'ARIMA(2,0,2) with non-zero mean',1876.95249687,2989.91026007,1602.21754860",
            "Nile,1,'ARIMA(1,1,1)',1267.50739513,816.181275940,842.168743975",
            "UKgas,4,'ARIMA(0,1,1)(0,1,0)[4]',1030.79478027,1201.895642919,858.791285837",
            "JohnsonJohnson,4,'ARIMA(3,1,1)(0,1,0)[4]',96.837157033,17.7022441454,14.8428291952",
            "nottem,12,'ARIMA(1,0,2)(1,1,2)[12] with drift',1049.6210607,40.3589280439,61.5875559170"})
    void shouldMatchRsAutoArimaOrdersAndForecasts(String series, int period, String model, double aicc,
                                                  double first, double eighth) {
        // auto.arima(series); forecast(fit, h = 8)$mean[c(1, 8)]  (nottem, n = 240, uses the CSS approximation)
        ArimaModel fit = AutoArima.fit(ForecastData.load(series).values(), period);
        assertThat(fit.description()).isEqualTo(model);
        assertThat(fit.aicc()).isCloseTo(aicc, offset(0.05));
        double[] mean = fit.forecast(8, 0.95).mean();
        assertForecast(new double[] {mean[0], mean[7]}, new double[] {first, eighth}, 0.1);
    }

    @Test
    void shouldMatchRsDifferencingDecisions() {
        // ndiffs(AirPassengers), ndiffs(log(AirPassengers)), ndiffs(Nile), ndiffs(lynx); nsdiffs(...)
        double[] nile = ForecastData.load("Nile").values();
        double[] lynx = ForecastData.load("lynx").values();
        assertThat(UnitRootTests.ndiffs(AIR, 2)).isEqualTo(1);
        assertThat(UnitRootTests.ndiffs(Arrays.stream(AIR).map(Math::log).toArray(), 2)).isEqualTo(1);
        assertThat(UnitRootTests.ndiffs(nile, 2)).isEqualTo(1);
        assertThat(UnitRootTests.ndiffs(lynx, 2)).isZero();
        assertThat(UnitRootTests.nsdiffs(AIR, 12)).isEqualTo(1);
        assertThat(UnitRootTests.nsdiffs(ForecastData.load("UKgas").values(), 4)).isEqualTo(1);
        assertThat(UnitRootTests.nsdiffs(ForecastData.load("nottem").values(), 12)).isEqualTo(1);
        // urca::ur.kpss(x, type = "mu", use.lag = trunc(3 * sqrt(n) / 13))@teststat
        assertThat(UnitRootTests.kpss(nile)).isCloseTo(1.3152264631777, offset(1e-10));
        assertThat(UnitRootTests.kpss(UnitRootTests.diff(nile, 1))).isCloseTo(0.0196221315461, offset(1e-10));
        assertThat(UnitRootTests.kpss(lynx)).isCloseTo(0.0694650820944, offset(1e-10));
    }

    @Test
    void shouldMatchRsStlSeasonalStrength() {
        // forecast:::seas.heuristic(x), i.e. 1 - var(remainder)/var(remainder + seasonal) of mstl(x)
        assertThat(Stl.seasonalStrength(AIR, 12)).isCloseTo(0.9406725, offset(1e-6));
        assertThat(Stl.seasonalStrength(ForecastData.load("UKgas").values(), 4)).isCloseTo(0.9830948, offset(1e-6));
        assertThat(Stl.seasonalStrength(ForecastData.load("JohnsonJohnson").values(), 4)).isCloseTo(0.820906, offset(1e-6));
        assertThat(Stl.seasonalStrength(ForecastData.load("UKDriverDeaths").values(), 12)).isCloseTo(0.8080356, offset(1e-6));
    }

    @Test
    void shouldStartTheFilterFromTheStationaryCovariance() {
        // P0 must solve P = T P Tᵀ + R Rᵀ for a seasonal ARMA
        ArimaSpec spec = new ArimaSpec(2, 0, 1, 1, 0, 1, 4, false);
        double[][] poly = ArmaPolynomials.expand(new double[] {0.5, -0.2, 0.4, 0.3, -0.5}, spec);
        double[][] p0 = ArmaKalman.stationaryCovariance(poly[0], poly[1]);
        double[][] next = ArmaKalman.predictCovariance(p0, poly[0], poly[1]);
        for (int i = 0; i < p0.length; i++) {
            assertThat(next[i]).containsExactly(p0[i], offset(1e-10));
        }
        double[] w = Arrays.copyOf(AIR, 60);
        double mean = Arrays.stream(w).average().orElseThrow();
        double[] centred = Arrays.stream(w).map(v -> v - mean).toArray();
        double full = ArmaKalman.filter(centred, poly[0], poly[1], p0, true).objective();
        double fast = ArmaKalman.likelihood(centred, poly[0], poly[1], p0).objective();
        assertThat(fast).isCloseTo(full, offset(1e-10));
    }

    @Test
    void shouldMapArParametersToTheStationaryRegionAndBack() {
        double[] raw = {0.8, -1.5, 2.0};
        double[] ar = ArmaPolynomials.toStationary(raw, 0, 3);
        assertThat(ArmaPolynomials.arStationary(ar, 0, 3, 1)).isTrue();
        assertThat(ArmaPolynomials.fromStationary(ar, 0, 3)).containsExactly(raw, offset(1e-12));
        double[] ma = {2.0, 0, 0};
        ArmaPolynomials.invertMa(ma, 0, 1);
        assertThat(ma[0]).isEqualTo(0.5);
    }
}
