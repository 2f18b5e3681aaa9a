package ai.kai.knowledge.mdl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Walks the YAML node tree of a semantic layer into records, noting each path's line and every problem. */
final class MdlNodes {
    private static final Set<String> TOP = Set.of("version", "source", "models", "relationships");
    private static final Set<String> MODEL = Set.of("name", "table", "description", "columns", "time_dimension",
            "dimensions", "metrics");
    private static final Set<String> COLUMN = Set.of("name", "type", "description", "role");
    private static final Set<String> NAMED = Set.of("name", "expression", "sql", "description");
    private static final Set<String> RELATIONSHIP = Set.of("name", "from", "to", "type");
    static final Set<String> ROLES = Set.of("time", "dimension", "measure", "identifier", "attribute");

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<MdlProblem> problems = new ArrayList<>();

    Map<String, Integer> lines() {
        return lines;
    }

    List<MdlProblem> problems() {
        return problems;
    }

    SemanticLayer layer(Node root) {
        if (!(root instanceof MappingNode)) {
            problem("", root, "the semantic layer is a YAML mapping with 'source' and 'models'");
            return new SemanticLayer("", List.of(), List.of());
        }
        Map<String, Node> top = fields(root, "", TOP);
        String source = text(top, "source", "", true);
        List<SemanticLayer.Model> models = new ArrayList<>();
        List<Node> modelNodes = sequence(top, "models", "", true);
        if (modelNodes.isEmpty() && top.containsKey("models")) {
            problem("models", top.get("models"), "at least one model is needed");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < modelNodes.size(); i++) {
            SemanticLayer.Model m = model(modelNodes.get(i), "models[" + i + "]");
            if (m != null && !names.add(m.name())) {
                problem("models[" + i + "].name", modelNodes.get(i), "model '" + m.name() + "' is defined twice");
            }
            if (m != null) {
                models.add(m);
            }
        }
        List<SemanticLayer.Relationship> relationships = new ArrayList<>();
        List<Node> relNodes = sequence(top, "relationships", "", false);
        for (int i = 0; i < relNodes.size(); i++) {
            String path = "relationships[" + i + "]";
            Map<String, Node> f = fields(relNodes.get(i), path, RELATIONSHIP);
            String from = reference(f, "from", path);
            String to = reference(f, "to", path);
            relationships.add(new SemanticLayer.Relationship(text(f, "name", path, false), from, to,
                    text(f, "type", path, false)));
        }
        return new SemanticLayer(source == null ? "" : source, models, relationships);
    }

    private SemanticLayer.Model model(Node node, String path) {
        Map<String, Node> f = fields(node, path, MODEL);
        String name = text(f, "name", path, true);
        String table = text(f, "table", path, false);
        List<SemanticLayer.Column> columns = new ArrayList<>();
        List<Node> columnNodes = sequence(f, "columns", path, false);
        for (int i = 0; i < columnNodes.size(); i++) {
            String cp = path + ".columns[" + i + "]";
            Node c = columnNodes.get(i);
            if (c instanceof ScalarNode s) {
                mark(cp, c);
                columns.add(new SemanticLayer.Column(s.getValue(), null, null, null));
                continue;
            }
            Map<String, Node> cf = fields(c, cp, COLUMN);
            String role = text(cf, "role", cp, false);
            if (role != null && !ROLES.contains(role)) {
                problem(cp + ".role", cf.get("role"), "role '" + role + "' is not one of " + String.join(", ", ROLES.stream().sorted().toList()));
            }
            columns.add(new SemanticLayer.Column(text(cf, "name", cp, true), text(cf, "type", cp, false),
                    text(cf, "description", cp, false), role));
        }
        List<SemanticLayer.Dimension> dimensions = new ArrayList<>();
        for (Named n : named(f, "dimensions", path, false)) {
            dimensions.add(new SemanticLayer.Dimension(n.name(), n.expression(), n.description()));
        }
        List<SemanticLayer.Metric> metrics = new ArrayList<>();
        for (Named n : named(f, "metrics", path, true)) {
            metrics.add(new SemanticLayer.Metric(n.name(), n.expression(), n.description()));
        }
        if (name == null) {
            return null;
        }
        return new SemanticLayer.Model(name, table == null ? "data" : table, text(f, "description", path, false), columns,
                text(f, "time_dimension", path, false), dimensions, metrics);
    }

    private record Named(String name, String expression, String description) {
    }

