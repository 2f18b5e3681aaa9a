package ai.kai.functions.system;

import static ai.kai.functions.system.SchemaParts.BOOLEAN;
import static ai.kai.functions.system.SchemaParts.DATE_TIME;
import static ai.kai.functions.system.SchemaParts.INTEGER;
import static ai.kai.functions.system.SchemaParts.OBJECT;
import static ai.kai.functions.system.SchemaParts.STRING;
import static ai.kai.functions.system.SchemaParts.STRINGS;
import static ai.kai.functions.system.SchemaParts.arrayOf;
import static ai.kai.functions.system.SchemaParts.body;
import static ai.kai.functions.system.SchemaParts.jsonBody;
import static ai.kai.functions.system.SchemaParts.object;
import static ai.kai.functions.system.SchemaParts.oneOfValues;
import static ai.kai.functions.system.SchemaParts.props;
import static ai.kai.functions.system.SchemaParts.query;
import static ai.kai.functions.system.SchemaParts.text;

import java.util.List;
import java.util.Map;

import ai.kai.knowledge.memory.MemoryService;

/**
 * Request bodies and response {@code data} of the knowledge routes ({@code /memory}, {@code /skills}, {@code /mdl}):
 * documents are sent raw (Markdown, YAML) or as one text field of a JSON object, as {@code KnowledgeViews} reads
 * them; answers as the {@code Memory}, {@code Skill}, {@code MdlDocument} and {@code MdlValidation} records write them.
 */
final class KnowledgeApiSchemas {
    private static final Map<String, Object> MEMORY = object(props("id", STRING, "fact", STRING,
            "source", oneOfValues(List.of("user", "agent")), "created_at", DATE_TIME));
    private static final Map<String, Object> SKILL_SUMMARY = object(props("name", STRING, "description", STRING,
            "tags", STRINGS, "built_in", BOOLEAN, "created_at", DATE_TIME));
    private static final Map<String, Object> SKILL = object(props("name", STRING, "description", STRING, "tags", STRINGS,
            "body", text("the Markdown after the front matter"), "built_in", BOOLEAN, "created_at", DATE_TIME));
    private static final Map<String, Object> LAYER = object(props("source", STRING, "models", arrayOf(OBJECT),
            "relationships", arrayOf(OBJECT)));
    private static final Map<String, Object> MDL = object(props("source", STRING, "yaml", STRING, "updated_at", DATE_TIME,
            "layer", LAYER));
    private static final Map<String, Object> SEARCH = Map.of("name", "q", "in", "query", "required", true,
            "schema", STRING, "description", "the search text");
    private static final Map<String, Object> LIMIT = query("limit", Map.of("type", "integer", "minimum", 1, "maximum", 50,
            "default", 5));

    private KnowledgeApiSchemas() {
    }

    /** The body of a knowledge function, or null for others. */
    static Map<String, Object> requestBody(String function) {
        return switch (function) {
            case "kai-memory-remember" -> jsonBody(true, object(List.of("fact"), props(
                    "fact", Map.of("type", "string", "maxLength", MemoryService.MAX_FACT_CHARS,
                            "example", "Our fiscal year starts in April"),
                    "source", Map.of("type", "string", "enum", List.of("user", "agent"), "default", "user"))));
            case "kai-skills-create" -> body(true,
                    "text/markdown", text("the skill file: front matter (name, description, tags) and the Markdown body"),
                    "application/json", object(List.of("markdown"), props("markdown", text("the skill file as text"))));
            case "kai-mdl-put" -> document(true);
            case "kai-mdl-validate" -> document(false);
            case "kai-mdl-generate" -> jsonBody(true, Map.of("type", "object",
                    "oneOf", List.of(Map.of("required", List.of("file_id")), Map.of("required", List.of("connection", "table"))),
                    "properties", props("file_id", text("draft from this file's profile"),
                            "connection", text("draft from a table of this connection"),
                            "table", text("the connection's table"))));
            default -> null;
        };
    }

    /** A semantic layer sent as YAML, or as the field {@code yaml} of a JSON object. */
    private static Map<String, Object> document(boolean required) {
        return body(required,
                "application/yaml", text(required ? "the semantic layer's YAML"
                        : "the semantic layer's YAML; an empty body validates the stored layer"),
                "application/json", object(List.of("yaml"), props("yaml", text("the semantic layer's YAML"))));
    }

    /** The schema of {@code data} in a knowledge function's success answer, or null for others. */
    static Map<String, Object> responseData(String function) {
        return switch (function) {
            case "kai-memory-remember" -> object(props("memory", MEMORY, "duplicate",
                    Map.of("type", "boolean", "description",
                            "true (with 200) when a near-identical fact was already saved; that one is answered")));
            case "kai-memory-list" -> object(props("memories", arrayOf(MEMORY)));
            case "kai-memory-search" -> object(props("results", arrayOf(object(props("memory", MEMORY,
                    "score", Map.of("type", "number"))))));
            case "kai-memory-delete" -> object(props("id", STRING, "deleted", BOOLEAN));
            case "kai-skills-create", "kai-skills-get" -> SKILL;
            case "kai-skills-list" -> object(props("skills", arrayOf(SKILL_SUMMARY)));
            case "kai-skills-search" -> object(props("results", arrayOf(object(props("skill", SKILL,
                    "score", Map.of("type", "number"))))));
            case "kai-skills-delete" -> object(props("name", STRING, "deleted", BOOLEAN));
            case "kai-mdl-put", "kai-mdl-get" -> MDL;
            case "kai-mdl-generate" -> object(props("source", STRING, "yaml", text("the draft; review it, then PUT it"),
                    "layer", LAYER));
            case "kai-mdl-validate" -> object(props("valid", BOOLEAN,
                    "problems", arrayOf(object(props("path", STRING, "line", INTEGER, "message", STRING))),
                    "models_checked", INTEGER, "metrics_checked", INTEGER, "relationships_checked", INTEGER));
            default -> null;
        };
    }

    /** The success statuses of a knowledge function other than 200, or null. */
    static List<String> successStatuses(String function) {
        return switch (function) {
            case "kai-memory-remember" -> List.of("201", "200");
            case "kai-skills-create" -> List.of("201");
            default -> null;
        };
    }

    /** The query parameters of a knowledge function, or null. */
    static List<Map<String, Object>> queryParameters(String function) {
        return switch (function) {
            case "kai-memory-search", "kai-skills-search" -> List.of(SEARCH, LIMIT);
            case "kai-skills-get" -> List.of(query("format", Map.of("type", "string", "enum", List.of("markdown"))));
            case "kai-mdl-get" -> List.of(query("format", Map.of("type", "string", "enum", List.of("yaml"))));
            default -> null;
        };
    }
}
