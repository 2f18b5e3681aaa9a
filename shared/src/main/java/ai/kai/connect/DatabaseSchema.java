package ai.kai.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schemas of a source with their tables, in the source's order. */
public record DatabaseSchema(List<SchemaEntry> schemas) {
    /** One schema (dataset, database) and its tables. */
    public record SchemaEntry(String name, List<TableRef> tables) {
    }

    /** Groups tables by schema, keeping the order in which schemas first appear. */
    public static DatabaseSchema of(List<TableRef> tables) {
        Map<String, List<TableRef>> grouped = new LinkedHashMap<>();
        for (TableRef t : tables) {
            grouped.computeIfAbsent(t.schema(), k -> new ArrayList<>()).add(t);
        }
        return new DatabaseSchema(grouped.entrySet().stream()
                .map(e -> new SchemaEntry(e.getKey(), List.copyOf(e.getValue()))).toList());
    }
}
