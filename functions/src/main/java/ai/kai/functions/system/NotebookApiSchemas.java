package ai.kai.functions.system;

import static ai.kai.functions.system.SchemaParts.BOOLEAN;
import static ai.kai.functions.system.SchemaParts.DATE_TIME;
import static ai.kai.functions.system.SchemaParts.ERROR;
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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.kai.notebook.CellStatus;
import ai.kai.notebook.CellType;
import ai.kai.notebook.ParameterType;
import ai.kai.notebook.RunStatus;

/**
 * Request bodies and response {@code data} of the {@code /notebooks} routes: a notebook as the {@code NotebookReader}
 * reads it (JSON or YAML), run parameters, schedules; answers as the {@code Notebook}, {@code NotebookRun},
 * {@code ScheduleView}, {@code ReportLink} and {@code ReportView} records write them.
 */
final class NotebookApiSchemas {
    private static final List<String> CELL_TYPES = Arrays.stream(CellType.values()).map(CellType::wire).toList();
    private static final List<String> PARAMETER_TYPES = Arrays.stream(ParameterType.values()).map(ParameterType::wire).toList();
    private static final Map<String, Object> PARAMETER_VALUES = Map.of("type", "object", "additionalProperties",
            Map.of("oneOf", List.of(STRING, Map.of("type", "number"), BOOLEAN)),
            "description", "single values by parameter name, e.g. {\"start_date\": \"2025-11-01\"}; sent as text",
            "example", Map.of("start_date", "2025-11-01"));
    private static final Map<String, Object> PARAMETER_IN = object(List.of("name", "type"), props(
            "name", Map.of("type", "string", "pattern", "^[A-Za-z_][A-Za-z0-9_]{0,62}$"),
            "type", oneOfValues(PARAMETER_TYPES),
            "default", text("a literal, or for dates a relative expression (today, start_of_last_month, today - 7 days);"
                    + " without it the parameter is required"),
            "options", Map.of("type", "array", "items", STRING, "description", "required (non-empty) for select"),
            "description", STRING));
    private static final Map<String, Object> CELL_IN = object(List.of("id", "type"), props(
            "id", Map.of("type", "string", "pattern", "^[a-z][a-z0-9_]{0,62}$"),
            "type", oneOfValues(CELL_TYPES),
            "title", STRING,
            "sql", text("query and code cells: SQL with named parameters (bound, never spliced)"),
            "source", text("the cell whose rows a chart or analysis reads (default: the notebook's file)"),
            "options", Map.of("type", "object", "description", "the chart spec or analytics request of the cell"),
            "chart", Map.of("type", "object", "description", "visualization cells: the chart spec (same as options)"),
            "text", text("text cells: Markdown with {{param}} and {{cell.value}}"),
            "depends_on", STRINGS));
    /** The notebook a person writes: what {@code NotebookReader} accepts; unknown fields are refused. */
    private static final Map<String, Object> SPEC = object(List.of("name", "cells"), props(
            "name", STRING, "description", STRING, "file_id", text("the file the cells read"),
            "time_zone", Map.of("type", "string", "default", "UTC", "example", "Europe/Berlin"),
            "allow_overlap", Map.of("type", "boolean", "default", false),
            "tags", STRINGS, "parameters", arrayOf(PARAMETER_IN),
            "cells", Map.of("type", "array", "minItems", 1, "items", CELL_IN)));
    private static final Map<String, Object> NOTEBOOK = object(props(
            "id", STRING, "name", STRING, "description", STRING, "file_id", STRING, "time_zone", STRING,
            "allow_overlap", BOOLEAN, "tags", STRINGS,
            "parameters", arrayOf(object(props("name", STRING, "type", oneOfValues(PARAMETER_TYPES),
                    "default_value", STRING, "options", STRINGS, "description", STRING))),
            "cells", arrayOf(object(props("id", STRING, "type", oneOfValues(CELL_TYPES), "title", STRING, "sql", STRING,
                    "source", STRING, "options", OBJECT, "text", STRING, "depends_on", STRINGS))),
            "template", text("the template it was made from, if any"), "created_at", DATE_TIME, "updated_at", DATE_TIME));
    private static final Map<String, Object> RUN = object(props(
            "run_id", STRING, "notebook_id", STRING, "notebook_name", STRING,
            "trigger", text("manual or schedule"),
            "status", oneOfValues(Arrays.stream(RunStatus.values()).map(RunStatus::wire).toList()),
            "parameters", Map.of("type", "object", "additionalProperties", STRING),
            "scheduled_time", DATE_TIME, "created_at", DATE_TIME, "started_at", DATE_TIME, "finished_at", DATE_TIME,
            "heartbeat_at", DATE_TIME, "error", ERROR, "skip_reason", STRING, "invocations", INTEGER,
            "cells", arrayOf(object(props("cell_id", STRING, "type", oneOfValues(CELL_TYPES), "title", STRING,
                    "status", oneOfValues(Arrays.stream(CellStatus.values()).map(CellStatus::wire).toList()),
                    "started_at", DATE_TIME, "duration_ms", INTEGER, "error", ERROR, "skip_reason", STRING,
                    "preview", Map.of("type", "object", "description", "a bounded preview of the cell's output"),
                    "output_key", STRING)))));
    private static final Map<String, Object> SCHEDULE = object(props(
            "notebook_id", STRING, "expression", STRING, "event_bridge_expression", STRING, "time_zone", STRING,
            "parameters", Map.of("type", "object", "additionalProperties", STRING),
            "next_runs", arrayOf(DATE_TIME), "created_at", DATE_TIME));
    private static final Map<String, Object> REPORT_LINK = object(props("run_id", STRING,
            "format", oneOfValues(List.of("html", "pdf")), "content_type", STRING, "size_bytes", INTEGER,
            "url", text("a presigned URL"), "expires_at", DATE_TIME));
    private static final Map<String, Object> REPORT_MODEL = object(props("title", STRING, "description", STRING,
            "facts", arrayOf(object(props("label", STRING, "value", STRING))),
            "sections", arrayOf(object(props("heading", STRING, "status", STRING, "subtitle", STRING,
                    "blocks", arrayOf(object(props("kind", oneOfValues(List.of("markdown", "table", "chart", "code",
                            "metrics", "error")), "content", OBJECT)))))),
            "generated_at", DATE_TIME));
    private static final Map<String, Object> DELETED = object(props("deleted", text("the notebook's id")));

