package ai.kai.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One question of the agent's evaluation set: its id, what it exercises, the question in plain language, the
 * reference SQL over table {@code data}, and whether the answer's row order matters.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record EvalQuestion(String id, String category, String question, String sql, boolean ordered) {
    public EvalQuestion {
        if (id == null || !id.matches("[a-z0-9_-]+") || question == null || question.isBlank() || sql == null
                || sql.isBlank() || category == null) {
            throw new IllegalArgumentException("an evaluation question needs id ([a-z0-9_-]), category, question and sql: " + id);
        }
        sql = sql.strip();
    }
}
