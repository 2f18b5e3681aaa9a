package ai.kai.report;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What a report section can show. A closed set: every renderer handles every kind. */
public sealed interface ReportBlock {

    /** Markdown text (already with parameters and cell values substituted). */
    record Markdown(String text) implements ReportBlock {
    }

    /**
     * A result table; {@code rows} may be the first rows only, {@code totalRows} says how many there were.
     * Cells are JSON-friendly values (String, Number, Boolean, null, or their text).
     */
    record Table(List<String> columns, List<List<Object>> rows, long totalRows) implements ReportBlock {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }

    /** A chart as a Plotly figure (the JSON {@code ai.kai.chart} produces): interactive in HTML, drawn in PDF. */
    record Chart(String title, JsonNode figure) implements ReportBlock {
    }

    /** Source text worth showing, e.g. the SQL a cell ran. */
    record Code(String language, String text) implements ReportBlock {
    }

    /** Key figures of a result, e.g. a test's statistic and p-value or a forecast's accuracy. */
    record Metrics(List<ReportFact> values) implements ReportBlock {
        public Metrics {
            values = List.copyOf(values);
        }
    }

    /** Why a section has no result: a stable error code and a message a person can act on. */
    record Error(String code, String message) implements ReportBlock {
    }
}
