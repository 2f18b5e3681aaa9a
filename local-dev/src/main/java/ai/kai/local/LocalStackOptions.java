package ai.kai.local;

import java.nio.file.Path;

/**
 * How to start the local stack: the gateway port (0 picks a free one), where its data lives, and whether it
 * survives a restart (DynamoDB Local on disk under the data dir) or lives in memory (tests).
 */
public record LocalStackOptions(int port, Path dataDir, boolean persistent) {
    public static final int DEFAULT_PORT = 8787;

    public static Path defaultDataDir() {
        String home = System.getenv("KAI_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "local") : Path.of(System.getProperty("user.home"), ".kai", "local");
    }
}
