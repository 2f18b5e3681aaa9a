package ai.kai.report;

import java.util.List;

/**
 * One part of a report, e.g. one notebook cell: its heading, its outcome ({@code success}, {@code failed},
 * {@code skipped}), a short subtitle such as "query · 41 ms", and what it shows.
 */
public record ReportSection(String heading, String status, String subtitle, List<ReportBlock> blocks) {
    public ReportSection {
        status = status == null ? "success" : status;
        subtitle = subtitle == null ? "" : subtitle;
        blocks = List.copyOf(blocks);
    }
}
