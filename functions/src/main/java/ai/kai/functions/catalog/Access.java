package ai.kai.functions.catalog;

/** What a function may touch: infra/ turns each into the narrowest IAM grant that allows it. */
public enum Access {
    BLOB_READ, BLOB_WRITE, BLOB_DELETE, METADATA_READ, METADATA_WRITE,
    /** Invoke the notebook-run function (asynchronously) and nothing else: the run endpoint and the runner itself. */
    INVOKE_NOTEBOOK_RUNNER
}
