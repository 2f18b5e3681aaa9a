package ai.kai.knowledge.mdl;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The YAML form of a semantic layer. Reading keeps the line of every field, and every mistake (bad YAML, a missing
 * or unknown field, a duplicate name) is a 400 INVALID_MDL naming its line and YAML path, all of them at once.
 */
public final class MdlYaml {
    public static final int MAX_CHARS = 200_000;
    private static final int MAX_REPORTED = 20;

    private MdlYaml() {
    }

    public static ParsedMdl parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new KaiException(ErrorCode.INVALID_MDL, "the semantic layer is empty; send YAML with 'source' and 'models'");
        }
        if (yaml.length() > MAX_CHARS) {
            throw new KaiException(ErrorCode.MDL_TOO_LARGE, "a semantic layer is at most " + MAX_CHARS + " characters (got "
                    + yaml.length() + "); split it by data source");
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new KaiException(ErrorCode.INVALID_MDL, "line " + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new KaiException(ErrorCode.INVALID_MDL, "not valid YAML: " + e.getMessage());
        }
        MdlNodes reader = new MdlNodes();
        SemanticLayer layer = reader.layer(root);
        if (!reader.problems().isEmpty()) {
            throw invalid(reader.problems());
        }
        return new ParsedMdl(layer, reader.lines());
    }

    static KaiException invalid(List<MdlProblem> problems) {
        List<String> shown = problems.stream().limit(MAX_REPORTED).map(MdlProblem::toString).toList();
        String more = problems.size() > MAX_REPORTED ? "; and " + (problems.size() - MAX_REPORTED) + " more" : "";
        return new KaiException(ErrorCode.INVALID_MDL, "the semantic layer has " + problems.size()
                + (problems.size() == 1 ? " problem: " : " problems: ") + String.join("; ", shown) + more);
    }

    public static String write(SemanticLayer layer) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("source", layer.source());
        List<Object> models = new ArrayList<>();
        for (SemanticLayer.Model m : layer.models()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", m.name());
            model.put("table", m.table());
            putIf(model, "description", m.description());
            putIf(model, "time_dimension", m.timeDimension());
            List<Object> columns = new ArrayList<>();
            for (SemanticLayer.Column c : m.columns()) {
                Map<String, Object> column = new LinkedHashMap<>();
                column.put("name", c.name());
                putIf(column, "type", c.type());
                putIf(column, "role", c.role());
                putIf(column, "description", c.description());
                columns.add(column);
            }
            model.put("columns", columns);
            if (!m.dimensions().isEmpty()) {
                model.put("dimensions", m.dimensions().stream().map(d -> named(d.name(), d.expression(), d.description())).toList());
            }
            if (!m.metrics().isEmpty()) {
                model.put("metrics", m.metrics().stream().map(x -> named(x.name(), x.expression(), x.description())).toList());
            }
            models.add(model);
        }
        root.put("models", models);
        if (!layer.relationships().isEmpty()) {
            root.put("relationships", layer.relationships().stream().map(r -> {
                Map<String, Object> rel = new LinkedHashMap<>();
                putIf(rel, "name", r.name());
                rel.put("from", r.from());
                rel.put("to", r.to());
                putIf(rel, "type", r.type());
                return rel;
            }).toList());
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options).dump(root);
    }

    private static Map<String, Object> named(String name, String expression, String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        putIf(out, "expression", expression);
        putIf(out, "description", description);
        return out;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            map.put(key, value);
        }
    }
}
