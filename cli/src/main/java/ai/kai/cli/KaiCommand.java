package ai.kai.cli;

import java.io.PrintWriter;

import ai.kai.cli.demo.DemoCommand;
import ai.kai.cli.file.FileCommand;
import ai.kai.cli.local.LocalCommand;
import ai.kai.cli.output.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code kai}: the KAI Analytics command line. Talks HTTPS to a deployed API or to the local stack; starts the
 * local stack in-process for {@code kai local up} and {@code kai demo}.
 */
@Command(name = "kai", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = KaiCommand.Version.class,
        description = {"KAI Analytics: upload data files and query them with SQL, on AWS or on this machine.", "",
            "  kai demo                    a local stack, a sample upload, queries, stop",
            "  kai local up                run the local stack at http://127.0.0.1:8787",
            "  kai file upload sales.csv   upload, wait for ingest, print the file_id",
            "  kai file query sales.csv \"SELECT region, SUM(revenue) FROM data GROUP BY ALL\"", ""},
        subcommands = {FileCommand.class, ai.kai.cli.profile.ProfileCommand.class, ai.kai.cli.connection.ConnectionCommand.class, ai.kai.cli.query.QueryCommand.class, ai.kai.cli.visualize.VisualizeCommand.class, ai.kai.cli.stats.StatsCommand.class,
                ai.kai.cli.forecast.ForecastCommand.class, LocalCommand.class, DemoCommand.class,
                ai.kai.cli.knowledge.MemoryCommand.class, ai.kai.cli.knowledge.SkillCommand.class, ai.kai.cli.knowledge.MdlCommand.class,
                ai.kai.cli.agent.RunCommand.class, ai.kai.cli.agent.InteractiveCommand.class,
                ai.kai.cli.notebook.NotebookCommand.class,
                CommandLine.HelpCommand.class})
public final class KaiCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: file, profile, stats, forecast, local, demo or help");
    }

    public static void main(String[] args) {
        int code = newCommandLine().execute(args);
        System.out.flush();
        System.exit(code);
    }

    /** The configured command line: exit codes mapped, the exit code table in every help footer. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new KaiCommand());
        commandLine.setExecutionExceptionHandler(KaiCommand::handle);
        commandLine.setUsageHelpWidth(Math.max(80, Math.min(120, Terminal.width(System.getenv("COLUMNS")))));
        commandLine.getCommandSpec().usageMessage().footer(ExitCodes.FOOTER);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            addShortFooter(sub);
        }
        return commandLine;
    }

    private static void addShortFooter(CommandLine command) {
        command.getCommandSpec().usageMessage().footer("",
                "Exit codes: 0 ok, 1 local failure, 2 usage, 3 API refused (4xx),",
                "4 API failed (5xx), 5 cannot connect, 6 ingest failed, 7 ingest wait",
                "timed out. Details: kai --help");
        for (CommandLine sub : command.getSubcommands().values()) {
            addShortFooter(sub);
        }
    }

    /** A {@link CliException} is one line on stderr and its exit code; anything else is a bug, reported as exit 1. */
    static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CliException cli) {
            err.println("kai: " + cli.getMessage());
            debug(err, e);
            err.flush();
            return cli.exitCode();
        }
        err.println("kai: unexpected error: " + e + (debugging() ? "" : " (set KAI_DEBUG=1 for details)"));
        debug(err, e);
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static void debug(PrintWriter err, Exception e) {
        if (debugging()) {
            e.printStackTrace(err);
        }
    }

    private static boolean debugging() {
        String value = System.getenv("KAI_DEBUG");
        return value != null && !value.isBlank() && !value.equals("0");
    }

    /** {@code kai --version}: the build's version and the Java running it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KaiCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kai " + (version == null ? "development build" : version)
                    + " (Java " + Runtime.version() + ")"};
        }
    }
}