    /**
     * Dimensions or metrics: a list of mappings ({@code name}, {@code expression}, {@code description}) or a mapping
     * {@code name: expression}; a dimension may also be a bare column name.
     */
    private List<Named> named(Map<String, Node> parent, String key, String path, boolean expressionRequired) {
        Node node = parent.get(key);
        String base = path + "." + key;
        List<Named> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node instanceof MappingNode map) {
            for (int i = 0; i < map.getValue().size(); i++) {
                NodeTuple t = map.getValue().get(i);
                String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                String p = base + "[" + i + "]";
                mark(p, t.getKeyNode());
                mark(p + ".name", t.getKeyNode());
                if (t.getValueNode() instanceof ScalarNode v) {
                    mark(p + ".expression", v);
                    out.add(new Named(name, v.getValue().strip(), null));
                } else {
                    Map<String, Node> f = fields(t.getValueNode(), p, NAMED);
                    out.add(new Named(name, expression(f, p, expressionRequired, name), text(f, "description", p, false)));
                }
            }
        } else if (node instanceof SequenceNode seq) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                String p = base + "[" + i + "]";
                Named n;
                if (item instanceof ScalarNode s && !expressionRequired) {
                    mark(p, item);
                    n = new Named(s.getValue(), null, null);
                } else {
                    Map<String, Node> f = fields(item, p, NAMED);
                    String name = text(f, "name", p, true);
                    n = new Named(name, expression(f, p, expressionRequired, name), text(f, "description", p, false));
                }
                if (n.name() != null && !seen.add(n.name())) {
                    problem(p + ".name", item, "'" + n.name() + "' is defined twice in " + key);
                }
                out.add(n);
            }
        } else {
            problem(base, node, "'" + key + "' must be a list (or a mapping of name: expression)");
        }
        return out;
    }

    private String expression(Map<String, Node> f, String path, boolean required, String name) {
        String sql = text(f, "expression", path, false);
        if (sql == null) {
            sql = text(f, "sql", path, false);
        }
        if (sql == null && required) {
            problem(path + ".expression", null, "metric '" + name + "' needs an SQL 'expression', e.g. SUM(revenue)");
        }
        return sql;
    }

    private String reference(Map<String, Node> f, String key, String path) {
        String ref = text(f, key, path, true);
        if (ref != null && !ref.matches("[^.\\s]+\\.[^.\\s]+")) {
            problem(path + "." + key, f.get(key), "'" + ref + "' must name a column as model.column");
        }
        return ref;
    }

    private Map<String, Node> fields(Node node, String path, Set<String> known) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            problem(path, node, "expected a mapping of fields (" + String.join(", ", known.stream().sorted().toList()) + ")");
            return out;
        }
        mark(path, node);
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            String p = path.isEmpty() ? key : path + "." + key;
            mark(p, t.getKeyNode());
            if (!known.contains(key)) {
                problem(p, t.getKeyNode(), "unknown field '" + key + "' (expected one of: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    private String text(Map<String, Node> fields, String key, String path, boolean required) {
        Node node = fields.get(key);
        String p = path.isEmpty() ? key : path + "." + key;
        if (node == null) {
            if (required) {
                problem(p, null, "field '" + key + "' is missing");
            }
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problem(p, node, "field '" + key + "' must be text");
            return null;
        }
        String v = s.getValue().strip();
        if (v.isEmpty() && required) {
            problem(p, node, "field '" + key + "' is empty");
            return null;
        }
        return v.isEmpty() ? null : v;
    }

    private List<Node> sequence(Map<String, Node> fields, String key, String path, boolean required) {
        Node node = fields.get(key);
        String p = path.isEmpty() ? key : path + "." + key;
        if (node == null) {
            if (required) {
                problem(p, null, "field '" + key + "' is missing");
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(p, node, "field '" + key + "' must be a list");
            return List.of();
        }
        return seq.getValue();
    }

    private void mark(String path, Node node) {
        if (node != null && node.getStartMark() != null) {
            lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
        }
    }

    private void problem(String path, Node node, String message) {
        int line;
        if (node != null && node.getStartMark() != null) {
            line = node.getStartMark().getLine() + 1;
        } else {
            line = new ParsedMdl(new SemanticLayer("", List.of(), List.of()), lines).line(path);
        }
        problems.add(new MdlProblem(path.isEmpty() ? "(root)" : path, line, message));
    }
}
