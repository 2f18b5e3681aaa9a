package ai.kai.notebook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One step of a notebook. By type: {@code query} and {@code code} run {@code sql} (named parameters bound, never
 * spliced; a code cell sees earlier tabular cells as tables named after them); {@code visualization} draws
 * {@code options} (a chart spec) over {@code source}; {@code stats}, {@code forecast} and {@code anomalies} send
 * {@code options} (the analytics request) over {@code source}'s rows or the notebook's file; {@code profile} profiles
 * {@code source} or the file; {@code text} renders Markdown with {@code {{param}}} and {@code {{cell.value}}}.
 */
public record Cell(String id, CellType type, String title, String sql, String source, JsonNode options, String text,
                   List<String> dependsOn) {
    public Cell {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** The heading shown in reports: the title, else the id. */
    public String heading() {
        return title == null || title.isBlank() ? id : title;
    }
}
