package ai.kai.functions.catalog;

/**
 * The deployable jars (DESIGN D4), grouped by dependency footprint. Each is built by functions/pom.xml as the
 * shaded jar with the given classifier; DuckDB is not inside but in the shared layer.
 */
public enum Artifact {
    FILES("files", true);

    private final String classifier;
    private final boolean needsDuckDb;

    Artifact(String classifier, boolean needsDuckDb) {
        this.classifier = classifier;
        this.needsDuckDb = needsDuckDb;
    }

    public String classifier() {
        return classifier;
    }

    public boolean needsDuckDb() {
        return needsDuckDb;
    }

    /** The file name under functions/target/. */
    public String jarName(String version) {
        return "kai-functions-" + version + "-" + classifier + ".jar";
    }
}
