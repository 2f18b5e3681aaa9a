package ai.kai.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.kai.schedule.ScheduleExpression;
import ai.kai.schedule.ScheduledRunEvent;

/**
 * Fires the schedules of the local EventBridge Scheduler: each due schedule invokes its target catalog function
 * with its input, {@code <aws.scheduler.scheduled-time>} replaced by the fire time. Behaves like EventBridge: one
 * invocation per fire time; a fire missed by more than {@link #MISFIRE_WINDOW} (the stack was down, the clock
 * jumped) is skipped, not caught up, and the schedule goes on with its next future fire. Time comes from the
 * given {@link Clock}; {@link #tick()} is what the background ticker calls and what tests call after moving a
 * {@link ManualClock}.
 */
public final class LocalScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalScheduler.class.getName());
    static final String ACCOUNT = "000000000000";
    /** EventBridge Scheduler invokes within the minute of the fire time. */
    static final Duration MISFIRE_WINDOW = Duration.ofSeconds(60);

    private final LocalScheduleStore store;
    private final Map<String, FunctionInvoker> functions;
    private final Clock clock;
    private final Map<String, Instant> nextFires = new HashMap<>();
    private final ExecutorService invocations = Executors.newFixedThreadPool(2, daemon("kai-scheduled-run"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("kai-scheduler"));
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger fired = new AtomicInteger();

    LocalScheduler(LocalScheduleStore store, Map<String, FunctionInvoker> functions, Clock clock) {
        this.store = store;
        this.functions = Map.copyOf(functions);
        this.clock = clock;
        store.onChange(this::reschedule);
        store.all().forEach(s -> reschedule(s.key())); // after a restart: next future fire only
    }

    /** Ticks every {@code period} in the background (the local stack's normal mode). */
    void startTicking(Duration period) {
        ticker.scheduleAtFixedRate(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "local scheduler tick failed", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Fires every schedule that is due at the clock's now; returns how many invocations it started. */
    public synchronized int tick() {
        Instant now = clock.instant();
        int started = 0;
        for (LocalSchedule schedule : store.all()) {
            Instant due = nextFires.get(schedule.key());
            if (due == null || due.isAfter(now)) {
                continue;
            }
            if (Duration.between(due, now).compareTo(MISFIRE_WINDOW) <= 0 && schedule.enabled()) {
                invoke(schedule, due);
                started++;
            } else {
                LOG.info(() -> "schedule " + schedule.key() + " missed its fire at " + due + "; skipped like EventBridge");
            }
            nextFire(schedule, now).ifPresentOrElse(next -> nextFires.put(schedule.key(), next),
                    () -> nextFires.remove(schedule.key()));
        }
        return started;
    }

    /** How many invocations this scheduler has started since it was created. */
    public int firedCount() {
        return fired.get();
    }

    /** Waits until every started invocation has returned (tests and demos). */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** When the schedule fires next, from now on (the stack just started, or the schedule was created or replaced). */
    public synchronized Optional<Instant> nextFire(String group, String name) {
        return Optional.ofNullable(nextFires.get(LocalSchedule.key(group, name)));
    }

    private synchronized void reschedule(String key) {
        Instant now = clock.instant();
        Optional<LocalSchedule> schedule = store.all().stream().filter(s -> s.key().equals(key)).findFirst();
        Optional<Instant> next = schedule.flatMap(s -> nextFire(s, now));
        next.ifPresentOrElse(n -> nextFires.put(key, n), () -> nextFires.remove(key));
    }

    private static Optional<Instant> nextFire(LocalSchedule s, Instant after) {
        Instant start = s.startDate() != null ? Instant.parse(s.startDate()) : Instant.parse(s.createdAt());
        return ScheduleExpression.parse(s.expression()).nextAfter(after, ZoneId.of(s.timeZone()), start);
    }

    private void invoke(LocalSchedule schedule, Instant scheduledTime) {
        FunctionInvoker target = functions.get(functionName(schedule.targetArn()));
        if (target == null) {
            LOG.warning(() -> "schedule " + schedule.key() + " targets " + schedule.targetArn()
                    + ", which is not a function of this stack; nothing invoked");
            return;
        }
        String input = (schedule.input() == null ? "{}" : schedule.input())
                .replace(ScheduledRunEvent.SCHEDULED_TIME_PLACEHOLDER, scheduledTime.toString())
                .replace("<aws.scheduler.schedule-arn>", schedule.arn(LocalStack.REGION))
                .replace("<aws.scheduler.execution-id>", UUID.randomUUID().toString())
                .replace("<aws.scheduler.attempt-number>", "1");
        inFlight.incrementAndGet();
        fired.incrementAndGet();
        invocations.submit(() -> {
            try {
                target.invoke(input, new LocalContext(target.spec()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, target.spec().name() + " failed on schedule " + schedule.key() + " at " + scheduledTime, e);
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /** {@code arn:aws:lambda:region:account:function:NAME[:alias]} → {@code NAME}. */
    static String functionName(String arn) {
        String[] parts = arn.split(":");
        return parts.length >= 7 && parts[5].equals("function") ? parts[6] : arn;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        invocations.shutdown();
        try {
            invocations.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
