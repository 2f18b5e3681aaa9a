package ai.kai.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Reads cleaning steps from a request body: {@code [{"op": "fill_missing", "columns": [...], "strategy": "median"}, …]}. */
public final class CleaningOperations {
    static final List<String> NAMES = List.of("drop_missing_rows", "drop_columns", "drop_sparse_columns", "fill_missing",
            "convert_type", "deduplicate", "trim_whitespace", "rename_column");

    private CleaningOperations() {
    }

    public static List<CleaningOperation> parse(JsonNode operations) {
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw invalid("'operations' must be a non-empty list, e.g. [{\"op\": \"deduplicate\"}]; operations: " + NAMES);
        }
        List<CleaningOperation> out = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            out.add(parseOne(operations.get(i), i + 1));
        }
        return out;
    }

    private static CleaningOperation parseOne(JsonNode node, int position) {
        String op = node.path("op").asText("");
        String where = "operation " + position + " (" + (op.isEmpty() ? "no 'op'" : op) + "): ";
        return switch (op) {
            case "drop_missing_rows" -> new CleaningOperation.DropMissingRows(columns(node, where, false),
                    "all".equals(node.path("how").asText("any")));
            case "drop_columns" -> new CleaningOperation.DropColumns(columns(node, where, true));
            case "drop_sparse_columns" -> {
                double t = node.path("threshold").asDouble(0.5);
                if (t < 0 || t > 1) {
                    throw invalid(where + "'threshold' is a share between 0 and 1");
                }
                yield new CleaningOperation.DropSparseColumns(t);
            }
            case "fill_missing" -> {
                CleaningOperation.FillStrategy strategy = enumValue(CleaningOperation.FillStrategy.class,
                        node.path("strategy").asText(""), where + "'strategy'");
                String value = node.hasNonNull("value") ? node.get("value").asText() : null;
                if (strategy == CleaningOperation.FillStrategy.CONSTANT && value == null) {
                    throw invalid(where + "strategy 'constant' needs a 'value'");
                }
                yield new CleaningOperation.FillMissing(columns(node, where, false), strategy, value);
            }
            case "convert_type" -> new CleaningOperation.ConvertType(text(node, "column", where),
                    enumValue(CleaningOperation.TargetType.class, node.path("to").asText(""), where + "'to'"),
                    node.hasNonNull("format") ? node.get("format").asText() : null,
                    "fail".equals(node.path("on_error").asText("null")));
            case "deduplicate" -> new CleaningOperation.Deduplicate(columns(node, where, false),
                    "last".equals(node.path("keep").asText("first")));
            case "trim_whitespace" -> new CleaningOperation.TrimWhitespace(columns(node, where, false));
            case "rename_column" -> new CleaningOperation.RenameColumn(text(node, "from", where), text(node, "to", where));
            default -> throw invalid(where + "unknown operation; use one of " + NAMES);
        };
    }

    private static List<String> columns(JsonNode node, String where, boolean required) {
        JsonNode columns = node.get("columns");
        if (columns == null || columns.isNull()) {
            if (required) {
                throw invalid(where + "'columns' is required");
            }
            return List.of();
        }
        if (!columns.isArray()) {
            throw invalid(where + "'columns' must be a list of column names");
        }
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.asText()));
        if (required && names.isEmpty()) {
            throw invalid(where + "'columns' must name at least one column");
        }
        return names;
    }

    private static String text(JsonNode node, String field, String where) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw invalid(where + "'" + field + "' is required");
        }
        return node.get(field).asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> options = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                options.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw invalid(what + " must be one of " + options + " (got \"" + value + "\")");
        }
    }

    private static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_CLEANING_OPERATION, message);
    }
}
