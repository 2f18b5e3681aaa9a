package ai.kai.agent;

/** Receives the steps of a run as they happen (the run store, a terminal, a test). */
@FunctionalInterface
public interface StepListener {
    StepListener NONE = step -> { };

    void onStep(AgentStep step);
}
