package ai.kai.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorInfo;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.timeseries.Frequency;

class ForecastServiceTest {
    private static final ForecastService SERVICE = new ForecastService();
    private static final ForecastData.Series AIR = ForecastData.load("AirPassengers");

    @Test
    void shouldPickTheModelWithTheLowestBacktestMaseAndBeatSeasonalNaive() {
        ForecastResult result = SERVICE.forecast(ForecastRequest.of(AIR.times(), AIR.boxedValues(), 12));
        assertThat(result.selection()).isEqualTo("rolling-origin backtest (lowest MASE)");
        assertThat(result.candidates()).extracting(CandidateScore::model)
                .containsExactly("snaive", "ets", "arima", "prophet");
        CandidateScore chosen = result.candidates().stream().filter(CandidateScore::selected).findFirst().orElseThrow();
        assertThat(result.candidates()).allMatch(c -> c.mase() >= chosen.mase());
        assertThat(chosen.modelName()).isEqualTo(result.modelName());
        assertThat(result.metrics().mase()).isEqualTo(chosen.mase());
        assertThat(result.metrics().mase()).isLessThan(result.candidates().get(0).mase());
        assertThat(result.metrics().origins()).isEqualTo(3);
        assertThat(result.metrics().horizon()).isEqualTo(12);
    }

    @Test
    void shouldSerialiseTheContractFieldsInSnakeCase() {
        ForecastResult result = SERVICE.forecast(ForecastRequest.of(AIR.times(), AIR.boxedValues(), 24)
                .withModel(ModelChoice.ETS).withLevel(80));
        JsonNode json = Json.mapper().valueToTree(result);
        assertThat(json.fieldNames()).toIterable().contains("model_name", "forecast_dates", "forecast_values",
                "lower_bound", "upper_bound", "confidence_level", "metrics", "interpretation");
        assertThat(json.get("model_name").asText()).isEqualTo("ETS(M,Ad,M)");
        assertThat(json.get("confidence_level").asDouble()).isEqualTo(0.8);
        assertThat(json.get("forecast_dates").get(0).asText()).isEqualTo("1961-01-01");
        assertThat(json.get("forecast_dates").get(23).asText()).isEqualTo("1962-12-01");
        assertThat(json.get("forecast_values")).hasSize(24);
        assertThat(json.get("metrics").fieldNames()).toIterable()
                .contains("mae", "rmse", "mape", "smape", "mase", "horizon", "origins");
        assertThat(json.get("interpretation").fieldNames()).toIterable()
                .contains("summary", "trend", "seasonality", "interval_width", "caveats");
        assertThat(json.get("series").get("gaps_filled").asInt()).isZero();
        assertThat(Json.write(result)).doesNotContain("NaN").contains("\"model_name\":\"ETS(M,Ad,M)\"");
        // R: forecast(ets(AirPassengers), h = 24, level = 80)$mean[1]
        assertThat(result.forecastValues().get(0)).isCloseTo(441.801847278, offset(0.5));
        for (int i = 0; i < 24; i++) {
            assertThat(result.lowerBound().get(i)).isLessThan(result.forecastValues().get(i));
            assertThat(result.upperBound().get(i)).isGreaterThan(result.forecastValues().get(i));
        }
    }

    @Test
    void shouldInterpretTrendSeasonalityAndIntervalWidth() {
        Interpretation it = SERVICE.forecast(ForecastRequest.of(AIR.times(), AIR.boxedValues(), 24)
                .withModel(ModelChoice.ETS)).interpretation();
        assertThat(it.trend().direction()).isEqualTo("increasing");
        assertThat(it.trend().changePercent()).isBetween(3.0, 30.0);
        assertThat(it.seasonality().found()).isTrue();
        assertThat(it.seasonality().period()).isEqualTo(12);
        assertThat(it.seasonality().strength()).isGreaterThan(0.9);
        assertThat(it.seasonality().peak()).isIn("July", "August");
        assertThat(it.seasonality().trough()).isEqualTo("November");
        assertThat(it.intervalWidth().last()).isGreaterThan(it.intervalWidth().first());
        assertThat(it.intervalWidth().level()).isEqualTo(0.95);
        assertThat(it.summary()).contains("ETS(M,Ad,M)", "increasing", "peaks in", "95% interval");
    }

