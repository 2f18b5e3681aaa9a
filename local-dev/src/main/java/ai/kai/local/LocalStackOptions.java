package ai.kai.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import ai.kai.functions.catalog.FunctionSpec;

/**
 * How to start the local stack: the gateway port (0 picks a free one), where its data lives, and whether it
 * survives a restart (DynamoDB Local and the schedules on disk under the data dir) or lives in memory (tests).
 * Tests may also give the local scheduler a clock they control and add functions to the catalog.
 */
public record LocalStackOptions(int port, Path dataDir, boolean persistent, Clock clock, List<FunctionSpec> extraFunctions) {
    public static final int DEFAULT_PORT = 8787;

    public LocalStackOptions {
        extraFunctions = List.copyOf(extraFunctions);
    }

    public LocalStackOptions(int port, Path dataDir, boolean persistent) {
        this(port, dataDir, persistent, Clock.systemUTC(), List.of());
    }

    /** The same stack whose scheduler reads this clock (e.g. a {@link ManualClock}). */
    public LocalStackOptions withClock(Clock schedulerClock) {
        return new LocalStackOptions(port, dataDir, persistent, schedulerClock, extraFunctions);
    }

    /** The same stack with these functions beside the catalog's (test handlers). */
    public LocalStackOptions withFunctions(List<FunctionSpec> functions) {
        return new LocalStackOptions(port, dataDir, persistent, clock, functions);
    }

    public static Path defaultDataDir() {
        String home = System.getenv("KAI_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "local") : Path.of(System.getProperty("user.home"), ".kai", "local");
    }
}
