package ai.kai.decompose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesInputTest {

    @Test
    void shouldReadNumbersFromJsonNumbersAndText() {
        assertThat(SeriesInput.numbers("x", List.of(1, 2.5, new BigDecimal("3.25"), " 4 ", "-.5", "1E2")))
                .containsExactly(1, 2.5, 3.25, 4, -0.5, 100);
    }

    @Test
    void shouldReadIsoDatesAndDateTimes() {
        assertThat(SeriesInput.dates(List.of("2024-03-31", "2024-03", "1871", "2024-03-31T14:00", "2024-03-31 14:00:30",
                "2024-03-31T14:00:00Z", "2024-03-31T16:00:00+02:00", LocalDate.of(2020, 1, 1))))
                .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 1), LocalDate.of(1871, 1, 1),
                        LocalDateTime.of(2024, 3, 31, 14, 0), LocalDateTime.of(2024, 3, 31, 14, 0, 30),
                        LocalDateTime.of(2024, 3, 31, 14, 0), LocalDateTime.of(2024, 3, 31, 14, 0), LocalDate.of(2020, 1, 1));
        assertThat(SeriesInput.dates(null)).isNull();
    }
}
