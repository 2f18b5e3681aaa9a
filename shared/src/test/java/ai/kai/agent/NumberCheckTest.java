package ai.kai.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberCheckTest {
    @Test
    void shouldAcceptNumbersOfTheResultsAtTheirWrittenPrecisionAndMarkTheRest() {
        NumberCheck check = new NumberCheck();
        List.<Object>of(1234567.891, 0.1834, "2024-03", 42L).forEach(check::addValue);

        NumberCheck.Result r = check.check("Revenue was 1,234,567.89 (18.3% of all) in 2024-03 over 42 orders; "
                + "growth was 7.5% and top 3 regions made 999.");

        assertThat(r.unverified()).containsExactly("7.5%", "999");
        assertThat(r.text()).contains("999 [unverified]").contains("7.5% [unverified]").doesNotContain("42 [unverified]");
    }
}
