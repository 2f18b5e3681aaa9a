package ai.kai.visualization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Content answered inline is measured as it travels: inside a JSON string, where quotes and backslashes double. */
class InlineBudgetTest {
    @Test
    void shouldCountEscapedQuotesBackslashesAndControlCharacters() {
        InlineBudget budget = new InlineBudget(10);
        assertThat(budget.fits("0123456789".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(budget.fits("01234567\"".getBytes(StandardCharsets.UTF_8))).as("9 bytes, 10 escaped").isTrue();
        assertThat(budget.fits("0123456\"\"".getBytes(StandardCharsets.UTF_8))).as("9 bytes, 11 escaped").isFalse();
        assertThat(budget.fits("012345\\\n".getBytes(StandardCharsets.UTF_8))).as("8 bytes, 10 escaped").isTrue();
        assertThat(budget.fits("héllo wörld".getBytes(StandardCharsets.UTF_8))).as("13 UTF-8 bytes").isFalse();
    }
}
