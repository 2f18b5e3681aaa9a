package ai.kai.agent;

import java.util.Optional;
import java.util.function.UnaryOperator;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;

/** Tasks ({@code AGENTTASK#id}) and sessions ({@code AGENTSESSION#id}) in the tenant's partition of the metadata table. */
final class AgentTaskRepository {
    static final String TASK = "AGENTTASK#";
    static final String SESSION = "AGENTSESSION#";
    private static final int RETRIES = 5;
    private final MetadataStore store;

    AgentTaskRepository(MetadataStore store) {
        this.store = store;
    }

    void create(TenantId tenant, AgentTask task) {
        if (!store.create(tenant, TASK + task.taskId(), Json.write(task))) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "task id collision");
        }
    }

    Optional<AgentTask> find(TenantId tenant, String taskId) {
        return store.get(tenant, TASK + taskId).map(i -> Json.read(i.document(), AgentTask.class));
    }

    AgentTask require(TenantId tenant, String taskId) {
        return find(tenant, taskId).orElseThrow(() -> new KaiException(ErrorCode.AGENT_TASK_NOT_FOUND,
                "no analysis task '" + taskId + "' for this tenant; start one with POST /api/v2/agent/runs"));
    }

    /** Applies the change to the stored task (optimistic versions; the worker is the only writer once it runs). */
    AgentTask update(TenantId tenant, String taskId, UnaryOperator<AgentTask> change) {
        for (int i = 0; i < RETRIES; i++) {
            StoredItem item = store.get(tenant, TASK + taskId).orElseThrow(() ->
                    new KaiException(ErrorCode.AGENT_TASK_NOT_FOUND, "analysis task '" + taskId + "' disappeared"));
            AgentTask next = change.apply(Json.read(item.document(), AgentTask.class));
            if (store.replace(tenant, TASK + taskId, Json.write(next), item.version())) {
                return next;
            }
        }
        throw new KaiException(ErrorCode.INTERNAL_ERROR, "analysis task '" + taskId + "' kept changing under the worker");
    }

    void createSession(TenantId tenant, AgentSession session) {
        if (!store.create(tenant, SESSION + session.sessionId(), Json.write(session))) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "session id collision");
        }
    }

    AgentSession requireSession(TenantId tenant, String sessionId) {
        return store.get(tenant, SESSION + sessionId).map(i -> Json.read(i.document(), AgentSession.class))
                .orElseThrow(() -> new KaiException(ErrorCode.AGENT_SESSION_NOT_FOUND, "no session '" + sessionId
                        + "' for this tenant; leave session_id out to start a new one"));
    }

    void appendTurn(TenantId tenant, String sessionId, AgentSession.Turn turn) {
        for (int i = 0; i < RETRIES; i++) {
            StoredItem item = store.get(tenant, SESSION + sessionId).orElseThrow();
            AgentSession next = Json.read(item.document(), AgentSession.class).with(turn);
            if (store.replace(tenant, SESSION + sessionId, Json.write(next), item.version())) {
                return;
            }
        }
    }
}
