package ai.kai.notebook;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/**
 * Reads a notebook written as YAML (the format of {@code notebook-templates/}) or JSON (the API), checks every field
 * and answers a {@link NotebookSpec}, or a 400 {@code NOTEBOOK_INVALID} that names the line and the field
 * ("line 14, cells[2].type: …"). References between cells are checked afterwards by {@link DependencyGraph}.
 */
public final class NotebookReader {
    static final YAMLMapper YAML = new YAMLMapper();
    /** Writes YAML as a person would: no document marker, quotes only where needed, SQL and text as literal blocks. */
    private static final YAMLMapper YAML_OUT = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();
    private static final Pattern CELL_ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Set<String> TOP = Set.of("name", "description", "file_id", "time_zone", "allow_overlap", "tags",
            "parameters", "cells");
    private static final Set<String> PARAM_FIELDS = Set.of("name", "type", "default", "options", "description");
    private static final Set<String> CELL_FIELDS = Set.of("id", "type", "title", "sql", "source", "options", "chart",
            "text", "depends_on");

    private final SourceLines lines;

    private NotebookReader(SourceLines lines) {
        this.lines = lines;
    }

    public static NotebookSpec yaml(String text) {
        return read(YAML, text, "YAML");
    }

    public static NotebookSpec json(String text) {
        return read(Json.mapper(), text, "JSON");
    }

    /** An API body already parsed: the same checks, without line numbers. */
    public static NotebookSpec json(JsonNode body) {
        return new NotebookReader(SourceLines.of(Json.mapper().getFactory(), "")).spec(body);
    }

    private static NotebookSpec read(ObjectMapper mapper, String text, String format) {
        if (text == null || text.isBlank()) {
            throw new KaiException(ErrorCode.NOTEBOOK_INVALID, "the notebook is empty; send " + format
                    + " with at least 'name' and 'cells'");
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new KaiException(ErrorCode.NOTEBOOK_INVALID, "the notebook is not valid " + format
                    + (at == null ? "" : " (line " + at.getLineNr() + ")") + ": " + e.getOriginalMessage());
        }
        return new NotebookReader(SourceLines.of(mapper.getFactory(), text)).spec(root);
    }

