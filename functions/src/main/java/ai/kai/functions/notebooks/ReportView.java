package ai.kai.functions.notebooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.report.Report;
import ai.kai.report.ReportBlock;
import ai.kai.report.ReportFact;

/** A report model as JSON ({@code ?format=json}): each block with its {@code kind}, the time as ISO text. */
record ReportView(String title, String description, List<ReportFact> facts, List<Map<String, Object>> sections,
                  String generatedAt) {

    static ReportView of(Report report) {
        return new ReportView(report.title(), report.description(), report.facts(), report.sections().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("heading", s.heading());
            m.put("status", s.status());
            m.put("subtitle", s.subtitle());
            m.put("blocks", s.blocks().stream().map(ReportView::block).toList());
            return m;
        }).toList(), report.generatedAt().toString());
    }

    private static Map<String, Object> block(ReportBlock block) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", switch (block) {
            case ReportBlock.Markdown b -> "markdown";
            case ReportBlock.Table b -> "table";
            case ReportBlock.Chart b -> "chart";
            case ReportBlock.Code b -> "code";
            case ReportBlock.Metrics b -> "metrics";
            case ReportBlock.Error b -> "error";
        });
        m.put("content", block);
        return m;
    }
}
