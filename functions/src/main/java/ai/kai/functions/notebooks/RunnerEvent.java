package ai.kai.functions.notebooks;

import java.util.LinkedHashMap;

/**
 * The runner's input as Lambda's serializer reads it: a JSON object (a {@code ScheduledRunEvent}), as a concrete map
 * class because the runtime needs a class, not a parameterized type, to deserialize into.
 */
public final class RunnerEvent extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
}