    private NotebookApiSchemas() {
    }

    /** The body of a notebook function, or null for others. */
    static Map<String, Object> requestBody(String function) {
        return switch (function) {
            case "kai-notebooks-create", "kai-notebooks-update" -> body(true, "application/json", SPEC,
                    "application/yaml", SPEC);
            case "kai-notebooks-import" -> body(true, "application/yaml", SPEC,
                    "text/plain", text("the notebook's YAML (the template format)"));
            case "kai-notebooks-from-template" -> jsonBody(true, object(List.of("template_id"), props(
                    "template_id", text("from GET /api/v2/notebooks/templates"),
                    "name", text("the new notebook's name (default: the template's)"),
                    "file_id", text("the file the notebook reads"))));
            case "kai-notebooks-run" -> jsonBody(false, object(props("parameters", PARAMETER_VALUES)));
            case "kai-notebooks-schedule-put" -> jsonBody(true, Map.of("type", "object",
                    "anyOf", List.of(Map.of("required", List.of("cron")), Map.of("required", List.of("expression"))),
                    "properties", props(
                            "cron", Map.of("type", "string", "example", "0 8 1 * *",
                                    "description", "five-field cron, cron(…) or rate(…)"),
                            "expression", text("the same as cron"),
                            "timezone", Map.of("type", "string", "default", "UTC", "example", "Europe/Berlin"),
                            "time_zone", text("the same as timezone"),
                            "parameters", PARAMETER_VALUES)));
            default -> null;
        };
    }

    /** The schema of {@code data} in a notebook function's success answer, or null for others. */
    static Map<String, Object> responseData(String function) {
        return switch (function) {
            case "kai-notebooks-create", "kai-notebooks-import", "kai-notebooks-from-template", "kai-notebooks-get",
                 "kai-notebooks-update" -> NOTEBOOK;
            case "kai-notebooks-list" -> arrayOf(NOTEBOOK);
            case "kai-notebooks-templates" -> arrayOf(object(props("id", STRING, "name", STRING, "description", STRING,
                    "parameters", arrayOf(OBJECT), "cells", Map.of("type", "integer", "description", "how many cells"))));
            case "kai-notebooks-run", "kai-notebooks-run-get" -> RUN;
            case "kai-notebooks-runs" -> arrayOf(RUN);
            case "kai-notebooks-report" -> Map.of("oneOf", List.of(REPORT_LINK, REPORT_MODEL),
                    "description", "format=html|pdf: a link to the rendered report; format=json: the report model");
            case "kai-notebooks-schedule-put", "kai-notebooks-schedule-get" -> SCHEDULE;
            case "kai-notebooks-delete", "kai-notebooks-schedule-delete" -> DELETED;
            default -> null;
        };
    }

    /** The success statuses of a notebook function other than 200, or null. */
    static List<String> successStatuses(String function) {
        return switch (function) {
            case "kai-notebooks-create", "kai-notebooks-import", "kai-notebooks-from-template",
                 "kai-notebooks-schedule-put" -> List.of("201");
            case "kai-notebooks-run" -> List.of("202");
            default -> null;
        };
    }

    /** The query parameters of a notebook function, or null. */
    static List<Map<String, Object>> queryParameters(String function) {
        return switch (function) {
            case "kai-notebooks-list" -> List.of(query("tag", STRING));
            case "kai-notebooks-get" -> List.of(query("format", Map.of("type", "string", "enum", List.of("json", "yaml"),
                    "default", "json")));
            case "kai-notebooks-runs" -> List.of(query("limit", Map.of("type", "integer", "minimum", 1, "maximum", 100,
                    "default", 20)));
            case "kai-notebooks-report" -> List.of(query("format", Map.of("type", "string",
                    "enum", List.of("html", "pdf", "json"), "default", "html")));
            default -> null;
        };
    }
}
