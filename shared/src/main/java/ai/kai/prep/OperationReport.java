package ai.kai.prep;

import java.util.List;

/**
 * What one cleaning step did: rows before and after, values it changed, columns it removed or added, and for
 * conversions the values that did not convert (how many, and a sample with their row numbers).
 */
public record OperationReport(
        String op,
        long rowsBefore,
        long rowsAfter,
        long valuesChanged,
        List<String> columnsDropped,
        long failedConversions,
        List<FailedValue> failureSample,
        String summary) {

    /** A value that could not be converted, with its 1-based row number in the input of the step. */
    public record FailedValue(long row, String value) {
    }
}
