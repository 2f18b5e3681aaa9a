package ai.kai.analytics;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.stats.Alternative;
import ai.kai.stats.CorrelationMethod;
import ai.kai.stats.TestRequest;

/**
 * A statistics request as the API receives it:
 * {@code {"test_type", "file_id" | "data", "value_column", "group_column", "groups": [A, B], "alpha", "row_column",
 * "column_column", "columns": [...], "method", "by", "mu", "alternative"}}. Which fields a test needs is checked
 * here, before any data is read.
 *
 * @param groups the groups to compare, in this order (for two groups the difference is the first minus the
 *               second); empty: every group, in order of first appearance
 * @param columns describe: the columns to describe (empty: every numeric one); correlation: two or more columns;
 *                paired: two columns measured on the same rows
 */
public record StatisticsCall(DataSource source, StatisticsTestKind test, String valueColumn, String groupColumn,
                             List<String> groups, double alpha, String rowColumn, String columnColumn,
                             List<String> columns, CorrelationMethod method, String by, double mu,
                             Alternative alternative) {

    public StatisticsCall {
        groups = List.copyOf(groups);
        columns = List.copyOf(columns);
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'alpha' must be between 0 and 0.5, e.g. 0.05; got " + alpha);
        }
        requireFields(test, valueColumn, groupColumn, groups, rowColumn, columnColumn, columns);
    }

    public static StatisticsCall from(JsonNode body) {
        StatisticsTestKind test = StatisticsTestKind.parse(Fields.text(body, "test_type"));
        DataSource source = DataSource.from(body);
        String method = Fields.text(body, "method");
        if (method != null && test != StatisticsTestKind.CORRELATION) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'method' chooses the correlation method; for "
                    + test.wire() + " name the test in 'test_type' instead");
        }
        return new StatisticsCall(source, test, Fields.text(body, "value_column"), Fields.text(body, "group_column"),
                Fields.texts(body, "groups"), Fields.number(body, "alpha", TestRequest.DEFAULT_ALPHA),
                Fields.text(body, "row_column"), Fields.text(body, "column_column"), Fields.texts(body, "columns"),
                CorrelationMethod.parse(method), Fields.text(body, "by"), Fields.number(body, "mu", 0.0),
                Alternative.parse(Fields.text(body, "alternative")));
    }

    private static void requireFields(StatisticsTestKind test, String value, String group, List<String> groups, String row,
                                      String column, List<String> columns) {
        switch (test) {
            case DESCRIBE -> {
            }
            case CORRELATION -> {
                if (columns.size() < 2) {
                    throw missing("'columns' with at least two numeric columns is required for a correlation");
                }
            }
            case CHI_SQUARE, FISHER -> {
                if (row == null || column == null) {
                    throw missing("'row_column' and 'column_column' (two categorical columns) are required for "
                            + test.wire());
                }
            }
            case ONE_SAMPLE -> require(value, "value_column", test);
            case PAIRED -> {
                if (columns.size() != 2) {
                    require(value, "value_column", test);
                    require(group, "group_column", test);
                }
            }
            default -> {
                if (test.isTwoSample() && group == null && columns.size() == 2) {
                    return;
                }
                require(value, "value_column", test);
                require(group, "group_column", test);
            }
        }
        if (test.isTwoSample() && !groups.isEmpty() && groups.size() != 2) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, test.wire() + " compares two groups; 'groups' names "
                    + groups.size() + " (" + String.join(", ", groups) + ")");
        }
    }

    private static void require(String field, String name, StatisticsTestKind test) {
        if (field == null) {
            throw missing("'" + name + "' is required for " + test.wire());
        }
    }

    private static KaiException missing(String message) {
        return new KaiException(ErrorCode.MISSING_FIELD, message);
    }
}
