package ai.kai.schedule;

import java.util.Optional;

import ai.kai.tenancy.TenantId;

/**
 * Port to the schedules that run notebooks (DESIGN §1): EventBridge Scheduler in AWS, the local stack's scheduler
 * on one machine. One schedule per notebook; it invokes the notebook-run function with a
 * {@link ScheduledRunEvent}. Every operation takes the tenant: a schedule is never reachable from another tenant.
 */
public interface Schedules {
    /** Creates or replaces the notebook's schedule; refuses an invalid expression or time zone with a 4xx code. */
    ScheduleInfo put(TenantId tenant, ScheduleRequest request);

    Optional<ScheduleInfo> get(TenantId tenant, String notebookId);

    /** Deletes the notebook's schedule; false if it had none. */
    boolean delete(TenantId tenant, String notebookId);
}
