package ai.kai.notebook;

import java.util.List;

/** A stored notebook of a tenant ({@code SK = NOTEBOOK#id}): its spec plus identity, template origin and times. */
public record Notebook(String id, String name, String description, String fileId, String timeZone, boolean allowOverlap,
                       List<String> tags, List<Parameter> parameters, List<Cell> cells, String template,
                       String createdAt, String updatedAt) {
    public Notebook {
        tags = tags == null ? List.of() : List.copyOf(tags);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static Notebook of(String id, NotebookSpec spec, String template, String createdAt, String updatedAt) {
        return new Notebook(id, spec.name(), spec.description(), spec.fileId(), spec.timeZone(), spec.allowOverlap(),
                spec.tags(), spec.parameters(), spec.cells(), template, createdAt, updatedAt);
    }

    public NotebookSpec spec() {
        return new NotebookSpec(name, description, fileId, timeZone, allowOverlap, tags, parameters, cells);
    }

    public java.util.Optional<Cell> cell(String cellId) {
        return cells.stream().filter(c -> c.id().equals(cellId)).findFirst();
    }
}
