package ai.kai.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GranularityTest {
    private static final long SECOND = 1_000_000L;
    private static final long DAY = 86_400 * SECOND;

    @Test
    void shouldNameCalendarStepsFromTheMostCommonGap() {
        assertThat(Granularity.ofGap(1_000)).isEqualTo(Granularity.SUB_SECOND);
        assertThat(Granularity.ofGap(SECOND)).isEqualTo(Granularity.SECOND);
        assertThat(Granularity.ofGap(60 * SECOND)).isEqualTo(Granularity.MINUTE);
        assertThat(Granularity.ofGap(3_600 * SECOND)).isEqualTo(Granularity.HOUR);
        assertThat(Granularity.ofGap(DAY)).isEqualTo(Granularity.DAY);
        assertThat(Granularity.ofGap(7 * DAY)).isEqualTo(Granularity.WEEK);
        assertThat(Granularity.ofGap(28 * DAY)).isEqualTo(Granularity.MONTH);
        assertThat(Granularity.ofGap(31 * DAY)).isEqualTo(Granularity.MONTH);
        assertThat(Granularity.ofGap(92 * DAY)).isEqualTo(Granularity.QUARTER);
        assertThat(Granularity.ofGap(366 * DAY)).isEqualTo(Granularity.YEAR);
        assertThat(Granularity.ofGap(2 * DAY)).isEqualTo(Granularity.IRREGULAR);
        assertThat(Granularity.ofGap(90 * SECOND)).isEqualTo(Granularity.IRREGULAR);
    }

    @Test
    void shouldRecogniseIdentifierNamesButNotWordsEndingInId() {
        assertThat(SemanticTypes.idName("id")).isTrue();
        assertThat(SemanticTypes.idName("customer_id")).isTrue();
        assertThat(SemanticTypes.idName("orderId")).isTrue();
        assertThat(SemanticTypes.idName("UUID")).isTrue();
        assertThat(SemanticTypes.idName("paid")).isFalse();
        assertThat(SemanticTypes.idName("valid")).isFalse();
        assertThat(SemanticTypes.idName("keyboard")).isFalse();
    }
}
