package ai.kai.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Typed parameters: relative dates in the schedule's zone, numbers, options, and the refusals. */
class ParameterValuesTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @Test
    void shouldEvaluateRelativeDates() {
        assertThat(RelativeDate.evaluate("today", DAY)).isEqualTo(DAY);
        assertThat(RelativeDate.evaluate("yesterday", DAY)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(RelativeDate.evaluate("start_of_month", DAY)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(RelativeDate.evaluate("start_of_last_month", DAY)).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(RelativeDate.evaluate("end_of_last_month", DAY)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RelativeDate.evaluate("today - 7 days", DAY)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(RelativeDate.evaluate("start_of_month + 1 week", DAY)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(RelativeDate.evaluate("2025-11-01", DAY)).isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void shouldEvaluateTodayInTheNotebooksTimeZone() {
        Instant lateEvening = Instant.parse("2026-02-28T23:30:00Z");
        var params = List.of(new Parameter("d", ParameterType.DATE, "today", null, null));
        assertThat(ParameterValues.resolve(params, Map.of(), lateEvening, ZoneId.of("UTC"))).containsEntry("d",
                LocalDate.of(2026, 2, 28));
        assertThat(ParameterValues.resolve(params, Map.of(), lateEvening, ZoneId.of("Europe/Berlin"))).containsEntry("d",
                LocalDate.of(2026, 3, 1));
    }

    @Test
    void shouldTypeValuesAndRefuseWhatDoesNotFit() {
        var params = List.of(new Parameter("n", ParameterType.NUMBER, "3", null, null),
                new Parameter("s", ParameterType.SELECT, "a", List.of("a", "b"), null));
        assertThat(ParameterValues.resolve(params, Map.of("n", "2.50"), Instant.EPOCH, ZoneId.of("UTC")))
                .containsEntry("n", new BigDecimal("2.50")).containsEntry("s", "a");
        assertThatThrownBy(() -> ParameterValues.resolve(params, Map.of("s", "c"), Instant.EPOCH, ZoneId.of("UTC")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PARAMETER_INVALID))
                .hasMessageContaining("one of a, b");
        assertThatThrownBy(() -> ParameterValues.resolve(params, Map.of("x", "1"), Instant.EPOCH, ZoneId.of("UTC")))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PARAMETER_UNKNOWN));
    }
}
