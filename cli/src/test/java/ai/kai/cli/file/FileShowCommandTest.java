package ai.kai.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import ai.kai.cli.api.CliJson;
import ai.kai.cli.output.Terminal;
import ai.kai.files.FileView;

class FileShowCommandTest {
    private static final String VIEW = """
            {"file_id":"f_01m88bzcqfw0v2zbgkfjpf","name":"sales\\u001b[2J.csv","format":"csv","size_bytes":2048,
             "status":"ready","error":null,"created_at":"2026-11-25T03:28:48.123Z","updated_at":"2026-11-25T03:28:49Z",
             "row_count":2,"column_count":2,"columns":[{"name":"region","type":"VARCHAR"},{"name":"revenue","type":"DOUBLE"}],
             "preview_rows":[{"region":"North","revenue":10.5},{"region":null,"revenue":3}],
             "ingest_report":{"detected":{"delimiter":";","header":true},"rejected_rows":1,
               "rejected_sample":[{"line":4,"reason":"expected 2 fields, found 3","content":"a;b;c"}],
               "warnings":["1 row did not match the header"],"sheets":null}}""";

    private static String show(boolean tty) throws Exception {
        StringWriter out = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(new StringWriter()), tty, tty, true, 100);
        FileShowCommand.print(terminal, CliJson.convert(CliJson.readTree(VIEW), FileView.class));
        return out.toString();
    }

    @Test
    void shouldShowStatusSchemaPreviewAndWhatIngestFound() throws Exception {
        String text = show(false);

        assertThat(text).contains("  status    ready", "  size      2.0 KiB (2,048 bytes)", "  rows      2",
                "  created   2026-11-25 03:28:48Z", "  read as   delimiter ';', header true",
                "  rejected  1 row, e.g. line 4: expected 2 fields, found 3",
                "  warning   1 row did not match the header", "region   VARCHAR", "North      10.5", "NULL        3.0");
    }

    @Test
    void shouldColourTheStatusOnATerminalButNeverPassEscapesFromData() throws Exception {
        String text = show(true);

        assertThat(text).contains("\u001b[32mready\u001b[0m").contains("sales·[2J.csv").doesNotContain("\u001b[2J");
        assertThat(show(false)).doesNotContain("\u001b");
    }
}
