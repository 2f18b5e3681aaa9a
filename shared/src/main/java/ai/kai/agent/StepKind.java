package ai.kai.agent;

/** What a step of a run shows: the model thinking, a tool called, SQL run, its result, an error fed back, the answer. */
public enum StepKind {
    THINKING, TOOL_CALL, SQL, RESULT, ERROR, ANSWER
}
