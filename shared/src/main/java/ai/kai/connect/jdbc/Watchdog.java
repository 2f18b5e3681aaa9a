package ai.kai.connect.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels a statement that outlives its timeout, for drivers whose own timeout is missing or coarse (SQLite's
 * {@code cancel()} interrupts the running statement; for servers it is a backstop behind the server's own
 * statement timeout). One daemon thread for the process.
 */
final class Watchdog {
    private static final long GRACE_MS = 500;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kai-connect-watchdog");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    static Ticket start(Duration timeout) {
        return new Ticket(timeout.toMillis() + GRACE_MS);
    }

    /** One statement's deadline; {@link #fired()} tells whether it had to cancel. */
    static final class Ticket implements AutoCloseable {
        private final long delayMs;
        private final AtomicBoolean fired = new AtomicBoolean();
        private ScheduledFuture<?> pending;

        private Ticket(long delayMs) {
            this.delayMs = delayMs;
        }

        synchronized void watch(Statement statement) {
            if (pending != null) {
                pending.cancel(false);
            }
            pending = TIMER.schedule(() -> {
                fired.set(true);
                try {
                    statement.cancel();
                } catch (SQLException | RuntimeException ignored) {
                    // already finished or closed
                }
            }, delayMs, TimeUnit.MILLISECONDS);
        }

        boolean fired() {
            return fired.get();
        }

        @Override
        public synchronized void close() {
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
