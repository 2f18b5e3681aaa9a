package ai.kai.schedule;

/**
 * The {@link Schedules} adapter for EventBridge Scheduler (AWS SDK v2); on the local stack the same client talks
 * to the local scheduler's endpoint. Placeholder signature: its body arrives with the scheduling branch.
 */
public final class EventBridgeSchedules {
    private EventBridgeSchedules() {
    }

    /** Configured from the environment the function runs in (CDK sets it; the local stack sets JVM properties). */
    public static Schedules fromEnvironment() {
        throw new UnsupportedOperationException("EventBridge schedules arrive with feature/scheduling");
    }
}
