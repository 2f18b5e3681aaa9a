package ai.kai.knowledge.mdl;

import java.util.Map;

/** A semantic layer read from YAML with the line of every path in it, so later checks can point at the text. */
public record ParsedMdl(SemanticLayer layer, Map<String, Integer> lines) {
    public ParsedMdl {
        lines = Map.copyOf(lines);
    }

    /** The line of the path, else of its nearest ancestor, else 1. */
    public int line(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 1;
    }

    public MdlProblem problem(String path, String message) {
        return new MdlProblem(path, line(path), message);
    }
}
