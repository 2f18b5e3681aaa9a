package ai.kai.schedule;

import java.util.Optional;
import java.util.function.Function;

import ai.kai.config.KaiConfig;

/**
 * Where schedules go and what they invoke, from the function's environment (CDK sets these; the local stack
 * sets them as JVM properties): the schedule group, the notebook-run function's alias ARN, the role EventBridge
 * Scheduler assumes to invoke it, the dead-letter queue, and an endpoint override for the local scheduler.
 */
public record SchedulerSettings(String group, String targetArn, String roleArn, Optional<String> deadLetterArn,
                                Optional<String> endpoint, String region) {
    public static final String GROUP = "KAI_SCHEDULE_GROUP";
    public static final String TARGET_ARN = "KAI_SCHEDULER_TARGET_ARN";
    public static final String ROLE_ARN = "KAI_SCHEDULER_ROLE_ARN";
    public static final String DLQ_ARN = "KAI_SCHEDULER_DLQ_ARN";
    public static final String ENDPOINT = "KAI_SCHEDULER_ENDPOINT";

    public static SchedulerSettings fromEnvironment() {
        return from(KaiConfig::setting);
    }

    static SchedulerSettings from(Function<String, Optional<String>> settings) {
        return new SchedulerSettings(
                settings.apply(GROUP).orElse("default"),
                settings.apply(TARGET_ARN).orElseThrow(() -> missing(TARGET_ARN)),
                settings.apply(ROLE_ARN).orElseThrow(() -> missing(ROLE_ARN)),
                settings.apply(DLQ_ARN),
                settings.apply(ENDPOINT),
                settings.apply("AWS_REGION").orElse("us-east-1"));
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException(name + " is not set: the stack gives it to every function that manages schedules");
    }
}
