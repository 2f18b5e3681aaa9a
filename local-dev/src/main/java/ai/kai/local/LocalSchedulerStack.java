package ai.kai.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The local stand-in for EventBridge Scheduler: the store of groups and schedules (on disk when the stack is
 * persistent), the API server the functions' {@code SchedulerClient} talks to, and the scheduler that fires the
 * schedules into the catalog's functions. Sets the settings the functions read, as CDK does in AWS.
 */
final class LocalSchedulerStack implements AutoCloseable {
    /** The group every KAI schedule lives in, created at start like the CDK stack creates it. */
    static final String GROUP = "kai-schedules";
    /** What the notebook schedules invoke: the notebook-run function's alias. */
    static final String RUNNER = "kai-notebooks-runner";
    static final Duration TICK = Duration.ofSeconds(1);

    private final SchedulerApiServer api;
    private final LocalScheduler scheduler;
    private final String region;

    private LocalSchedulerStack(SchedulerApiServer api, LocalScheduler scheduler, String region) {
        this.api = api;
        this.scheduler = scheduler;
        this.region = region;
    }

    static LocalSchedulerStack start(Path dataDir, boolean persistent, Map<String, FunctionInvoker> functions, Clock clock,
                                     String region) throws IOException {
        LocalScheduleStore store = persistent ? LocalScheduleStore.persistent(dataDir.resolve("scheduler"))
                : LocalScheduleStore.inMemory();
        store.createGroup(GROUP);
        LocalScheduler scheduler = new LocalScheduler(store, functions, clock);
        SchedulerApiServer api = SchedulerApiServer.start(store, clock, region);
        scheduler.startTicking(TICK);
        return new LocalSchedulerStack(api, scheduler, region);
    }

    LocalScheduler scheduler() {
        return scheduler;
    }

    String endpoint() {
        return api.endpoint();
    }

    /** What CDK gives the functions that manage schedules, pointing at this scheduler. */
    void configureFunctions() {
        String account = LocalScheduler.ACCOUNT;
        System.setProperty("kai.scheduler.endpoint", api.endpoint());
        System.setProperty("kai.schedule.group", GROUP);
        System.setProperty("kai.scheduler.target.arn", "arn:aws:lambda:" + region + ":" + account + ":function:" + RUNNER + ":live");
        System.setProperty("kai.scheduler.role.arn", "arn:aws:iam::" + account + ":role/kai-local-scheduler");
        System.setProperty("kai.scheduler.dlq.arn", "arn:aws:sqs:" + region + ":" + account + ":kai-local-schedule-dead-letters");
    }

    @Override
    public void close() {
        scheduler.close();
        api.close();
    }
}
