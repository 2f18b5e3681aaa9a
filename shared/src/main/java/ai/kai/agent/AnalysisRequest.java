package ai.kai.agent;

import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** A question to the agent: the prompt, whether a chart is wanted (and which type), and the session it follows up. */
public record AnalysisRequest(String prompt, boolean wantsChart, Optional<String> chartType, Optional<String> sessionId) {
    public static final int MAX_PROMPT_CHARS = 4000;

    public AnalysisRequest {
        if (prompt == null || prompt.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_PROMPT, "'prompt' is required: a question in plain language, "
                    + "e.g. \"Show monthly revenue trend\"");
        }
        if (prompt.length() > MAX_PROMPT_CHARS) {
            throw new KaiException(ErrorCode.INVALID_PROMPT, "'prompt' has " + prompt.length() + " characters; at most "
                    + MAX_PROMPT_CHARS);
        }
        chartType = chartType == null ? Optional.empty() : chartType.filter(t -> !t.isBlank());
        sessionId = sessionId == null ? Optional.empty() : sessionId.filter(t -> !t.isBlank());
    }

    public static AnalysisRequest of(String prompt) {
        return new AnalysisRequest(prompt, false, Optional.empty(), Optional.empty());
    }
}
