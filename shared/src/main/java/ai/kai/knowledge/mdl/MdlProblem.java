package ai.kai.knowledge.mdl;

/** One thing wrong with a semantic layer: where (YAML path such as {@code models[0].metrics[2].expression} and line), and what. */
public record MdlProblem(String path, int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ", " + path + ": " + message;
    }
}
