package ai.kai.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.kai.testdata.ForecastData;

/**
 * The defaults contract on classic seasonal series: AUTO, without any tuning, chooses the seasonal method, finds
 * a handful of planted spikes, flags at most a couple of other points and none of the series' own seasonal peaks
 * (the highest value of each calendar year).
 */
class SeasonalDefaultsTest {
    private final AnomalyService service = new AnomalyService();

    @Test
    void shouldNotFlagSeasonalPeaksOfAirPassengers() {
        ForecastData air = ForecastData.load("AirPassengers");
        AnomalyResult result = auto(air.values(), air.dates());

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.SEASONAL);
        assertThat(result.summary().transform()).isEqualTo("log"); // the seasonal swings grow with the traffic
        assertThat(indices(result)).doesNotContainAnyElementsOf(yearlyPeaks(air)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void shouldFindPlantedSpikesInAirPassengersButNotItsPeaks() {
        ForecastData air = ForecastData.load("AirPassengers");
        double[] y = air.values().clone();
        // a strike (x0.6), a charter boom (x1.5), a data-entry slip (x0.5), a double count (x1.6)
        Map<Integer, Double> planted = Map.of(20, 0.6, 55, 1.5, 90, 0.5, 125, 1.6);
        planted.forEach((i, factor) -> y[i] *= factor);

        AnomalyResult result = auto(y, air.dates());

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.SEASONAL);
        assertThat(indices(result)).containsAll(planted.keySet());
        assertThat(others(result, planted.keySet())).hasSizeLessThanOrEqualTo(2).doesNotContainAnyElementsOf(yearlyPeaks(air));
        Anomaly strike = byIndex(result, 20);
        assertThat(strike.value()).isLessThan(strike.lowerExpected());
        assertThat(strike.expected()).isBetween(strike.lowerExpected(), strike.upperExpected());
        assertThat(strike.reason()).contains("below the expected").contains("for September");
    }

    @Test
    void shouldFlagAnOutageToZeroInAMultiplicativeSeries() {
        ForecastData air = ForecastData.load("AirPassengers");
        double[] y = air.values().clone();
        y[100] = 0; // May 1957: the feed was down

        AnomalyResult result = auto(y, air.dates());

        assertThat(result.summary().transform()).isEqualTo("log");
        assertThat(indices(result)).contains(100).doesNotContainAnyElementsOf(yearlyPeaks(air)).hasSizeLessThanOrEqualTo(3);
        Anomaly outage = byIndex(result, 100);
        assertThat(outage.reason()).startsWith("value 0 is far below the expected").contains("for May");
        assertThat(outage.score()).isFinite().isGreaterThan(5);
    }

