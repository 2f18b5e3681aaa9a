package ai.kai.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Named parameters become bound markers; literals, comments, quoted names and casts are left alone. */
class NamedParametersTest {

    @Test
    void shouldRewriteKnownNamesOutsideLiteralsAndComments() {
        var bound = NamedParameters.bind("SELECT ':a', \"$a\", x::DATE, $a + :a -- :a\nFROM t WHERE y = :b /* $b */ AND z = $$:a$$",
                Map.of("a", 1, "b", LocalDate.of(2025, 1, 1)));
        assertThat(bound.sql()).isEqualTo("SELECT ':a', \"$a\", x::DATE, ? + ? -- :a\nFROM t WHERE y = ? /* $b */ AND z = $$:a$$");
        assertThat(bound.values()).containsExactly(1, 1, LocalDate.of(2025, 1, 1));
    }

    @Test
    void shouldLeaveUnknownNamesForTheParserToJudge() {
        assertThat(NamedParameters.bind("SELECT :unknown", Map.of("a", 1)).sql()).isEqualTo("SELECT :unknown");
    }
}
