package ai.kai.local;

/**
 * One schedule as the local EventBridge Scheduler keeps it: what CreateSchedule/UpdateSchedule received. Times
 * are ISO-8601 text (null when absent); the target is the invoked function's ARN, its input, role and DLQ.
 */
record LocalSchedule(String group, String name, String description, String expression, String timeZone,
                     String startDate, String state, String targetArn, String roleArn, String input,
                     String deadLetterArn, String createdAt, String modifiedAt) {

    String key() {
        return key(group, name);
    }

    static String key(String group, String name) {
        return group + "/" + name;
    }

    boolean enabled() {
        return !"DISABLED".equals(state);
    }

    String arn(String region) {
        return "arn:aws:scheduler:" + region + ":" + LocalScheduler.ACCOUNT + ":schedule/" + group + "/" + name;
    }
}
