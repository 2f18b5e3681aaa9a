package ai.kai.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.forecast.ForecastData;

class SeriesRegularizerTest {

    @Test
    void shouldInferMonthlyFrequencyForAirPassengers() {
        ForecastData.Series air = ForecastData.load("AirPassengers");
        RegularSeries series = SeriesRegularizer.regularize(air.times(), air.boxedValues(), null);
        assertThat(series.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(series.seasonalPeriod()).isEqualTo(12);
        assertThat(series.values()).containsExactly(air.values());
        assertThat(series.report().frequencyInferred()).isTrue();
        assertThat(series.report().gapsFilled()).isZero();
        assertThat(series.report().duplicatesAggregated()).isZero();
        assertThat(series.report().start()).isEqualTo("1949-01-01");
        assertThat(series.report().end()).isEqualTo("1960-12-01");
    }

    @ParameterizedTest
    @CsvSource({"HOURS,1,HOURLY,24", "DAYS,1,DAILY,7", "DAYS,7,WEEKLY,52", "MONTHS,1,MONTHLY,12",
            "MONTHS,3,QUARTERLY,4", "YEARS,1,YEARLY,1"})
    void shouldInferEachFrequencyWithItsSeasonalPeriod(String unit, int step, Frequency expected, int period) {
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 0, 0);
        List<LocalDateTime> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            times.add(start.plus((long) i * step, java.time.temporal.ChronoUnit.valueOf(unit)));
            values.add((double) i);
        }
        RegularSeries series = SeriesRegularizer.regularize(times, values, null);
        assertThat(series.frequency()).isEqualTo(expected);
        assertThat(series.seasonalPeriod()).isEqualTo(period);
        assertThat(series.size()).isEqualTo(30);
    }

    @Test
    void shouldFillGapsByLinearInterpolationAndReportThem() {
        List<LocalDateTime> times = days(LocalDate.of(2024, 1, 1), 0, 1, 2, 5, 6, 7, 8, 9, 10);
        List<Double> values = List.of(1.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0);
        RegularSeries series = SeriesRegularizer.regularize(times, values, null);
        assertThat(series.frequency()).isEqualTo(Frequency.DAILY);
        assertThat(series.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(series.report().gapsFilled()).isEqualTo(2);
        assertThat(series.report().filledDates()).containsExactly("2024-01-04", "2024-01-05");
        assertThat(series.report().fillMethod()).isEqualTo("linear interpolation");
    }

    @Test
    void shouldAverageDuplicatesAndReportThem() {
        List<LocalDateTime> times = days(LocalDate.of(2024, 1, 1), 0, 1, 1, 1, 2, 3, 4, 5, 6);
        List<Double> values = List.of(1.0, 1.0, 2.0, 3.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        RegularSeries series = SeriesRegularizer.regularize(times, values, null);
        assertThat(series.values()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(series.report().duplicatesAggregated()).isEqualTo(2);
        assertThat(series.report().periodsWithDuplicates()).isEqualTo(1);
        assertThat(series.report().aggregation()).isEqualTo("mean");
    }

    @Test
    void shouldTreatMissingValuesAsGapsAndCountThem() {
        List<LocalDateTime> times = days(LocalDate.of(2024, 1, 1), 0, 1, 2, 3, 4, 5);
        List<Double> values = Arrays.asList(1.0, null, 3.0, 4.0, 5.0, 6.0);
        RegularSeries series = SeriesRegularizer.regularize(times, values, null);
        assertThat(series.values()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(series.report().missingValues()).isEqualTo(1);
        assertThat(series.report().gapsFilled()).isEqualTo(1);
    }

    @Test
    void shouldAggregateToAGivenCoarserFrequency() {
        List<LocalDateTime> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() == 2023; d = d.plusDays(1)) {
            times.add(d.atStartOfDay());
            values.add((double) d.getMonthValue());
        }
        RegularSeries series = SeriesRegularizer.regularize(times, values, Frequency.MONTHLY);
        assertThat(series.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(series.report().frequencyInferred()).isFalse();
        assertThat(series.report().duplicatesAggregated()).isEqualTo(365 - 12);
    }

    @Test
    void shouldKeepMonthEndDatesOnMonthEnds() {
        List<LocalDateTime> times = List.of(LocalDate.of(2024, 1, 31).atStartOfDay(),
                LocalDate.of(2024, 2, 29).atStartOfDay(), LocalDate.of(2024, 3, 31).atStartOfDay());
        RegularSeries series = SeriesRegularizer.regularize(times, List.of(1.0, 2.0, 3.0), null);
        assertThat(series.grid().future(2)).containsExactly(LocalDate.of(2024, 4, 30).atStartOfDay(),
                LocalDate.of(2024, 5, 31).atStartOfDay());
    }

    @Test
    void shouldRefuseIrregularSpacingNamingIt() {
        List<LocalDateTime> times = days(LocalDate.of(2024, 1, 1), 0, 3, 6, 9, 12, 15);
        assertThatThrownBy(() -> SeriesRegularizer.regularize(times, List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), null))
                .isInstanceOf(KaiException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.FORECAST_FREQUENCY_UNKNOWN)
                .hasMessageContaining("3.0 days");
    }

    @Test
    void shouldRefuseNonFiniteValuesAndMissingDates() {
        List<LocalDateTime> times = days(LocalDate.of(2024, 1, 1), 0, 1, 2);
        assertThatThrownBy(() -> SeriesRegularizer.regularize(times, List.of(1.0, Double.NaN, 3.0), null))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NON_NUMERIC_VALUES).hasMessageContaining("row 2");
        List<LocalDateTime> withNull = Arrays.asList(times.get(0), null, times.get(2));
        assertThatThrownBy(() -> SeriesRegularizer.regularize(withNull, List.of(1.0, 2.0, 3.0), null))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNPARSEABLE_DATES);
    }

    @Test
    void shouldParseFrequencyNamesAndCodes() {
        assertThat(Frequency.parse("Monthly")).contains(Frequency.MONTHLY);
        assertThat(Frequency.parse(" q ")).contains(Frequency.QUARTERLY);
        assertThat(Frequency.parse("annual")).contains(Frequency.YEARLY);
        assertThat(Frequency.parse("H")).contains(Frequency.HOURLY);
        assertThat(Frequency.parse("fortnightly")).isEmpty();
        assertThat(Frequency.DAILY.cycleName()).isEqualTo("weekly");
    }

    private static List<LocalDateTime> days(LocalDate start, int... offsets) {
        return Arrays.stream(offsets).mapToObj(o -> start.plusDays(o).atStartOfDay()).toList();
    }
}
