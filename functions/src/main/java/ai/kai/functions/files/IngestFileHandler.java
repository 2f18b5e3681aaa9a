package ai.kai.functions.files;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;

import ai.kai.files.IngestOutcome;
import ai.kai.files.IngestService;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.json.Json;
import ai.kai.query.QueryEngine;

/**
 * S3 {@code ObjectCreated} → ingest. Keys in S3 events are URL-encoded. Bad content is recorded as a failed
 * file and the invocation succeeds, so Lambda does not retry it; re-deliveries are recognised and skipped.
 */
public final class IngestFileHandler implements RequestHandler<S3Event, String> {
    private static final Logger LOG = Logger.getLogger(IngestFileHandler.class.getName());
    private final IngestService ingest;

    public IngestFileHandler() {
        this(Services.get().ingest());
        Priming.register(this, new S3Event(List.of()), QueryEngine::warmUp);
    }

    public IngestFileHandler(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        Map<IngestOutcome, Integer> outcomes = new EnumMap<>(IngestOutcome.class);
        for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
            if (record.getEventName() == null || !record.getEventName().startsWith("ObjectCreated")) {
                continue;
            }
            var object = record.getS3().getObject();
            String key = URLDecoder.decode(object.getKey(), StandardCharsets.UTF_8);
            IngestOutcome outcome = ingest.ingest(key, object.geteTag());
            outcomes.merge(outcome, 1, Integer::sum);
            LOG.info(() -> "ingest " + key + ": " + outcome);
        }
        return Json.write(outcomes);
    }
}
