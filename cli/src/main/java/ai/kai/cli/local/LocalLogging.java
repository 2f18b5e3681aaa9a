package ai.kai.cli.local;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The in-process functions log each ingest at INFO through java.util.logging, as they do in CloudWatch. In a
 * terminal that is noise between the CLI's own lines: only warnings and errors are shown.
 */
public final class LocalLogging {
    private LocalLogging() {
    }

    public static void quiet() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }
}
