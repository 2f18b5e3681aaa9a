package ai.kai.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.ChartFixtures;
import ai.kai.chart.ChartService;
import ai.kai.chart.ChartType;
import ai.kai.chart.Table;

/** Reports for the renderer tests: every block kind, hostile text, failures, long tables, real chart figures. */
final class ReportFixtures {
    static final String HOSTILE = "<script>alert('x')</script>";
    static final Instant AT = Instant.parse("2026-11-25T08:30:00Z");
    private static final Table SALES = ChartFixtures.sales(90);
    private static final ChartService CHARTS = new ChartService();

    private ReportFixtures() {
    }

    static JsonNode figure(ChartType type) {
        return CHARTS.figure(ChartFixtures.specs().get(type), SALES);
    }

    static List<ReportFact> facts() {
        return List.of(new ReportFact("Parameters", "start_date=2025-11-01, region=Zürich"),
                new ReportFact("Data source", "sales.csv (20,000 rows)"), new ReportFact("Run time", "2.4 s"),
                new ReportFact("Status", "1 failed, 1 skipped"));
    }

    /** One section per block kind, a failed section with its error and a skipped one. */
    static Report everyBlockKind() {
        List<ReportSection> sections = List.of(
                new ReportSection("Summary", "success", "text · 3 ms", List.of(new ReportBlock.Markdown(
                        "Revenue **grew** by *12 %* in Zürich.\n\n- first\n- second\n\n| a | b |\n|---|---:|\n| x | 1 |\n"))),
                new ReportSection("Revenue by region", "success", "query · 41 ms", List.of(
                        new ReportBlock.Code("sql", "SELECT region, sum(revenue) AS revenue\nFROM data\nWHERE day >= $start_date\nGROUP BY ALL"),
                        new ReportBlock.Table(List.of("region", "revenue", "orders"), List.of(
                                row("North", 12345.5, 120L), row("South", 0.1 + 0.2, 7L), row("East", null, 0L)), 3))),
                new ReportSection("Revenue over time", "success", "visualization · 12 ms",
                        List.of(new ReportBlock.Chart("Daily revenue", figure(ChartType.LINE)))),
                new ReportSection("Share by region", "success", "visualization · 8 ms",
                        List.of(new ReportBlock.Chart("Revenue share", figure(ChartType.PIE)),
                                new ReportBlock.Chart("Revenue by region and product", figure(ChartType.BAR_GROUPED)))),
                new ReportSection("Is the difference significant?", "success", "stats · 5 ms", List.of(
                        new ReportBlock.Metrics(List.of(new ReportFact("t statistic", "2.71"), new ReportFact("p-value", "0.0068"),
                                new ReportFact("effect size (d)", "0.41"))))),
                new ReportSection("Forecast", "failed", "forecast · 2 ms", List.of(new ReportBlock.Error("FORECAST_TOO_FEW_POINTS",
                        "the series has 5 points; a forecast needs at least 10 — widen the date range"))),
                new ReportSection("Forecast chart", "skipped", "visualization", List.of()));
        return new Report("Monthly sales review", "Revenue, orders and a forecast for November 2025.", facts(), sections, AT);
    }

    /** Hostile text in every place a caller controls. */
    static Report hostile() {
        List<ReportSection> sections = List.of(
                new ReportSection("Heading " + HOSTILE, "fail\"ed<b>", "sub " + HOSTILE, List.of(
                        new ReportBlock.Markdown("Text " + HOSTILE + " and <img src=x onerror=alert(1)>\n\n"
                                + "[click](javascript:alert(1)) ![pixel](http://tracker.example/p.png)\n\n"
                                + "| h |\n|---|\n| " + HOSTILE + " |\n"),
                        new ReportBlock.Table(List.of("col " + HOSTILE), List.of(row(HOSTILE), row("a\u0000b\u0007c")), 2),
                        new ReportBlock.Code("sql\"><script>", HOSTILE + "\u0001"),
                        new ReportBlock.Metrics(List.of(new ReportFact(HOSTILE, HOSTILE))),
                        new ReportBlock.Error(HOSTILE, HOSTILE),
                        new ReportBlock.Chart(HOSTILE, figure(ChartType.BAR)))));
        return new Report("Title " + HOSTILE, "Description " + HOSTILE,
                List.of(new ReportFact("Param " + HOSTILE, HOSTILE)), sections, AT);
    }

    static Report empty() {
        return new Report("Nothing to report", "", List.of(), List.of(), AT);
    }

    /** A table of {@code rows} rows, all of them in the block. */
    static ReportBlock.Table longTable(int rows) {
        List<List<Object>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            data.add(row("row-" + i, i * 1.5, (long) i, i % 2 == 0 ? "even" : "odd"));
        }
        return new ReportBlock.Table(List.of("label_col", "amount_col", "index_col", "parity_col"), data, rows);
    }

    static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object c : cells) {
            row.add(c);
        }
        return row;
    }
}
