package ai.kai.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import ai.kai.decompose.SeriesInput;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.testdata.ForecastData;

/** Bad input ends in a KaiException with a stable code, a 4xx status and a message a person can act on. */
class BadInputTest {
    private final AnomalyService service = new AnomalyService();

    @Test
    void shouldRefuseTooFewPoints() {
        KaiException e = refused(() -> service.detect(AnomalyRequest.of(new double[]{1, 2, 300})));
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_FEW_POINTS);
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.getMessage()).isEqualTo("anomaly detection needs at least 8 values; got 3");
    }

    @Test
    void shouldRefuseAConstantSeries() {
        double[] flat = new double[50];
        java.util.Arrays.fill(flat, 7.5);
        KaiException e = refused(() -> service.detect(AnomalyRequest.of(flat)));
        assertThat(e.code()).isEqualTo(ErrorCode.CONSTANT_SERIES);
        assertThat(e.getMessage()).isEqualTo("all 50 values are 7.5; a constant series has no anomalies to find");
    }

    @Test
    void shouldRefuseNonNumericCellsNamingTheIndexAndValue() {
        KaiException e = refused(() -> SeriesInput.numbers("sales", List.of("12.5", 13, "n/a", "14")));
        assertThat(e.code()).isEqualTo(ErrorCode.NON_NUMERIC_VALUE);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("'sales' must be numeric, but the value at index 2 is \"n/a\"");

        List<Object> withGap = new ArrayList<>(List.of(1, 2));
        withGap.add(null);
        assertThat(refused(() -> SeriesInput.numbers("sales", withGap)).getMessage()).contains("empty at index 2");
        assertThatThrownBy(() -> SeriesInput.numbers("sales", List.of("1", "NaN")))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NON_NUMERIC_VALUE).hasMessageContaining("index 1");
        assertThat(refused(() -> AnomalyRequest.of(new double[]{1, Double.POSITIVE_INFINITY})).getMessage())
                .isEqualTo("'value' must hold finite numbers, but the value at index 1 is Infinity");
        assertThat(SeriesInput.numbers("sales", List.of(" 12.5 ", 3, "-1e3", "+4"))).containsExactly(12.5, 3, -1000, 4);
    }

    @Test
    void shouldRefuseUnparseableDates() {
        KaiException e = refused(() -> SeriesInput.dates(List.of("2024-01-01", "2024-01-02", "02/01/2024")));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATE);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("the date at index 2 is \"02/01/2024\", which is not a date; "
                + "use ISO dates such as 2024-03-31 or 2024-03-31T14:00");
        assertThat(refused(() -> SeriesInput.dates(List.of("2024-02-30"))).code()).isEqualTo(ErrorCode.INVALID_DATE);
        assertThat(refused(() -> SeriesInput.dates(java.util.Arrays.asList("2024-02-01", null))).getMessage())
                .startsWith("the date at index 1 is empty");
    }

    @Test
    void shouldRefuseTheSeasonalMethodOnGappedDatesButLetAutoExplainItsFallback() {
        ForecastData nottem = ForecastData.load("nottem");
        List<LocalDate> dates = new ArrayList<>(nottem.dates());
        for (int i = 100; i < dates.size(); i++) {
            dates.set(i, dates.get(i).plusMonths(1)); // a missing month after index 99
        }
        AnomalyRequest request = AnomalyRequest.of(nottem.values()).withDates(dates);

        KaiException e = refused(() -> service.detect(request.withMethod(AnomalyMethod.SEASONAL)));
        assertThat(e.code()).isEqualTo(ErrorCode.IRREGULAR_DATES);
        assertThat(e.getMessage()).contains("monthly").contains("1928-04-01 to 1928-06-01 (index 100)");

        AnomalyResult auto = service.detect(request);
        assertThat(auto.methodSelected()).isEqualTo(AnomalyMethod.ROBUST_Z);
        assertThat(auto.reason()).contains("is not one month");

        AnomalyResult withPeriod = service.detect(request.withMethod(AnomalyMethod.SEASONAL).withPeriod(12));
        assertThat(withPeriod.methodSelected()).isEqualTo(AnomalyMethod.SEASONAL);
    }

    @Test
    void shouldRefuseTheSeasonalMethodWithoutACycleOrWithTooFewCycles() {
        ForecastData nile = ForecastData.load("Nile");
        KaiException yearly = refused(() -> service.detect(AnomalyRequest.of(nile.values()).withDates(nile.dates())
                .withMethod(AnomalyMethod.SEASONAL)));
        assertThat(yearly.code()).isEqualTo(ErrorCode.NO_SEASONALITY);
        assertThat(yearly.getMessage()).contains("yearly").contains("give 'period'");

        ForecastData air = ForecastData.load("AirPassengers").head(20);
        KaiException short_ = refused(() -> service.detect(AnomalyRequest.of(air.values()).withDates(air.dates())
                .withMethod(AnomalyMethod.SEASONAL)));
        assertThat(short_.code()).isEqualTo(ErrorCode.TOO_FEW_POINTS);
        assertThat(short_.getMessage()).contains("at least 25 values; got 20");

        AnomalyResult auto = service.detect(AnomalyRequest.of(air.values()).withDates(air.dates()));
        assertThat(auto.methodSelected()).isEqualTo(AnomalyMethod.ROBUST_Z);
        assertThat(auto.reason()).contains("not more than two full cycles");
    }

    @Test
    void shouldRefuseRequestsAMethodCannotServe() {
        AnomalyRequest.Column a = new AnomalyRequest.Column("a", IntStream.range(0, 10).asDoubleStream().toArray());
        AnomalyRequest.Column b = new AnomalyRequest.Column("b", IntStream.range(0, 10).asDoubleStream().toArray());
        KaiException twoColumns = refused(() -> service.detect(AnomalyRequest.ofColumns(List.of(a, b))
                .withMethod(AnomalyMethod.ZSCORE)));
        assertThat(twoColumns.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(twoColumns.getMessage()).contains("2 were given (a, b)").contains("use isolation_forest");

        assertThat(refused(() -> AnomalyRequest.of(new double[10]).withContamination(0.1)).getMessage())
                .contains("isolation_forest method only");
        assertThat(refused(() -> AnomalyRequest.of(new double[10]).withThreshold(-1.0)).getMessage())
                .contains("'threshold' must be a positive number");
        assertThat(refused(() -> AnomalyRequest.of(new double[10]).withPeriod(1)).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refused(() -> AnomalyRequest.of(new double[10]).withDates(List.of(LocalDate.now()))).getMessage())
                .isEqualTo("there are 1 dates for 10 values");
        assertThat(refused(() -> AnomalyMethod.parse("magic")).getMessage())
                .isEqualTo("unknown anomaly method \"magic\"; use one of auto, zscore, robust_z, iqr, isolation_forest, seasonal");
    }

    @Test
    void shouldRefuseIqrFencesWhenTheMiddleHalfIsConstant() {
        double[] x = {5, 5, 5, 5, 5, 5, 5, 5, 1, 9};
        KaiException e = refused(() -> service.detect(AnomalyRequest.of(x).withMethod(AnomalyMethod.IQR)));
        assertThat(e.code()).isEqualTo(ErrorCode.NO_SPREAD);
        assertThat(e.getMessage()).contains("Q1 = Q3 = 5").contains("use robust_z");
        assertThat(service.detect(AnomalyRequest.of(x)).anomalies()).extracting(Anomaly::index).containsExactly(8, 9);
    }

    private static KaiException refused(ThrowingSupplier<?> call) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, call::get);
        assertThat(thrown).isInstanceOf(KaiException.class);
        KaiException e = (KaiException) thrown;
        assertThat(e.isClientError()).as("4xx").isTrue();
        assertThat(e.getMessage()).doesNotContain("NaN").doesNotContain("Exception");
        return e;
    }
}
