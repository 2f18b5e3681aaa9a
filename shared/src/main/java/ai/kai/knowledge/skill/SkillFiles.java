package ai.kai.knowledge.skill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Reads a skill file: YAML front matter between two {@code ---} lines ({@code name}, {@code description},
 * {@code tags} as a list or comma-separated text) then the Markdown body. Mistakes are 400 INVALID_SKILL naming the
 * field or the line.
 */
public final class SkillFiles {
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int MAX_CHARS = 32_000;
    private static final int MAX_TAGS = 20;

    private SkillFiles() {
    }

    public static Skill parse(String markdown, boolean builtIn, String createdAt) {
        if (markdown == null || markdown.isBlank()) {
            throw invalid("the skill is empty; send Markdown that starts with front matter (---, name:, description:, tags:, ---)");
        }
        if (markdown.length() > MAX_CHARS) {
            throw invalid("a skill is at most " + MAX_CHARS + " characters (got " + markdown.length() + ")");
        }
        String text = markdown.replace("\r\n", "\n").stripLeading();
        if (!text.startsWith("---\n")) {
            throw invalid("line 1: a skill starts with front matter: a line '---', then name:, description: and tags:, "
                    + "then '---' and the Markdown body");
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw invalid("the front matter is not closed: add a line '---' after name:, description: and tags:");
        }
        String front = text.substring(4, end + 1);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1).strip();
        Map<?, ?> fields = frontMatter(front);
        String name = text(fields, "name");
        if (!NAME.matcher(name).matches()) {
            throw invalid("field 'name': '" + name + "' must be 1-64 lower-case letters, digits or '-' (e.g. cohort-analysis)");
        }
        String description = text(fields, "description");
        if (body.isEmpty()) {
            throw invalid("the skill '" + name + "' has no body: write the playbook in Markdown after the front matter");
        }
        return new Skill(name, description, tags(fields.get("tags")), body, builtIn, createdAt);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<?, ?> frontMatter(String front) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(front);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw invalid("the front matter must be YAML fields (name:, description:, tags:)");
            }
            return map;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 2;
            throw invalid("line " + line + " of the front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw invalid("the front matter is not valid YAML: " + e.getMessage());
        }
    }

    private static String text(Map<?, ?> fields, String name) {
        Object v = fields.get(name);
        if (v == null || v.toString().isBlank()) {
            throw invalid("field '" + name + "' is missing from the front matter");
        }
        if (v instanceof Map || v instanceof List) {
            throw invalid("field '" + name + "' must be text");
        }
        return v.toString().strip();
    }

    private static List<String> tags(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(t -> out.add(String.valueOf(t).strip()));
        } else if (v != null) {
            for (String t : v.toString().split(",")) {
                out.add(t.strip());
            }
        }
        out.removeIf(String::isEmpty);
        if (out.size() > MAX_TAGS) {
            throw invalid("field 'tags': at most " + MAX_TAGS + " tags (got " + out.size() + ")");
        }
        return out;
    }

    private static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_SKILL, message);
    }
}
