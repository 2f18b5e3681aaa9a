package ai.kai.agent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.kai.agent.tools.AgentData;
import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorInfo;
import ai.kai.error.KaiException;
import ai.kai.files.FileIds;
import ai.kai.storage.BlobStore;
import ai.kai.storage.MetadataStore;
import ai.kai.tenancy.TenantId;

/**
 * Background runs that may outlast API Gateway's 30 s: {@link #submit} checks the question and the caller's file,
 * stores a queued task and drops a marker object under {@value #QUEUE_PREFIX}, whose S3 ObjectCreated event starts
 * the worker function ({@link #execute}); the worker records every step as it happens, so {@link #get} shows
 * progress to pollers. The marker's key names tenant and task; only KAI's functions may write that prefix.
 */
public final class AgentRuns {
    public static final String QUEUE_PREFIX = "agent-runs/";
    /** Each statement of a background run on a connection (the connector's own maximum still applies). */
    static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(AgentRuns.class.getName());

    private final AgentService agent;
    private final AgentTaskRepository tasks;
    private final BlobStore blobs;
    private final Clock clock;

    public AgentRuns(AgentService agent, MetadataStore metadata, BlobStore blobs, Clock clock) {
        this.agent = agent;
        this.tasks = new AgentTaskRepository(metadata);
        this.blobs = blobs;
        this.clock = clock;
    }

    public AgentTask submit(TenantId tenant, AgentSource source, AnalysisRequest request) {
        agent.requireModel();
        agent.open(tenant, source, STATEMENT_TIMEOUT);
        String now = clock.instant().toString();
        String sessionId = request.sessionId().orElse(null);
        if (sessionId != null) {
            AgentSession session = tasks.requireSession(tenant, sessionId);
            if (!session.source().equals(source)) {
                throw new KaiException(ErrorCode.INVALID_REQUEST, "session '" + sessionId + "' is about "
                        + session.source() + ", not " + source + "; start a new session for another data source");
            }
        } else {
            sessionId = "s_" + FileIds.next(clock).substring(2);
            tasks.createSession(tenant, new AgentSession(sessionId, source.fileId(), source.connection(), List.of(), now));
        }
        AgentTask task = new AgentTask("t_" + FileIds.next(clock).substring(2), AgentTask.QUEUED, request.prompt(),
                source.fileId(), source.connection(), sessionId, request.wantsChart(), request.chartType().orElse(null),
                List.of(), null, null, now, now);
        tasks.create(tenant, task);
        blobs.put(queueKey(tenant, task.taskId()), "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        return task;
    }

    public AgentTask get(TenantId tenant, String taskId) {
        return tasks.require(tenant, taskId);
    }

    public static String queueKey(TenantId tenant, String taskId) {
        return QUEUE_PREFIX + tenant.value() + "/" + taskId + ".json";
    }

    /** Runs the task a queue marker names; a marker of a finished or running task is ignored (re-delivery). */
    public Optional<AgentTask> execute(String queueKey) {
        String[] parts = queueKey.substring(QUEUE_PREFIX.length()).split("/");
        if (!queueKey.startsWith(QUEUE_PREFIX) || parts.length != 2 || !parts[1].endsWith(".json")) {
            LOG.warning("ignoring an object that is not a task marker: " + queueKey);
            return Optional.empty();
        }
        TenantId tenant = TenantId.of(parts[0]);
        String taskId = parts[1].substring(0, parts[1].length() - ".json".length());
        AgentTask task = tasks.find(tenant, taskId).orElse(null);
        if (task == null || !AgentTask.QUEUED.equals(task.status())) {
            return Optional.ofNullable(task);
        }
        tasks.update(tenant, taskId, t -> t.running(clock.instant().toString()));
        try {
            AgentData data = agent.open(tenant, task.source(), STATEMENT_TIMEOUT);
            AgentSession session = tasks.requireSession(tenant, task.sessionId());
            AgentAnswer answer = agent.analyze(tenant, data, task.request(), session.history(), AgentLimits.BACKGROUND,
                    step -> tasks.update(tenant, taskId, t -> t.withStep(step, clock.instant().toString())));
            tasks.appendTurn(tenant, task.sessionId(), new AgentSession.Turn(task.question(), answer.explanation(), answer.sql()));
            return Optional.of(tasks.update(tenant, taskId, t -> t.done(answer, clock.instant().toString())));
        } catch (KaiException e) {
            if (!e.isClientError()) {
                LOG.log(Level.WARNING, "analysis task " + taskId + " failed: " + e.code(), e);
            }
            return Optional.of(tasks.update(tenant, taskId, t -> t.failed(ErrorInfo.of(e), clock.instant().toString())));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "analysis task " + taskId + " failed unexpectedly", e);
            return Optional.of(tasks.update(tenant, taskId, t -> t.failed(ErrorInfo.of(ErrorCode.INTERNAL_ERROR,
                    "the analysis failed inside KAI (task " + taskId + ")"), clock.instant().toString())));
        }
    }
}
