package ai.kai.notebook;

import java.time.Duration;
import java.time.Instant;

import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorInfo;

/**
 * A run never stays {@code running} forever: when its heartbeat (refreshed after every cell) is older than the
 * runner's time limit, no invocation is working on it any more and it is shown — and stored — as failed.
 */
final class RunLiveness {
    private RunLiveness() {
    }

    static boolean stale(NotebookRun run, Instant now, Duration staleAfter) {
        if (run.status().finished()) {
            return false;
        }
        String last = run.heartbeatAt() != null ? run.heartbeatAt() : run.createdAt();
        return Instant.parse(last).plus(staleAfter).isBefore(now);
    }

    static NotebookRun timedOut(NotebookRun run, Instant now, Duration staleAfter) {
        String what = run.status() == RunStatus.QUEUED ? "never started" : "stopped making progress";
        return run.finished(RunStatus.FAILED, ErrorInfo.of(ErrorCode.NOTEBOOK_RUN_TIMED_OUT, "the run " + what
                + " (no heartbeat for more than " + staleAfter.toSeconds() + " s, the runner's time limit); run it again"),
                null, now.toString());
    }
}
