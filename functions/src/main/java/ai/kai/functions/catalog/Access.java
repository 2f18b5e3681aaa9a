package ai.kai.functions.catalog;

/** What a function may touch: infra/ turns each into the narrowest IAM grant that allows it. */
public enum Access {
    BLOB_READ, BLOB_WRITE, BLOB_DELETE, METADATA_READ, METADATA_WRITE,
    /** Create, replace, read and delete the notebook schedules (EventBridge Scheduler) and pass their role. */
    SCHEDULES
}
