package ai.kai.agent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The steps of one run, numbered, time-stamped and passed on to the listener as they are added. */
final class StepLog {
    private final List<AgentStep> steps = new ArrayList<>();
    private final StepListener listener;
    private final Clock clock;

    StepLog(StepListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    void add(StepKind kind, String text, JsonNode detail) {
        AgentStep step = new AgentStep(steps.size() + 1, kind, text, detail, clock.instant().toString());
        steps.add(step);
        listener.onStep(step);
    }

    List<AgentStep> all() {
        return List.copyOf(steps);
    }
}
