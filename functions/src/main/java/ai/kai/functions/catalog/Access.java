package ai.kai.functions.catalog;

/** What a function may touch: infra/ turns each into the narrowest IAM grant that allows it. */
public enum Access {
    BLOB_READ, BLOB_WRITE, BLOB_DELETE, METADATA_READ, METADATA_WRITE,
    /** Drop task markers under {@code agent-runs/} (outside tenant data), which start the agent worker. */
    AGENT_QUEUE,
    /** Read the language model's API key from Secrets Manager ({@code KAI_LLM_API_KEY_SECRET_ARN}). */
    LLM_SECRET
}