    @Test
    void shouldNotFlagSeasonalPeaksOfNottemAndFindSensorErrors() {
        ForecastData nottem = ForecastData.load("nottem");
        assertThat(auto(nottem.values(), nottem.dates()).anomalies()).isEmpty();

        double[] y = nottem.values().clone();
        Map<Integer, Double> planted = Map.of(30, 15.0, 100, -15.0, 150, 20.0, 200, -18.0); // degrees Fahrenheit
        planted.forEach((i, delta) -> y[i] += delta);
        AnomalyResult result = auto(y, nottem.dates());

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.SEASONAL);
        assertThat(indices(result)).containsAll(planted.keySet());
        assertThat(others(result, planted.keySet())).hasSizeLessThanOrEqualTo(2).doesNotContainAnyElementsOf(yearlyPeaks(nottem));
    }

    /*
     * UKgas changed its seasonal shape when North Sea gas arrived: 1970 Q3 is 188.9 against ~118 in the Q3s around
     * it, and Q4 jumps from 142.5 (1970) to 267.3 (1971) and 336.2 (1972). AUTO flags 1970 Q3 and Q4 — real
     * anomalies — and nothing else of the original series; with spikes planted, any other flag stays inside that
     * 1968-1972 switch.
     */
    @Test
    void shouldNotFlagSeasonalPeaksOfUkGasAndFindPlantedSpikes() {
        ForecastData gas = ForecastData.load("UKgas");
        Set<Integer> switchover = java.util.stream.IntStream.rangeClosed(32, 51).boxed().collect(Collectors.toSet()); // 1968..1972
        assertThat(indices(auto(gas.values(), gas.dates()))).containsExactly(42, 43);

        double[] y = gas.values().clone();
        Map<Integer, Double> planted = Map.of(14, 2.0, 62, 0.5, 78, 2.0, 97, 0.5);
        planted.forEach((i, factor) -> y[i] *= factor);
        AnomalyResult result = auto(y, gas.dates());

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.SEASONAL);
        assertThat(indices(result)).containsAll(planted.keySet());
        assertThat(others(result, planted.keySet())).hasSizeLessThanOrEqualTo(2).isSubsetOf(switchover)
                .doesNotContainAnyElementsOf(yearlyPeaks(gas));
    }

    @Test
    void shouldKeepItsDefaultsWhereverSpikesLand() {
        // 25 random placements of 4 spikes (x2 or x0.5, away from the first and last cycle) per series
        for (String name : List.of("AirPassengers", "nottem", "UKgas")) {
            ForecastData data = ForecastData.load(name);
            int n = data.values().length;
            int period = name.equals("UKgas") ? 4 : 12;
            java.util.Random random = new java.util.Random(2024);
            int missed = 0;
            for (int trial = 0; trial < 25; trial++) {
                Set<Integer> planted = new HashSet<>();
                while (planted.size() < 4) {
                    planted.add(period + random.nextInt(n - 2 * period));
                }
                double[] y = data.values().clone();
                int k = 0;
                for (int i : planted) {
                    y[i] *= k++ % 2 == 0 ? 2.0 : 0.5;
                }
                AnomalyResult result = auto(y, data.dates());
                Set<Integer> flagged = indices(result);
                missed += planted.stream().filter(i -> !flagged.contains(i)).count();
                Set<Integer> peaks = yearlyPeaks(data);
                peaks.removeAll(planted);
                assertThat(others(result, planted)).as("%s trial %d", name, trial)
                        .hasSizeLessThanOrEqualTo(4).doesNotContainAnyElementsOf(peaks);
            }
            assertThat(missed).as("%s: planted spikes missed in 100", name).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void shouldFindTheSeasonWithoutDatesThroughAutocorrelation() {
        ForecastData air = ForecastData.load("AirPassengers");
        double[] y = air.values().clone();
        y[55] *= 1.5;
        y[90] *= 0.5;
        AnomalyResult result = service.detect(AnomalyRequest.of("passengers", y));

        assertThat(result.methodSelected()).isEqualTo(AnomalyMethod.SEASONAL);
        assertThat(result.summary().period()).isEqualTo(12);
        assertThat(result.reason()).contains("autocorrelation");
        Set<Integer> peaks = yearlyPeaks(air);
        peaks.removeAll(Set.of(55, 90)); // both spikes landed on a summer peak
        assertThat(indices(result)).contains(55, 90).doesNotContainAnyElementsOf(peaks);
        assertThat(byIndex(result, 55).reason()).contains("of the 12-step cycle");
    }

    private AnomalyResult auto(double[] y, List<LocalDate> dates) {
        return service.detect(AnomalyRequest.of(y).withDates(dates));
    }

    static Set<Integer> indices(AnomalyResult result) {
        return result.anomalies().stream().map(Anomaly::index).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<Integer> others(AnomalyResult result, Set<Integer> planted) {
        Set<Integer> others = indices(result);
        others.removeAll(planted);
        return others;
    }

    private static Anomaly byIndex(AnomalyResult result, int index) {
        return result.anomalies().stream().filter(a -> a.index() == index).findFirst().orElseThrow();
    }

    /** The index of the highest value of each calendar year. */
    static Set<Integer> yearlyPeaks(ForecastData data) {
        Map<Integer, Integer> best = new TreeMap<>();
        for (int i = 0; i < data.values().length; i++) {
            int year = data.dates().get(i).getYear();
            Integer b = best.get(year);
            if (b == null || data.values()[i] > data.values()[b]) {
                best.put(year, i);
            }
        }
        return new HashSet<>(best.values());
    }
}
