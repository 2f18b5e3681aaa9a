package ai.kai.notebook;

import ai.kai.error.ErrorInfo;

/**
 * One cell of a run: status, when it started, how long it took, why it failed or was skipped, a bounded preview of
 * its output, and the object key of the whole output.
 */
public record CellRun(String cellId, CellType type, String title, CellStatus status, String startedAt, Long durationMs,
                      ErrorInfo error, String skipReason, CellOutput preview, String outputKey) {

    public static CellRun pending(Cell cell) {
        return new CellRun(cell.id(), cell.type(), cell.heading(), CellStatus.PENDING, null, null, null, null, null, null);
    }

    public CellRun running(String now) {
        return new CellRun(cellId, type, title, CellStatus.RUNNING, now, null, null, null, null, null);
    }

    public CellRun succeeded(long ms, CellOutput output, String key) {
        return new CellRun(cellId, type, title, CellStatus.SUCCESS, startedAt, ms, null, null, output.preview(), key);
    }

    public CellRun failed(long ms, ErrorInfo why) {
        return new CellRun(cellId, type, title, CellStatus.FAILED, startedAt, ms, why, null, null, null);
    }

    public CellRun skipped(String reason) {
        return new CellRun(cellId, type, title, CellStatus.SKIPPED, startedAt, null, null, reason, null, null);
    }
}
