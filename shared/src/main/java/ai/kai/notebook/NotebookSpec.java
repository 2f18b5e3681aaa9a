package ai.kai.notebook;

import java.util.List;

/**
 * What a user writes (the YAML of {@code notebook-templates/}, or the JSON of the API): a name, the data it reads
 * ({@code fileId}), its parameters and cells. {@code timeZone} is where relative dates are evaluated;
 * {@code allowOverlap} lets a run start while another is still running.
 */
public record NotebookSpec(String name, String description, String fileId, String timeZone, boolean allowOverlap,
                           List<String> tags, List<Parameter> parameters, List<Cell> cells) {
    public NotebookSpec {
        description = description == null ? "" : description;
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        tags = tags == null ? List.of() : List.copyOf(tags);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public NotebookSpec withFile(String file) {
        return new NotebookSpec(name, description, file, timeZone, allowOverlap, tags, parameters, cells);
    }

    public NotebookSpec withName(String newName) {
        return new NotebookSpec(newName, description, fileId, timeZone, allowOverlap, tags, parameters, cells);
    }

    public NotebookSpec withTimeZone(String zone) {
        return new NotebookSpec(name, description, fileId, zone, allowOverlap, tags, parameters, cells);
    }
}
