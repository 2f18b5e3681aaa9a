package ai.kai.report;

/**
 * Renders a {@link Report} as one self-contained HTML page that opens offline (charts interactive).
 * Placeholder signature: its body arrives with the report-rendering branch.
 */
public final class HtmlReportRenderer {
    public String render(Report report) {
        throw new UnsupportedOperationException("HTML report rendering arrives with feature/report-render");
    }
}
