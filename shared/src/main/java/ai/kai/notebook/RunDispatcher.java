package ai.kai.notebook;

import ai.kai.schedule.ScheduledRunEvent;

/**
 * Hands a run to the notebook-run function without waiting for it: Lambda {@code Invoke} with
 * {@code InvocationType.EVENT} in AWS and on the local stack (its Lambda-compatible endpoint), the same code path.
 */
public interface RunDispatcher {
    void dispatch(ScheduledRunEvent event);
}
