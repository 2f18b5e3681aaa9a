package ai.kai.notebook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a cell produced. Stored whole in object storage (later cells and continued runs read it back) and as a bounded
 * preview in the run record. A closed set: every consumer (text references, reports, code cells) handles each kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = CellOutput.Rows.class, name = "rows"),
        @JsonSubTypes.Type(value = CellOutput.Chart.class, name = "chart"),
        @JsonSubTypes.Type(value = CellOutput.Markdown.class, name = "markdown"),
        @JsonSubTypes.Type(value = CellOutput.Result.class, name = "result")})
public sealed interface CellOutput {
    int PREVIEW_ROWS = 20;

    /** The same output cut to what a run record shows. */
    CellOutput preview();

    /** A table: a query or code cell's rows (up to the cell's row limit; {@code truncated} says it was cut). */
    record Rows(List<String> columns, List<String> types, List<List<Object>> rows, boolean truncated) implements CellOutput {
        public Rows {
            columns = List.copyOf(columns);
            types = List.copyOf(types);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }

        @Override
        public CellOutput preview() {
            return rows.size() <= PREVIEW_ROWS ? this : new Rows(columns, types, rows.subList(0, PREVIEW_ROWS), truncated);
        }
    }

    /** A Plotly figure. */
    record Chart(String title, JsonNode figure) implements CellOutput {
        @Override
        public CellOutput preview() {
            return this;
        }
    }

    /** Markdown with its references substituted. */
    record Markdown(String text) implements CellOutput {
        @Override
        public CellOutput preview() {
            return this;
        }
    }

    /** An analysis result (statistics, forecast, anomalies, profile) as its JSON, with facts about the input. */
    record Result(JsonNode value, JsonNode metadata) implements CellOutput {
        @Override
        public CellOutput preview() {
            return this;
        }
    }
}
