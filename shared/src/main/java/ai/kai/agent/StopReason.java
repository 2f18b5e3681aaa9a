package ai.kai.agent;

/** Why a run ended. Only {@link #ANSWERED} means the model gave its final answer. */
public enum StopReason {
    ANSWERED("the model answered"),
    STEP_LIMIT("the run reached its limit of model turns"),
    TOKEN_LIMIT("the run used up its token budget"),
    TIME_LIMIT("the run reached its time limit"),
    SQL_REPAIR_LIMIT("the SQL kept failing after the allowed number of repairs"),
    MODEL_ERROR("the language model failed");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
