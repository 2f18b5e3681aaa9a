package ai.kai.cli.output;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command writes and what that place can show: stdout for results, stderr for progress and messages;
 * colour and redrawn progress bars only when the stream is a terminal. {@code ./kai} tells the JVM which streams
 * are terminals ({@code -Dkai.tty.out}, {@code -Dkai.tty.err}): Java cannot ask about stderr itself.
 */
public final class Terminal {
    public static final int DEFAULT_WIDTH = 100;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean outTty;
    private final boolean errTty;
    private final boolean colourAllowed;
    private final int width;

    /** {@code colourAllowed}: the environment does not forbid colour (NO_COLOR, TERM=dumb); TTYs still decide. */
    public Terminal(PrintWriter out, PrintWriter err, boolean outTty, boolean errTty, boolean colourAllowed, int width) {
        this.out = out;
        this.err = err;
        this.outTty = outTty;
        this.errTty = errTty;
        this.colourAllowed = colourAllowed;
        this.width = width;
    }

    /** A terminal that is none: plain text, no progress redraws, the default width (tests, pipes). */
    public static Terminal plain(PrintWriter out, PrintWriter err) {
        return new Terminal(out, err, false, false, false, DEFAULT_WIDTH);
    }

    /** A terminal for these writers, with TTY facts from the launcher's properties and width from COLUMNS. */
    public static Terminal detect(PrintWriter out, PrintWriter err) {
        return detect(out, err, System.getenv());
    }

    static Terminal detect(PrintWriter out, PrintWriter err, Map<String, String> env) {
        boolean outTty = ttyProperty("kai.tty.out");
        boolean errTty = ttyProperty("kai.tty.err");
        boolean colour = env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
        return new Terminal(out, err, outTty, errTty, colour, width(env.get("COLUMNS")));
    }

    public static int width(String columns) {
        if (columns != null) {
            try {
                int n = Integer.parseInt(columns.strip());
                if (n >= 20) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        return DEFAULT_WIDTH;
    }

    private static boolean ttyProperty(String name) {
        return Boolean.parseBoolean(System.getProperty(name, "false"));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean stdoutIsTty() {
        return outTty;
    }

    public boolean stderrIsTty() {
        return errTty;
    }

    public int width() {
        return width;
    }

    public Style style() {
        return colourAllowed && outTty ? Style.ANSI : Style.PLAIN;
    }

    /** Styling for stderr: coloured only if stderr itself is a terminal. */
    public Style errStyle() {
        return colourAllowed && errTty ? Style.ANSI : Style.PLAIN;
    }

    /** One line of information on stderr (never mixed into results on stdout). */
    public void info(String line) {
        err.println(line);
        err.flush();
    }

    public void println(String line) {
        out.println(line);
        out.flush();
    }
}
