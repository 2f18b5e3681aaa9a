package ai.kai.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One cold invocation's input: the event, the priming event (null: no priming), settings that differ from the
 * defaults, how to tell the response worked, and a check to run once the stack has handled what it caused.
 */
record ColdStartInput(String eventJson, String primingEventJson, Map<String, String> env, Predicate<String> ok,
                      Runnable after) {

    /** Makes the input for one run; {@code run} numbers the runs so each can make its own names. */
    interface Factory {
        ColdStartInput prepare(int run) throws Exception;
    }

    ColdStartInput withEnv(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(env);
        merged.putAll(more);
        return new ColdStartInput(eventJson, primingEventJson, merged, ok, after);
    }

    ColdStartInput withoutPriming() {
        return new ColdStartInput(eventJson, null, env, ok, after);
    }
}
