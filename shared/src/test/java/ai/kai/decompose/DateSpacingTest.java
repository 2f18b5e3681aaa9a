package ai.kai.decompose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ai.kai.testdata.ForecastData;

class DateSpacingTest {

    @Test
    void shouldInferTheSeasonalPeriodFromTheDatesFrequency() {
        assertThat(DateSpacing.of(ForecastData.load("AirPassengers").dates()).seasonalPeriod()).isEqualTo(12);
        assertThat(DateSpacing.of(ForecastData.load("UKgas").dates()).seasonalPeriod()).isEqualTo(4);
        assertThat(DateSpacing.of(days(30, 1)).seasonalPeriod()).isEqualTo(7);
        assertThat(DateSpacing.of(days(30, 7)).seasonalPeriod()).isEqualTo(52);
        List<LocalDateTime> hours = IntStream.range(0, 50).mapToObj(i -> LocalDateTime.of(2024, 3, 30, 0, 0).plusHours(i)).toList();
        assertThat(DateSpacing.of(hours).frequency()).isEqualTo(Frequency.HOURLY);
        assertThat(DateSpacing.of(hours).seasonalPeriod()).isEqualTo(24);
        DateSpacing yearly = DateSpacing.of(ForecastData.load("Nile").dates());
        assertThat(yearly.frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(yearly.isRegular()).isTrue();
        assertThat(yearly.seasonalPeriod()).isZero();
    }

    @Test
    void shouldAcceptMonthEndsAsMonthly() {
        List<LocalDate> ends = IntStream.range(0, 24).mapToObj(i -> LocalDate.of(2023, 1, 1).plusMonths(i + 1).minusDays(1)).toList();
        assertThat(DateSpacing.of(ends).frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(DateSpacing.of(ends).isRegular()).isTrue();
    }

    @Test
    void shouldPointAtTheFirstGapAndAtDatesOutOfOrder() {
        List<LocalDate> gap = new ArrayList<>(days(20, 1));
        gap.remove(9);
        DateSpacing spacing = DateSpacing.of(gap);
        assertThat(spacing.isRegular()).isFalse();
        assertThat(spacing.frequency()).isEqualTo(Frequency.DAILY);
        assertThat(spacing.irregularIndex()).isEqualTo(9);
        assertThat(spacing.problem()).contains("2024-01-09 to 2024-01-11 (index 9) is not one day");

        List<LocalDate> unordered = new ArrayList<>(days(10, 1));
        unordered.set(4, unordered.get(2));
        assertThat(DateSpacing.of(unordered).problem()).contains("strictly increasing").contains("index 4");
    }

    @Test
    void shouldNameThePositionInTheCycle() {
        LocalDateTime t = LocalDateTime.of(2024, 3, 4, 14, 0); // a Monday in March, Q1, ISO week 10
        assertThat(Frequency.MONTHLY.positionOf(t)).isEqualTo("March");
        assertThat(Frequency.QUARTERLY.positionOf(t)).isEqualTo("Q1");
        assertThat(Frequency.DAILY.positionOf(t)).isEqualTo("a Monday");
        assertThat(Frequency.HOURLY.positionOf(t)).isEqualTo("14:00");
        assertThat(Frequency.WEEKLY.positionOf(t)).isEqualTo("week 10");
    }

    private static List<LocalDate> days(int n, int step) {
        return IntStream.range(0, n).mapToObj(i -> LocalDate.of(2024, 1, 1).plusDays((long) i * step)).toList();
    }
}