    @Test
    void shouldReportGapsAndDuplicatesAndWarnAboutThem() {
        List<LocalDateTime> times = new ArrayList<>(AIR.times());
        List<Double> values = new ArrayList<>(AIR.boxedValues());
        times.remove(50);
        values.remove(50);
        times.add(times.get(10));
        values.add(values.get(10) + 10);
        ForecastResult result = SERVICE.forecast(ForecastRequest.of(times, values, 6).withModel(ModelChoice.SNAIVE));
        assertThat(result.series().gapsFilled()).isEqualTo(1);
        assertThat(result.series().filledDates()).containsExactly("1953-03-01");
        assertThat(result.series().duplicatesAggregated()).isEqualTo(1);
        assertThat(result.interpretation().caveats()).anyMatch(c -> c.contains("filled by linear interpolation"))
                .anyMatch(c -> c.contains("were averaged"));
        assertThat(result.modelName()).isEqualTo("Seasonal naive [12]");
    }

    @Test
    void shouldRefuseTooFewPointsWithA4xx() {
        KaiException e = refusal(ForecastRequest.ofDates(days(5), List.of(1.0, 2.0, 3.0, 2.0, 1.0), 3));
        assertThat(e.code()).isEqualTo(ErrorCode.FORECAST_TOO_FEW_POINTS);
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.getMessage()).contains("5 daily point(s)", "at least 8");
    }

    @Test
    void shouldRefuseAConstantSeriesWithA4xx() {
        KaiException e = refusal(ForecastRequest.ofDates(days(30), java.util.Collections.nCopies(30, 7.0), 3));
        assertThat(e.code()).isEqualTo(ErrorCode.FORECAST_CONSTANT_SERIES);
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.getMessage()).contains("all 30 values are equal (7.0)");
    }

    @Test
    void shouldRefuseNonNumericValuesAndUnparseableDatesWith400() {
        List<Double> withNaN = new ArrayList<>(java.util.Collections.nCopies(20, 1.0));
        withNaN.set(4, Double.NaN);
        KaiException nonNumeric = refusal(ForecastRequest.ofDates(days(20), withNaN, 3));
        assertThat(nonNumeric.code()).isEqualTo(ErrorCode.NON_NUMERIC_VALUES);
        assertThat(nonNumeric.httpStatus()).isEqualTo(400);
        List<LocalDate> withNull = new ArrayList<>(days(20));
        withNull.set(3, null);
        KaiException badDate = refusal(ForecastRequest.ofDates(withNull, java.util.Collections.nCopies(20, 1.0), 3));
        assertThat(badDate.code()).isEqualTo(ErrorCode.UNPARSEABLE_DATES);
        assertThat(badDate.httpStatus()).isEqualTo(400);
        assertThat(Json.write(ErrorInfo.of(badDate))).contains("\"code\":\"UNPARSEABLE_DATES\"", "row 4");
    }

    @Test
    void shouldParseModelNames() {
        assertThat(ModelChoice.parse("Auto")).contains(ModelChoice.AUTO);
        assertThat(ModelChoice.parse("seasonal-naive")).contains(ModelChoice.SNAIVE);
        assertThat(ModelChoice.parse("holt_winters")).contains(ModelChoice.ETS);
        assertThat(ModelChoice.parse("auto.arima")).contains(ModelChoice.ARIMA);
        assertThat(ModelChoice.parse("lstm")).isEmpty();
        assertThat(ModelChoice.parse("auto_arima")).contains(ModelChoice.ARIMA);
        assertThat(ModelChoice.PROPHET.label()).isEqualTo("prophet");
    }

    @Test
    void shouldRefuseBadParameters() {
        assertThatThrownBy(() -> ForecastRequest.of(AIR.times(), AIR.boxedValues(), 0))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FORECAST_INVALID_REQUEST);
        assertThatThrownBy(() -> ForecastRequest.of(AIR.times(), AIR.boxedValues(), 5).withLevel(1.5))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FORECAST_INVALID_REQUEST).hasMessageContaining("level");
        Regressor shortFuture = new Regressor("price", AIR.boxedValues(), List.of(1.0));
        assertThatThrownBy(() -> SERVICE.forecast(ForecastRequest.of(AIR.times(), AIR.boxedValues(), 5)
                .withModel(ModelChoice.PROPHET).withRegressors(List.of(shortFuture))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FORECAST_INVALID_REQUEST)
                .hasMessageContaining("5 future values");
    }

    @Test
    void shouldForecastWithAHolidayAndARegressorThroughTheProphetModel() {
        List<LocalDate> dates = days(200);
        List<Double> values = new ArrayList<>();
        List<Double> promo = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            double p = t % 9 == 0 ? 1 : 0;
            promo.add(p);
            values.add(100 + 0.2 * t + 15 * p + (dates.get(t).getDayOfMonth() == 1 ? 30 : 0) + Math.sin(t));
        }
        List<LocalDate> firsts = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            firsts.add(dates.get(0).withDayOfMonth(1).plusMonths(k));
        }
        ForecastResult result = SERVICE.forecast(ForecastRequest.ofDates(dates, values, 14)
                .withModel(ModelChoice.PROPHET)
                .withHolidays(List.of(Holiday.of("first of month", firsts)))
                .withRegressors(List.of(new Regressor("promo", promo, List.of(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
                        0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)))));
        assertThat(result.modelName()).contains("holidays", "regressors promo");
        assertThat(result.forecastValues().get(0) - result.forecastValues().get(1)).isCloseTo(15, offset(3.0));
        int firstOfMonth = result.forecastDates().indexOf("2024-08-01");
        assertThat(firstOfMonth).isPositive();
        assertThat(result.forecastValues().get(firstOfMonth) - result.forecastValues().get(firstOfMonth - 1))
                .isCloseTo(30, offset(4.0));
    }

    @Test
    void shouldHandleHourlyAndWeeklyData() {
        List<LocalDateTime> hours = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        for (int t = 0; t < 24 * 14; t++) {
            hours.add(LocalDateTime.of(2024, 3, 1, 0, 0).plusHours(t));
            load.add(50 + 20 * Math.sin(2 * Math.PI * t / 24) + (t % 7) * 0.3);
        }
        ForecastResult hourly = SERVICE.forecast(ForecastRequest.of(hours, load, 24));
        assertThat(hourly.series().frequency()).isEqualTo("hourly");
        assertThat(hourly.forecastDates().get(0)).isEqualTo("2024-03-15T00:00");
        assertThat(hourly.interpretation().seasonality().found()).isTrue();
        assertThat(hourly.metrics().mase()).isLessThan(1);

        List<LocalDate> weeks = new ArrayList<>();
        List<Double> sales = new ArrayList<>();
        for (int t = 0; t < 160; t++) {
            weeks.add(LocalDate.of(2020, 1, 6).plusWeeks(t));
            sales.add(200 + t + 40 * Math.cos(2 * Math.PI * t / 52.0));
        }
        ForecastResult weekly = SERVICE.forecast(ForecastRequest.ofDates(weeks, sales, 8).withModel(ModelChoice.ETS));
        assertThat(weekly.series().seasonalPeriod()).isEqualTo(52);
        assertThat(weekly.interpretation().caveats()).anyMatch(c -> c.contains("52-period season is not modelled"));
    }

    @Test
    void shouldUseADefaultModelWhenTheHistoryIsTooShortToBacktest() {
        ForecastResult result = SERVICE.forecast(ForecastRequest.ofDates(days(9),
                List.of(3.0, 4.0, 3.5, 5.0, 4.5, 5.5, 5.0, 6.0, 6.5), 3).withFrequency(Frequency.DAILY));
        assertThat(result.selection()).isEqualTo("default (history too short to backtest)");
        assertThat(result.metrics()).isNull();
        assertThat(result.interpretation().caveats()).anyMatch(c -> c.contains("too short for a rolling-origin backtest"));
        assertThat(Json.write(result)).doesNotContain("NaN");
    }

    @Test
    void shouldFitLongHistoriesOnTheirMostRecentPoints() {
        int n = ForecastService.MAX_FIT_POINTS + 100;
        List<Double> values = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            values.add(10 + (t % 7) + 0.001 * t);
        }
        ForecastResult result = SERVICE.forecast(ForecastRequest.ofDates(days(n), values, 7)
                .withModel(ModelChoice.SNAIVE).withoutBacktest());
        assertThat(result.series().points()).isEqualTo(n);
        assertThat(result.metrics()).isNull();
        assertThat(result.interpretation().caveats())
                .contains("the models were fitted to the most recent 5000 of " + n + " points");
        assertThat(result.forecastValues().get(0)).isCloseTo(values.get(n - 7), offset(1e-9));
    }

    private static KaiException refusal(ForecastRequest request) {
        try {
            SERVICE.forecast(request);
        } catch (KaiException e) {
            assertThat(e.isClientError()).isTrue();
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private static List<LocalDate> days(int n) {
        return Arrays.asList(java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> LocalDate.of(2024, 1, 1).plusDays(i)).toArray(LocalDate[]::new));
    }
}
