package ai.kai.notebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.report.Report;
import ai.kai.report.ReportBlock;
import ai.kai.report.ReportFact;
import ai.kai.report.ReportSection;

/**
 * Lays a finished run out as a {@link Report}: the notebook's title and description, facts (status, trigger,
 * parameters, data source, start and run time), and one section per cell in notebook order with what it produced —
 * SQL and its table, a chart, Markdown, an analysis's key figures and tables — or why it failed or was skipped.
 */
final class RunReports {
    static final int TABLE_ROWS = 50;
    private static final int METRICS = 12;
    private final CellOutputs outputs;
    private final Clock clock;

    RunReports(CellOutputs outputs, Clock clock) {
        this.outputs = outputs;
        this.clock = clock;
    }

    Report report(Notebook notebook, NotebookRun run) {
        List<ReportFact> facts = new ArrayList<>();
        facts.add(new ReportFact("Status", run.status().wire()));
        facts.add(new ReportFact("Trigger", run.trigger()));
        run.parameters().forEach((k, v) -> facts.add(new ReportFact("Parameter " + k, v)));
        facts.add(new ReportFact("Data source", notebook.fileId() == null ? "none" : "file " + notebook.fileId()));
        if (run.startedAt() != null) {
            facts.add(new ReportFact("Started", run.startedAt()));
        }
        if (run.startedAt() != null && run.finishedAt() != null) {
            Duration took = Duration.between(Instant.parse(run.startedAt()), Instant.parse(run.finishedAt()));
            facts.add(new ReportFact("Run time", String.format("%.1f s", took.toMillis() / 1000.0)));
        }
        facts.add(new ReportFact("Run", run.runId()));
        List<ReportSection> sections = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
            CellRun state = run.cell(cell.id()).orElse(CellRun.pending(cell));
            String subtitle = cell.type().wire() + (state.durationMs() == null ? "" : " · " + state.durationMs() + " ms");
            sections.add(new ReportSection(cell.heading(), state.status().wire(), subtitle, blocks(cell, state)));
        }
        return new Report(notebook.name(), notebook.description(), facts, sections, clock.instant());
    }

    private List<ReportBlock> blocks(Cell cell, CellRun state) {
        List<ReportBlock> blocks = new ArrayList<>();
        switch (state.status()) {
            case FAILED -> blocks.add(new ReportBlock.Error(state.error().code(), state.error().message()));
            case SKIPPED -> blocks.add(new ReportBlock.Markdown("Skipped: " + state.skipReason()));
            case SUCCESS -> {
                if (cell.sql() != null) {
                    blocks.add(new ReportBlock.Code("sql", cell.sql().strip()));
                }
                blocks.addAll(of(outputs.get(state.outputKey())));
            }
            default -> blocks.add(new ReportBlock.Markdown("Not run: the run ended before this cell."));
        }
        return blocks;
    }

    static List<ReportBlock> of(CellOutput output) {
        return switch (output) {
            case CellOutput.Rows rows -> List.of(new ReportBlock.Table(rows.columns(),
                    rows.rows().subList(0, Math.min(TABLE_ROWS, rows.rows().size())), rows.rows().size()));
            case CellOutput.Chart chart -> List.of(new ReportBlock.Chart(chart.title(), chart.figure()));
            case CellOutput.Markdown markdown -> List.of(new ReportBlock.Markdown(markdown.text()));
            case CellOutput.Result result -> result(result.value());
        };
    }

    /** Scalar fields become key figures; lists of objects become tables. */
    private static List<ReportBlock> result(JsonNode value) {
        List<ReportBlock> blocks = new ArrayList<>();
        List<ReportFact> metrics = new ArrayList<>();
        if (value.isArray()) {
            table(value).ifPresent(blocks::add);
            return blocks;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (v.isValueNode() && !v.isNull() && metrics.size() < METRICS) {
                metrics.add(new ReportFact(field.getKey().replace('_', ' '),
                        v.isNumber() ? TextCellExecutor.shown(v.decimalValue()) : v.asText()));
            } else if (v.isArray()) {
                table(v).ifPresent(blocks::add);
            }
        }
        if (!metrics.isEmpty()) {
            blocks.add(0, new ReportBlock.Metrics(metrics));
        }
        return blocks;
    }

    private static java.util.Optional<ReportBlock> table(JsonNode array) {
        if (array.isEmpty() || !array.get(0).isObject()) {
            return java.util.Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        array.get(0).fieldNames().forEachRemaining(f -> {
            if (array.get(0).get(f).isValueNode()) {
                columns.add(f);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(TABLE_ROWS, array.size()); i++) {
            List<Object> row = new ArrayList<>();
            for (String c : columns) {
                JsonNode v = array.get(i).path(c);
                row.add(v.isNumber() ? v.numberValue() : v.isNull() || v.isMissingNode() ? null : v.asText());
            }
            rows.add(row);
        }
        return columns.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new ReportBlock.Table(columns, rows, array.size()));
    }
}
