package ai.kai.cli.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.output.Terminal;
import ai.kai.local.LocalStack;
import ai.kai.local.LocalStackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kai local up}: the local stack in the foreground until Ctrl-C. */
@Command(name = "up", description = {"Start the local stack in the foreground (Ctrl-C stops it): the API gateway, "
        + "storage (s3proxy) with ingest on upload, and DynamoDB Local.",
    "Then, in another terminal: kai file upload sales.csv"})
public final class LocalUpCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "" + LocalStackOptions.DEFAULT_PORT,
            description = "The gateway's port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where files, metadata and the signing key live (default $KAI_HOME/local or ~/.kai/local).")
    Path dataDir;

    @Option(names = "--in-memory", description = "Keep metadata in memory only: it is gone when the stack stops.")
    boolean inMemory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw CliException.usage("--port must be between 0 and 65535");
        }
        Terminal terminal = Terminal.detect(spec.commandLine().getOut(), spec.commandLine().getErr());
        Path dir = dataDir != null ? dataDir : LocalStackOptions.defaultDataDir();
        LocalLogging.quiet();
        terminal.info("starting the local stack (data in " + dir.toAbsolutePath() + ")…");
        LocalStack stack = start(new LocalStackOptions(port, dir, !inMemory));
        Thread stopOnExit = new Thread(() -> {
            terminal.info("stopping the local stack…");
            stack.close();
        }, "kai-local-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            terminal.println("KAI local stack ready at " + stack.endpoint());
            terminal.info("tokens: kai local token --tenant NAME (without --token, kai uses tenant 'dev'); Ctrl-C stops");
            stack.awaitTermination();
        } catch (InterruptedException stopRequested) {
            Thread.currentThread().interrupt();
        } finally {
            stack.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Starts the stack; a failure (port in use, unwritable data dir) is one line and exit code 1. DynamoDB Local
     * prints a start-up banner to {@code System.out}; stdout belongs to the CLI's results, so it is dropped.
     */
    public static LocalStack start(LocalStackOptions options) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return LocalStack.start(options);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new CliException(ExitCodes.FAILURE, "could not start the local stack: " + reason, e);
        } finally {
            System.setOut(stdout);
        }
    }
}
