package ai.kai.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorInfo;

/**
 * One execution of a notebook ({@code SK = RUN#notebook#run}): what started it ({@code manual} or {@code schedule}),
 * the parameter values it ran with (as text), its status and per-cell progress, a heartbeat the runner refreshes
 * after every cell (a run whose heartbeat is older than the runner's timeout is shown as failed), and how many
 * invocations it took (a long run continues in a new invocation).
 */
public record NotebookRun(String runId, String notebookId, String notebookName, String trigger, RunStatus status,
                          Map<String, String> parameters, String scheduledTime, String createdAt, String startedAt,
                          String finishedAt, String heartbeatAt, ErrorInfo error, String skipReason, int invocations,
                          List<CellRun> cells) {
    public NotebookRun {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public NotebookRun withCell(CellRun cell, String now) {
        List<CellRun> next = new ArrayList<>(cells);
        next.replaceAll(c -> c.cellId().equals(cell.cellId()) ? cell : c);
        return new NotebookRun(runId, notebookId, notebookName, trigger, status, parameters, scheduledTime, createdAt,
                startedAt, finishedAt, now, error, skipReason, invocations, next);
    }

    public NotebookRun started(String now) {
        return new NotebookRun(runId, notebookId, notebookName, trigger, RunStatus.RUNNING, parameters, scheduledTime,
                createdAt, startedAt == null ? now : startedAt, null, now, null, null, invocations + 1, cells);
    }

    public NotebookRun finished(RunStatus outcome, ErrorInfo why, String reason, String now) {
        return new NotebookRun(runId, notebookId, notebookName, trigger, outcome, parameters, scheduledTime, createdAt,
                startedAt, now, now, why, reason, invocations, cells);
    }

    public java.util.Optional<CellRun> cell(String cellId) {
        return cells.stream().filter(c -> c.cellId().equals(cellId)).findFirst();
    }
}
