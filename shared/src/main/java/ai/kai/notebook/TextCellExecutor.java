package ai.kai.notebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A text cell: Markdown whose {@code {{param}}} and {@code {{cell.…}}} references are replaced by values. For a
 * table, {@code {{cell}}} or {@code {{cell.value}}} is the first row's first value, {@code {{cell.column}}} the first
 * row's value of that column, {@code {{cell.row_count}}} the number of rows; for an analysis, the path names a field
 * of its result ({@code {{test.p_value}}}). Numbers are shown with at most four decimals.
 */
final class TextCellExecutor implements CellExecutor {

    @Override
    public CellOutput run(Cell cell, RunContext context) {
        Matcher m = TextReferences.REFERENCE.matcher(cell.text());
        StringBuilder out = new StringBuilder();
        for (TextReferences.Reference ref : TextReferences.of(cell.text())) {
            m.find();
            m.appendReplacement(out, Matcher.quoteReplacement(value(ref, context)));
        }
        m.appendTail(out);
        return new CellOutput.Markdown(out.toString());
    }

    private static String value(TextReferences.Reference ref, RunContext context) {
        if (ref.path().isEmpty() && context.parameters().containsKey(ref.head())) {
            return ParameterValues.text(context.parameters().get(ref.head()));
        }
        CellOutput output = context.outputs().get(ref.head());
        return switch (output) {
            case CellOutput.Rows rows -> fromRows(ref, rows);
            case CellOutput.Result result -> fromJson(ref, result.value());
            case CellOutput.Markdown markdown -> markdown.text();
            case CellOutput.Chart chart -> chart.title() == null ? "" : chart.title();
            case null -> throw unresolved(ref, "cell '" + ref.head() + "' has no result");
        };
    }

    private static String fromRows(TextReferences.Reference ref, CellOutput.Rows rows) {
        String field = ref.path().isEmpty() ? "value" : ref.path().get(0);
        if (field.equals("row_count")) {
            return Integer.toString(rows.rows().size());
        }
        if (rows.rows().isEmpty()) {
            throw unresolved(ref, "cell '" + ref.head() + "' returned no rows");
        }
        List<Object> first = rows.rows().get(0);
        if (field.equals("value")) {
            return shown(first.get(0));
        }
        for (int i = 0; i < rows.columns().size(); i++) {
            if (rows.columns().get(i).equalsIgnoreCase(field)) {
                return shown(first.get(i));
            }
        }
        throw unresolved(ref, "cell '" + ref.head() + "' has no column '" + field + "'; its columns: "
                + String.join(", ", rows.columns()));
    }

    private static String fromJson(TextReferences.Reference ref, JsonNode value) {
        JsonNode node = value;
        for (String part : ref.path()) {
            node = node.isArray() && part.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(part))
                    : node.path(part);
        }
        if (node.isMissingNode()) {
            throw unresolved(ref, "the result of cell '" + ref.head() + "' has no field " + String.join(".", ref.path()));
        }
        if (node.isNumber()) {
            return shown(node.decimalValue());
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static String shown(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(value.toString()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        return String.valueOf(value);
    }

    private static KaiException unresolved(TextReferences.Reference ref, String why) {
        return new KaiException(ErrorCode.NOTEBOOK_UNKNOWN_REFERENCE, ref.raw() + " cannot be filled in: " + why);
    }
}
