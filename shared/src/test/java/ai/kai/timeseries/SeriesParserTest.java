package ai.kai.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

class SeriesParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-01|2024-03-01T00:00", "2024/03/01|2024-03-01T00:00", "2024-03|2024-03-01T00:00",
            "2024|2024-01-01T00:00", "2024-Q2|2024-04-01T00:00", "2024Q4|2024-10-01T00:00",
            "2024-03-01 13:30|2024-03-01T13:30", "2024-03-01T13:30:00|2024-03-01T13:30",
            "2024-03-01T13:30:00Z|2024-03-01T13:30", "2024-03-01T13:30:00+02:00|2024-03-01T13:30"})
    void shouldReadCommonDateForms(String text, LocalDateTime expected) {
        assertThat(SeriesParser.parseDate(text)).isEqualTo(expected);
    }

    @Test
    void shouldTreatEmptyAndNaCellsAsMissingValues() {
        SeriesParser.Columns columns = SeriesParser.parse(List.of("2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"),
                Arrays.asList("1.5", "", "NA", null));
        assertThat(columns.values()).containsExactly(1.5, null, null, null);
    }

    @Test
    void shouldRefuseUnparseableDatesWithAClearMessage() {
        assertThatThrownBy(() -> SeriesParser.parse(List.of("2024-01-01", "yesterday", "2024-13-45"),
                List.of("1", "2", "3")))
                .isInstanceOf(KaiException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNPARSEABLE_DATES)
                .hasMessageContaining("2 date(s)").hasMessageContaining("row 2: 'yesterday'")
                .hasMessageContaining("row 3: '2024-13-45'");
    }

    @Test
    void shouldRefuseNonNumericValuesWithAClearMessage() {
        assertThatThrownBy(() -> SeriesParser.parse(List.of("2024-01-01", "2024-01-02"), List.of("12", "twelve")))
                .isInstanceOf(KaiException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.NON_NUMERIC_VALUES)
                .hasMessageContaining("row 2: 'twelve'");
        assertThat(new KaiException(ErrorCode.NON_NUMERIC_VALUES, "x").httpStatus()).isEqualTo(400);
    }
}
