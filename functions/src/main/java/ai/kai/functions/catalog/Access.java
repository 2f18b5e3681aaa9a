package ai.kai.functions.catalog;

/** What a function may touch: infra/ turns each into the narrowest IAM grant that allows it. */
public enum Access {
    BLOB_READ, BLOB_WRITE, BLOB_DELETE, METADATA_READ, METADATA_WRITE,
    /** Create, replace, read and delete the notebook schedules (EventBridge Scheduler) and pass their role. */
    SCHEDULES,
    /** Seal connection credentials: a fresh data key from the secrets key (KMS GenerateDataKey). */
    SECRETS_SEAL,
    /** Open sealed connection credentials to connect (KMS Decrypt). */
    SECRETS_OPEN,
    /** Invoke the notebook-run function (asynchronously) and nothing else: the run endpoint and the runner itself. */
    INVOKE_NOTEBOOK_RUNNER,
    /** Drop task markers under {@code agent-runs/} (outside tenant data), which start the agent worker. */
    AGENT_QUEUE,
    /** Read the language model's API key from Secrets Manager ({@code KAI_LLM_API_KEY_SECRET_ARN}). */
    LLM_SECRET;

    /** Whether a function with this access set needs the secrets key (and so {@code KAI_KMS_KEY_ID}). */
    public static boolean usesSecrets(java.util.Set<Access> access) {
        return access.contains(SECRETS_SEAL) || access.contains(SECRETS_OPEN);
    }
}