    private NotebookSpec spec(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw invalid("", "must be a mapping with 'name', 'parameters' and 'cells'");
        }
        unknownFields(root, "", TOP);
        String name = requiredText(root, "", "name");
        String zone = text(root, "", "time_zone");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw invalid("/time_zone", "'" + zone + "' is not a time zone; use an IANA name such as Europe/Berlin");
            }
        }
        List<Parameter> parameters = parameters(root.path("parameters"));
        List<Cell> cells = cells(root.path("cells"));
        NotebookSpec spec = new NotebookSpec(name, text(root, "", "description"), text(root, "", "file_id"), zone,
                root.path("allow_overlap").asBoolean(false), texts(root, "", "tags"), parameters, cells);
        DependencyGraph.of(spec);
        return spec;
    }

    private List<Parameter> parameters(JsonNode node) {
        List<Parameter> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw invalid("/parameters", "must be a list of parameters");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "/parameters/" + i;
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                throw invalid(at, "must be a mapping with 'name' and 'type'");
            }
            unknownFields(p, at, PARAM_FIELDS);
            String name = requiredText(p, at, "name");
            if (!PARAM_NAME.matcher(name).matches()) {
                throw invalid(at + "/name", "'" + name + "' is not a parameter name (letters, digits and '_')");
            }
            if (!names.add(name)) {
                throw invalid(at + "/name", "parameter '" + name + "' is declared twice");
            }
            String typeText = requiredText(p, at, "type");
            ParameterType type = ParameterType.parse(typeText).orElseThrow(() -> invalid(at + "/type",
                    "unknown parameter type '" + typeText + "'; use one of " + ParameterType.wires()));
            List<String> options = texts(p, at, "options");
            if (type == ParameterType.SELECT && options.isEmpty()) {
                throw invalid(at + "/options", "a select parameter needs a non-empty list of options");
            }
            Parameter parameter = new Parameter(name, type, text(p, at, "default"), options, text(p, at, "description"));
            if (parameter.defaultValue() != null) {
                try {
                    ParameterValues.checkDefault(parameter);
                } catch (KaiException e) {
                    throw invalid(at + "/default", e.getMessage());
                }
            }
            out.add(parameter);
        }
        return out;
    }

    private List<Cell> cells(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw invalid("/cells", "must be a non-empty list of cells");
        }
        List<Cell> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "/cells/" + i;
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                throw invalid(at, "must be a mapping with 'id' and 'type'");
            }
            unknownFields(c, at, CELL_FIELDS);
            String id = requiredText(c, at, "id");
            if (!CELL_ID.matcher(id).matches()) {
                throw invalid(at + "/id", "'" + id + "' is not a cell id: lower-case letters, digits and '_', starting "
                        + "with a letter (code cells use it as a table name)");
            }
            if (!ids.add(id)) {
                throw invalid(at + "/id", "cell id '" + id + "' is used twice");
            }
            String typeText = requiredText(c, at, "type");
            CellType type = CellType.parse(typeText).orElseThrow(() -> invalid(at + "/type",
                    "unknown cell type '" + typeText + "'; use one of " + CellType.wires()));
            JsonNode options = c.has("chart") ? c.get("chart") : c.get("options");
            Cell cell = new Cell(id, type, text(c, at, "title"), text(c, at, "sql"), text(c, at, "source"),
                    options == null || options.isNull() ? null : options, text(c, at, "text"), texts(c, at, "depends_on"));
            CellChecks.check(cell, at, this::invalid);
            out.add(cell);
        }
        return out;
    }

    KaiException invalid(String pointer, String message) {
        return new KaiException(ErrorCode.NOTEBOOK_INVALID, lines.where(pointer) + ": " + message);
    }

    private void unknownFields(JsonNode node, String at, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw invalid(at + "/" + f, "unknown field '" + f + "'; expected one of " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        }
    }

    private String requiredText(JsonNode node, String at, String field) {
        String value = text(node, at, field);
        if (value == null || value.isBlank()) {
            throw invalid(at + "/" + field, "'" + field + "' is required");
        }
        return value.strip();
    }

    private String text(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw invalid(at + "/" + field, "'" + field + "' must be a single value, not a list or mapping");
        }
        return v.asText();
    }

    private List<String> texts(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isValueNode()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw invalid(at + "/" + field, "'" + field + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The notebook as YAML, in the template format (what {@code GET /notebooks/{id}?format=yaml} answers). */
    public static String toYaml(NotebookSpec spec) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("name", spec.name());
        if (!spec.description().isEmpty()) {
            root.put("description", spec.description());
        }
        if (spec.fileId() != null) {
            root.put("file_id", spec.fileId());
        }
        root.put("time_zone", spec.timeZone());
        if (spec.allowOverlap()) {
            root.put("allow_overlap", true);
        }
        if (!spec.tags().isEmpty()) {
            spec.tags().forEach(root.withArray("tags")::add);
        }
        for (Parameter p : spec.parameters()) {
            ObjectNode n = root.withArray("parameters").addObject();
            n.put("name", p.name()).put("type", p.type().wire());
            if (p.defaultValue() != null) {
                n.put("default", p.defaultValue());
            }
            if (!p.options().isEmpty()) {
                p.options().forEach(n.withArray("options")::add);
            }
            if (!p.description().isEmpty()) {
                n.put("description", p.description());
            }
        }
        for (Cell c : spec.cells()) {
            ObjectNode n = root.withArray("cells").addObject();
            n.put("id", c.id()).put("type", c.type().wire());
            putIf(n, "title", c.title());
            putIf(n, "source", c.source());
            putIf(n, "sql", c.sql());
            putIf(n, "text", c.text());
            if (c.options() != null && !c.options().isNull() && !c.options().isMissingNode()) {
                n.set(c.type() == CellType.VISUALIZATION ? "chart" : "options", c.options());
            }
            if (!c.dependsOn().isEmpty()) {
                c.dependsOn().forEach(n.withArray("depends_on")::add);
            }
        }
        try {
            return YAML_OUT.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "could not write the notebook as YAML", e);
        }
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
