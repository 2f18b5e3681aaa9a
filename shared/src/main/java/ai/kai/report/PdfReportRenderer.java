package ai.kai.report;

/**
 * Renders a {@link Report} as a PDF with the same content as the HTML page (charts drawn in Java).
 * Placeholder signature: its body arrives with the report-rendering branch.
 */
public final class PdfReportRenderer {
    public byte[] render(Report report) {
        throw new UnsupportedOperationException("PDF report rendering arrives with feature/report-render");
    }
}
