package ai.kai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSetTest {
    @TempDir
    Path dir;

    @Test
    void shouldHoldAtLeastFortyQuestionsOverEveryKindOfQuestion() {
        List<EvalQuestion> questions = EvalSet.questions();

        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
        assertThat(questions.stream().map(EvalQuestion::category).collect(Collectors.toSet())).contains("lookup",
                "aggregate", "group-by", "top-n", "time-bucket", "growth", "share", "date-filter", "distinct", "nulls", "returns");
    }

    @Test
    void shouldMatchEveryCheckedInExpectedTableToItsReferenceSqlOnTheGeneratedSample() throws Exception {
        try (EvalSample sample = EvalSample.open(EvalSample.write(dir))) {
            for (EvalQuestion q : EvalSet.questions()) {
                EvalTable expected = EvalSet.expected(q);
                EvalTable computed = sample.run(q.sql());

                assertThat(expected.columns()).as(q.id()).isEqualTo(computed.columns());
                assertThat(EvalScorer.score(expected, computed, q.ordered())).as(q.id()).isEqualTo(new EvalScorer.Verdict(true, ""));
                assertThat(expected.rows()).as(q.id() + " has an answer").isNotEmpty();
            }
        }
    }

    @Test
    void shouldNotAcceptTheWeakBaselinesTableForAnyQuestion() throws Exception {
        try (EvalSample sample = EvalSample.open(EvalSample.write(dir))) {
            EvalTable firstRows = sample.run(AgentEval.WEAK_SQL);
            for (EvalQuestion q : EvalSet.questions()) {
                assertThat(EvalScorer.score(EvalSet.expected(q), firstRows, q.ordered()).correct()).as(q.id()).isFalse();
            }
        }
    }
}
