package ai.kai.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void shouldPrintPlainQuarterLinesWhenStderrIsNotATerminal() {
        StringWriter err = new StringWriter();
        Terminal terminal = Terminal.plain(new PrintWriter(new StringWriter()), new PrintWriter(err));

        ProgressBar bar = ProgressBar.bytes(terminal, "uploading big.csv", 4096);
        for (long done = 0; done <= 4096; done += 256) {
            bar.update(done);
        }
        bar.done("uploaded big.csv");

        assertThat(err.toString().lines()).containsExactly(
                "uploading big.csv: 0% (0 B of 4.0 KiB)",
                "uploading big.csv: 25% (1.0 KiB of 4.0 KiB)",
                "uploading big.csv: 50% (2.0 KiB of 4.0 KiB)",
                "uploading big.csv: 75% (3.0 KiB of 4.0 KiB)",
                "uploading big.csv: 100% (4.0 KiB of 4.0 KiB)",
                "uploaded big.csv");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void shouldRedrawOneLineInPlaceOnATerminal() {
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(err), true, true, true, 80);

        ProgressBar bar = ProgressBar.bytes(terminal, "uploading", 100);
        bar.update(100);
        bar.done("done");

        assertThat(err.toString()).contains("\r\u001b[2K").contains("100%").endsWith("done" + System.lineSeparator());
    }

    @Test
    void shouldAnnounceASpinnerOnceWhenNotOnATerminal() {
        StringWriter err = new StringWriter();
        Terminal terminal = Terminal.plain(new PrintWriter(new StringWriter()), new PrintWriter(err));

        ProgressBar spinner = ProgressBar.spinner(terminal, "ingesting sales.csv");
        spinner.tick();
        spinner.tick();
        spinner.done(null);

        assertThat(err.toString().lines()).containsExactly("ingesting sales.csv…");
    }

    @Test
    void shouldTakeTheWidthFromColumnsOrDefaultTo100() {
        assertThat(Terminal.width("132")).isEqualTo(132);
        assertThat(Terminal.width(null)).isEqualTo(100);
        assertThat(Terminal.width("wide")).isEqualTo(100);
    }
}
