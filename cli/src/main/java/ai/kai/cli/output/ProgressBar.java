package ai.kai.cli.output;

import java.util.Locale;

/**
 * Progress of long work on stderr. On a terminal: one line redrawn in place (a bar when the total is known, a
 * spinner otherwise). Elsewhere (pipes, CI logs, tests): a few plain lines — the start, each quarter, the end.
 */
public final class ProgressBar {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private final Terminal terminal;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int frame;
    private int lastQuarter = -1;
    private boolean finished;

    private ProgressBar(Terminal terminal, String label, long total) {
        this.terminal = terminal;
        this.label = label;
        this.total = total;
    }

    /** A bar over a known number of bytes. */
    public static ProgressBar bytes(Terminal terminal, String label, long total) {
        ProgressBar bar = new ProgressBar(terminal, label, Math.max(total, 0));
        bar.update(0);
        return bar;
    }

    /** A spinner with the elapsed time, for work of unknown length. */
    public static ProgressBar spinner(Terminal terminal, String label) {
        ProgressBar bar = new ProgressBar(terminal, label, -1);
        if (terminal.stderrIsTty()) {
            bar.draw(bar.spinnerLine());
        } else {
            terminal.info(label + "…");
        }
        return bar;
    }

    public synchronized void update(long done) {
        if (finished || total < 0) {
            return;
        }
        if (terminal.stderrIsTty()) {
            long now = System.nanoTime();
            if (now - lastDraw >= REDRAW_NANOS || done >= total) {
                lastDraw = now;
                draw(barLine(done));
            }
            return;
        }
        int quarter = total == 0 ? 4 : (int) Math.min(4, done * 4 / total);
        if (quarter > lastQuarter) {
            lastQuarter = quarter;
            terminal.info(String.format(Locale.ROOT, "%s: %d%% (%s of %s)", label, quarter * 25,
                    Formats.bytes(done), Formats.bytes(total)));
        }
    }

    /** Advances the spinner (call it while polling). */
    public synchronized void tick() {
        if (finished || !terminal.stderrIsTty()) {
            return;
        }
        frame++;
        draw(spinnerLine());
    }

    /** Ends the progress line and prints {@code message} (if any) in its place. */
    public synchronized void done(String message) {
        if (finished) {
            return;
        }
        finished = true;
        if (terminal.stderrIsTty()) {
            terminal.err().print("\r\u001b[2K");
            terminal.err().flush();
        }
        if (message != null) {
            terminal.info(message);
        }
    }

    public long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String barLine(long done) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        String numbers = String.format(Locale.ROOT, " %3d%%  %s / %s  %s/s", (int) (fraction * 100), Formats.bytes(done),
                Formats.bytes(total), Formats.bytes((long) (done / seconds)));
        int barWidth = Math.max(10, Math.min(30, terminal.width() - label.length() - numbers.length() - 4));
        int filled = (int) Math.round(fraction * barWidth);
        return label + " " + terminal.errStyle().cyan("█".repeat(filled)) + terminal.errStyle().dim("░".repeat(barWidth - filled))
                + numbers;
    }

    private String spinnerLine() {
        return terminal.errStyle().cyan(String.valueOf(SPINNER.charAt(frame % SPINNER.length()))) + " " + label + "  "
                + terminal.errStyle().dim(Formats.duration(elapsedMillis()));
    }

    private void draw(String line) {
        terminal.err().print("\r\u001b[2K" + line);
        terminal.err().flush();
    }
}
