package ai.kai.functions.agent;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;

import ai.kai.agent.AgentRuns;
import ai.kai.functions.runtime.AgentServices;
import ai.kai.functions.runtime.Priming;

/**
 * S3 {@code ObjectCreated} under {@code agent-runs/} → runs the queued analysis task the marker names. Failures are
 * recorded on the task and the invocation succeeds, so Lambda does not run the model twice.
 */
public final class AgentRunWorkerHandler implements RequestHandler<S3Event, String> {
    private static final Logger LOG = Logger.getLogger(AgentRunWorkerHandler.class.getName());
    private final AgentRuns runs;

    public AgentRunWorkerHandler() {
        this(AgentServices.get().runs());
        Priming.register(this, new S3Event(List.of()));
    }

    public AgentRunWorkerHandler(AgentRuns runs) {
        this.runs = runs;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        int handled = 0;
        for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
            if (record.getEventName() == null || !record.getEventName().startsWith("ObjectCreated")) {
                continue;
            }
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            runs.execute(key).ifPresent(t -> LOG.info(() -> "analysis task " + t.taskId() + ": " + t.status()));
            handled++;
        }
        return "{\"handled\":" + handled + "}";
    }
}
