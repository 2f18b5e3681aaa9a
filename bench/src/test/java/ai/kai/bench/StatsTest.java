package ai.kai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void shouldTakeTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Stats.of("odd", 5, 1, 3).median()).isEqualTo(3);
        assertThat(Stats.of("even", 4, 1, 3, 2).median()).isEqualTo(2.5);
    }

    @Test
    void shouldUseTheNearestRankForP90() {
        double[] tenValues = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertThat(Stats.of("ten", tenValues).p90()).isEqualTo(9);
        assertThat(Stats.of("one", 42).p90()).isEqualTo(42);
        assertThat(Stats.of("eleven", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).p90()).isEqualTo(10);
    }

    @Test
    void shouldNotDependOnTheCallersArray() {
        double[] samples = {3, 1, 2};
        Stats s = Stats.of("copy", samples);
        samples[0] = 100;
        assertThat(s.max()).isEqualTo(3);
        assertThat(samples[0]).isEqualTo(100);
    }

    @Test
    void shouldRefuseAnEmptySample() {
        assertThatThrownBy(() -> Stats.of("none")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFormatMillisecondsAndRatios() {
        assertThat(Stats.ms(1234.4)).isEqualTo("1234");
        assertThat(Stats.ms(12.34)).isEqualTo("12.3");
        assertThat(Stats.ms(1.234)).isEqualTo("1.23");
        assertThat(Stats.ratio(23, 20)).isEqualTo("1.15×");
    }
}
