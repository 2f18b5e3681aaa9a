package ai.kai.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableRendererTest {
    private static List<String> lines(String rendered) {
        return rendered.lines().toList();
    }

    @Test
    void shouldRightAlignNumbersAndLeftAlignText() {
        Table table = new Table(List.of("region", "orders"), List.of("VARCHAR", "BIGINT"),
                List.of(List.of("North", 5), List.of("South-West", 12345)));

        List<String> lines = lines(new TableRenderer(100, Style.PLAIN).render(table, null));

        assertThat(lines).containsExactly(
                "region      orders",
                "──────────  ──────",
                "North            5",
                "South-West   12345");
    }

    @Test
    void shouldShowRowsTimeAndTruncationInTheFooter() {
        assertThat(TableRenderer.footer(3, 12L, false)).isEqualTo("(3 rows, 12 ms)");
        assertThat(TableRenderer.footer(1, 5L, true)).isEqualTo("(1 row, 5 ms, truncated)");
        Table table = new Table(List.of("n"), List.of("INTEGER"), List.of(List.of(1)));

        String rendered = new TableRenderer(100, Style.PLAIN).render(table, TableRenderer.footer(1, 7L, true));

        assertThat(lines(rendered)).last().isEqualTo("(1 row, 7 ms, truncated)");
    }

    @Test
    void shouldFitTheTerminalWidthByShorteningTheWidestColumnWithAnEllipsis() {
        String longText = "x".repeat(200);
        Table table = new Table(List.of("id", "note", "amount"), List.of("BIGINT", "VARCHAR", "DOUBLE"),
                List.of(Arrays.asList(1, longText, 2.5)));

        List<String> lines = lines(new TableRenderer(40, Style.PLAIN).render(table, null));

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(lines.get(2)).startsWith(" 1  xxx").contains("…").endsWith("2.5");
        assertThat(lines.get(2)).hasSize(40);
    }

    @Test
    void shouldNeverShortenColumnsItIsToldToKeepWhole() {
        String id = "f_01m88bzcqfw0v2zbgkfjpf";
        Table table = new Table(List.of("file_id", "name"), null, List.of(List.of(id, "n".repeat(50))));

        List<String> lines = lines(new TableRenderer(40, Style.PLAIN).keepingWhole("file_id").render(table, null));

        assertThat(lines.get(2)).startsWith(id + "  nnn").endsWith("…").hasSize(40);
    }

    @Test
    void shouldNeverShortenANumber() {
        Table table = new Table(List.of("name", "n"), List.of("VARCHAR", "BIGINT"),
                List.of(List.of("x".repeat(40), 1234567890123L)));

        List<String> lines = lines(new TableRenderer(24, Style.PLAIN).render(table, null));

        assertThat(lines.get(2)).endsWith("1234567890123").contains("…").hasSize(24);
    }

    @Test
    void shouldNameTheColumnsThatCannotFitAtAll() {
        List<String> columns = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10");
        List<Object> row = List.of("aaaaaa", "bbbbbb", "cccccc", "dddddd", "eeeeee", "ffffff", "gggggg", "hhhhhh", "iiiiii", "jjjjjj");
        Table table = new Table(columns, null, List.of(row));

        String rendered = new TableRenderer(30, Style.PLAIN).render(table, null);

        List<String> lines = lines(rendered);
        assertThat(lines.subList(0, 3)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
        assertThat(lines.get(0)).isEqualTo("c1      c2      c3      c4");
        assertThat(lines.get(3)).contains("6 more columns not shown: c5, c6, c7, c8, c9, c10");
    }

    @Test
    void shouldSpellOutNullAndNeverPassControlCharactersToTheTerminal() {
        Table table = new Table(List.of("name", "value"), null,
                List.of(Arrays.asList("evil\u001b[31mred\nline", null)));

        String rendered = new TableRenderer(100, Style.PLAIN).render(table, null);

        assertThat(rendered).doesNotContain("\u001b").contains("evil·[31mred↵line").contains("NULL");
    }

    @Test
    void shouldLineUpDecimalPlacesOfFloatingColumnsAndKeepExactDecimalsAsSent() {
        Table table = new Table(List.of("price", "exact", "ratio"), List.of("DOUBLE", "DECIMAL(18,3)", "DOUBLE"),
                List.of(List.of(new BigDecimal("49.0"), new BigDecimal("1.500"), new BigDecimal("0.000123456")),
                        List.of(new BigDecimal("29.99"), new BigDecimal("2.000"), new BigDecimal("1234567.891234567"))));

        List<String> lines = lines(new TableRenderer(100, Style.PLAIN).render(table, null));

        assertThat(lines.get(2)).isEqualTo("49.00  1.500     0.0001235");
        assertThat(lines.get(3)).isEqualTo("29.99  2.000  1234567.8912");
    }

    @Test
    void shouldShowLargeAndSmallDoublesWithoutExponent() {
        assertThat(Cells.text(1.0E10, "DOUBLE")).isEqualTo("10000000000");
        assertThat(Cells.text(1.5E-7, "DOUBLE")).isEqualTo("0.00000015");
        assertThat(Cells.text(Double.NaN, "DOUBLE")).isEqualTo("NaN");
        assertThat(Cells.text(List.of(1, 2), "INTEGER[]")).isEqualTo("[1,2]");
    }

    @Test
    void shouldColourOnlyWhenAskedTo() {
        Table table = new Table(List.of("a"), null, List.of(Arrays.asList((Object) null)));

        assertThat(new TableRenderer(100, Style.ANSI).render(table, "(1 row)")).contains("\u001b[1m");
        assertThat(new TableRenderer(100, Style.PLAIN).render(table, "(1 row)")).doesNotContain("\u001b");
    }
}
