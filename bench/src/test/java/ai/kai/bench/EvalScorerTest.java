package ai.kai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvalScorerTest {
    static EvalTable table(String columns, String... rows) {
        return new EvalTable(List.of(columns.split(",")),
                Arrays.stream(rows).map(r -> Arrays.stream(r.split(",", -1)).map(c -> c.equals("NULL") ? null : c).toList()).toList());
    }

    static final EvalTable REGIONS = table("region,revenue", "East,100.25", "North,250.5", "West,75");

    @Test
    void shouldAcceptOtherColumnNamesColumnOrderAndRowOrderForAnUnorderedQuestion() {
        EvalTable answer = table("total,reg", "250.50,North", "75.0,West", "100.25,East");

        assertThat(EvalScorer.score(REGIONS, answer, false).correct()).isTrue();
    }

    @Test
    void shouldRefuseAnotherRowOrderWhenTheQuestionAsksForOne() {
        EvalTable answer = table("region,revenue", "North,250.5", "East,100.25", "West,75");

        EvalScorer.Verdict verdict = EvalScorer.score(REGIONS, answer, true);

        assertThat(verdict.correct()).isFalse();
        assertThat(verdict.reason()).contains("order");
    }

    @Test
    void shouldAcceptRoundingWithinHalfACentAndRefuseMore() {
        assertThat(EvalScorer.score(REGIONS, table("r,v", "East,100.2512", "North,250.496", "West,75.004"), false).correct()).isTrue();
        assertThat(EvalScorer.score(REGIONS, table("r,v", "East,100.26", "North,250.5", "West,75"), false).correct()).isFalse();
        assertThat(EvalScorer.score(REGIONS, table("r,v", "East,100.3", "North,250.5", "West,75"), false).correct()).isFalse();
    }

    @Test
    void shouldAcceptExtraColumnsButNotMissingOnes() {
        EvalTable withShare = table("region,revenue,share", "East,100.25,23.4", "North,250.5,58.9", "West,75,17.7");
        EvalTable onlyRegions = table("region", "East", "North", "West");

        assertThat(EvalScorer.score(REGIONS, withShare, false).correct()).isTrue();
        assertThat(EvalScorer.score(REGIONS, onlyRegions, false).reason()).contains("1 columns, expected 2");
    }

    @Test
    void shouldRefuseAnotherRowCountAndValuesThatDoNotPairUp() {
        assertThat(EvalScorer.score(REGIONS, table("region,revenue", "East,100.25", "North,250.5"), false).reason())
                .isEqualTo("2 rows, expected 3");
        // every column's values are right, but paired with the wrong regions
        EvalTable shuffled = table("region,revenue", "East,250.5", "North,100.25", "West,75");
        assertThat(EvalScorer.score(REGIONS, shuffled, false)).isEqualTo(new EvalScorer.Verdict(false, "rows differ"));
        assertThat(EvalScorer.score(REGIONS, null, false).correct()).isFalse();
    }

    @Test
    void shouldTreatMidnightTimestampsAsDatesMonthStartsAsMonthsAndNullAsEmpty() {
        EvalTable expected = table("month,revenue,region", "2024-01-01,10,NULL", "2024-02-01,20,West");
        EvalTable answer = table("m,r,g", "2024-01-01 00:00:00,10,", "2024-02,20,West");

        assertThat(EvalScorer.score(expected, answer, true).correct()).isTrue();
        assertThat(EvalScorer.score(expected, table("m,r,g", "2024-01-02,10,", "2024-02,20,West"), true).correct()).isFalse();
    }

    @Test
    void shouldFindTheRightPairingWhenTwoColumnsHoldTheSameValues() {
        EvalTable expected = table("a,b", "1,2", "2,1");
        EvalTable answer = table("x,y", "2,1", "1,2");

        assertThat(EvalScorer.score(expected, answer, true).correct()).isTrue();
        assertThat(EvalScorer.score(expected, table("x,y", "1,1", "2,2"), false).correct()).isFalse();
    }
}
