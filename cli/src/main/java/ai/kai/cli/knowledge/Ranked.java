package ai.kai.cli.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.output.Table;
import ai.kai.cli.output.TableRenderer;
import ai.kai.cli.output.Terminal;

/** Prints search results and lists of the knowledge commands as tables. */
final class Ranked {
    private Ranked() {
    }

    /** Results of a search route: one row per hit, its score first, then the given fields of {@code field}. */
    static Table results(JsonNode data, String field, List<String> columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode r : data.path("results")) {
            List<Object> row = new ArrayList<>();
            row.add(String.format(Locale.ROOT, "%.3f", r.path("score").asDouble()));
            JsonNode item = r.path(field);
            columns.forEach(c -> row.add(text(item.path(c))));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("score"));
        header.addAll(columns);
        return new Table(header, header.stream().map(h -> "VARCHAR").toList(), rows);
    }

    static Table rows(JsonNode items, List<String> columns, Function<JsonNode, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>();
        items.forEach(i -> rows.add(row.apply(i)));
        return new Table(columns, columns.stream().map(h -> "VARCHAR").toList(), rows);
    }

    static void print(Terminal terminal, Table table, String what) {
        terminal.out().print(new TableRenderer(terminal.width(), terminal.style())
                .render(table, "(" + table.size() + " " + what + ")"));
        terminal.out().flush();
    }

    static String text(JsonNode n) {
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            return String.join(", ", parts);
        }
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
