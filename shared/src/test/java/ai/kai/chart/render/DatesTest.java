package ai.kai.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DatesTest {
    private static double ms(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Test
    void shouldLabelRoundYearsWhenAMultiYearAxisStartsMidYear() {
        assertThat(Dates.ticks(ms(1948, 5), ms(1962, 7), 7)).extracting(Scale.Tick::label)
                .containsExactly("1950", "1955", "1960");
        assertThat(Dates.ticks(ms(1948, 5), ms(1962, 7), 8)).extracting(Scale.Tick::label)
                .containsExactly("1950", "1952", "1954", "1956", "1958", "1960", "1962");
        assertThat(Dates.ticks(ms(2019, 7), ms(2024, 2), 6)).extracting(Scale.Tick::label)
                .containsExactly("2020", "2021", "2022", "2023", "2024");
    }
}
