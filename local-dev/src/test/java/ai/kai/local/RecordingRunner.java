package ai.kai.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;

/** A scheduled catalog function for tests, in the notebook runner's place: it records every event it receives. */
public final class RecordingRunner implements RequestHandler<RecordingRunner.Event, String> {
    static final ConcurrentLinkedQueue<Event> RECEIVED = new ConcurrentLinkedQueue<>();

    /** The runner's catalog entry as the notebooks branch declares it (name and trigger). */
    static FunctionSpec spec() {
        return new FunctionSpec(LocalSchedulerStack.RUNNER, "Records scheduled runs (test)", new Trigger.Scheduled(),
                RecordingRunner.class, Artifact.FILES, 512, 60, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, Set.of());
    }

    /** The events received for one notebook, in arrival order. */
    static List<Event> receivedFor(String notebookId) {
        return RECEIVED.stream().filter(e -> notebookId.equals(e.get("notebook_id"))).toList();
    }

    /** The event JSON as the function receives it. */
    public static final class Event extends LinkedHashMap<String, Object> {
    }

    @Override
    public String handleRequest(Event event, Context context) {
        RECEIVED.add(event);
        return "ok";
    }
}
