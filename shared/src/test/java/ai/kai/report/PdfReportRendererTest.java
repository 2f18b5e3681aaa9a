package ai.kai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import ai.kai.chart.ChartType;

class PdfReportRendererTest {
    private static final Path OUT = Path.of("target", "report-render");

    private static PDDocument render(PdfReportRenderer renderer, Report report, String name) throws IOException {
        byte[] pdf = renderer.render(report);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        return Loader.loadPDF(pdf);
    }

    private static PDDocument render(Report report, String name) throws IOException {
        return render(new PdfReportRenderer(), report, name);
    }

    /** The text as read on the page (left to right, top to bottom), not in content-stream order. */
    private static String text(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** Form XObjects (vector drawings) and images placed on a page, nested forms included. */
    private static int[] formsAndImages(PDResources resources) throws IOException {
        int forms = 0, images = 0;
        if (resources == null) {
            return new int[] {0, 0};
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                forms++;
                int[] nested = formsAndImages(form.getResources());
                forms += nested[0];
                images += nested[1];
            } else if (x instanceof PDImageXObject) {
                images++;
            }
        }
        return new int[] {forms, images};
    }

    @Test
    void shouldOpenWithPdfBoxAndHoldTheTitleFactsAndEverySectionHeading() throws IOException {
        Report report = ReportFixtures.everyBlockKind();
        try (PDDocument doc = render(report, "every-block-kind")) {
            String text = text(doc);
            assertThat(text).contains("Monthly sales review").contains("Revenue, orders and a forecast for November 2025.");
            for (ReportSection section : report.sections()) {
                assertThat(text).contains(section.heading());
            }
            assertThat(text).contains("Parameters").contains("start_date=2025-11-01").contains("Run time").contains("2.4 s")
                    .contains("2026-11-25 08:30 UTC");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Monthly sales review");
        }
    }

    @Test
    void shouldShowEveryBlockKindWithTheFailedSectionsError() throws IOException {
        try (PDDocument doc = render(ReportFixtures.everyBlockKind(), "every-block-kind")) {
            String text = text(doc);
            assertThat(text).contains("Revenue grew by 12 % in Zürich.");
            assertThat(text).contains("SELECT region, sum(revenue) AS revenue");
            assertThat(text).contains("North").contains("12345.5").contains("3 rows");
            assertThat(text).contains("t statistic").contains("0.0068");
            assertThat(text).contains("FORECAST_TOO_FEW_POINTS").contains("widen the date range");
            assertThat(text).contains("FAILED").contains("SKIPPED");
            assertThat(text).contains("Daily revenue").contains("Revenue share");
        }
    }

    @Test
    void shouldDrawChartsAsVectorsNotImages() throws IOException {
        Report oneChart = new Report("Chart", "", List.of(), List.of(new ReportSection("Trend", "success", "",
                List.of(new ReportBlock.Chart("Daily revenue", ReportFixtures.figure(ChartType.LINE))))), ReportFixtures.AT);
        Report noChart = new Report("Chart", "", List.of(), List.of(new ReportSection("Trend", "success", "",
                List.of(new ReportBlock.Markdown("no chart here")))), ReportFixtures.AT);
        try (PDDocument with = render(oneChart, "one-chart"); PDDocument without = render(noChart, "no-chart")) {
            int[] charted = formsAndImages(with.getPage(0).getResources());
            int[] plain = formsAndImages(without.getPage(0).getResources());
            assertThat(charted[0]).isGreaterThan(plain[0]);
            assertThat(charted[1]).isZero();
            assertThat(with.getPage(0).getContents().readAllBytes().length)
                    .isGreaterThan(without.getPage(0).getContents().readAllBytes().length);
        }
    }

    @Test
    void shouldPutTheTitleInEachPageHeaderAndPageNumbersInTheFooter() throws IOException {
        Report report = new Report("Quarterly churn", "", List.of(), List.of(new ReportSection("All customers", "success", "",
                List.of(ReportFixtures.longTable(150)))), ReportFixtures.AT);
        try (PDDocument doc = render(report, "long-table-150")) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                String text = pageText(doc, p);
                assertThat(text).contains("Page " + p + " of " + pages);
                if (p > 1) {
                    assertThat(text).contains("Quarterly churn");
                }
            }
        }
    }

    @Test
    void shouldRepeatTheHeaderRowOnEveryPageATableSpans() throws IOException {
        Report report = new Report("Long table", "", List.of(), List.of(new ReportSection("All rows", "success", "",
                List.of(ReportFixtures.longTable(150)))), ReportFixtures.AT);
        try (PDDocument doc = render(report, "long-table-150")) {
            List<Integer> pagesWithRows = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String text = pageText(doc, p);
                if (text.contains("row-")) {
                    pagesWithRows.add(p);
                    assertThat(text).as("page %d", p).contains("label_col").contains("amount_col").contains("parity_col");
                }
            }
            assertThat(pagesWithRows).hasSizeGreaterThan(1);
            String all = text(doc);
            assertThat(all).contains("row-0").contains("row-149").contains("150 rows");
        }
    }

    @Test
    void shouldCutLongTablesAndSayHowManyRowsThereWere() throws IOException {
        Report report = new Report("Big table", "", List.of(), List.of(new ReportSection("Every order", "success", "",
                List.of(ReportFixtures.longTable(1000)))), ReportFixtures.AT);
        try (PDDocument doc = render(report, "long-table-1000")) {
            String text = text(doc);
            assertThat(text).contains("row-199").doesNotContain("row-200").contains("Showing 200 of 1,000 rows");
        }
        try (PDDocument doc = render(new PdfReportRenderer(20, List.of()), report, "long-table-1000-cut-20")) {
            assertThat(text(doc)).contains("row-19").doesNotContain("row-20 ").contains("Showing 20 of 1,000 rows");
        }
    }

    @Test
    void shouldOfferAContentsListAndBookmarksThatLeadToEverySection() throws IOException {
        Report report = ReportFixtures.everyBlockKind();
        try (PDDocument doc = render(report, "every-block-kind")) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).hasSize(report.sections().size());
            for (int i = 0; i < report.sections().size(); i++) {
                assertThat(bookmarks.get(i)).isEqualTo((i + 1) + ". " + report.sections().get(i).heading());
            }
            assertThat(pageText(doc, 1)).contains("CONTENTS").contains("Forecast chart");
        }
    }

    @Test
    void shouldRenderLatinTextWithTheBundledFontAndSurviveScriptsItLacks() throws IOException {
        Report report = new Report("Zürich – Ærøskøbing – Ελλάδα – Москва", "", List.of(new ReportFact("Cities", "Zürich, 東京")),
                List.of(new ReportSection("Łódź and São Paulo", "success", "", List.of(new ReportBlock.Markdown("Grüße aus Zürich, 東京")))),
                ReportFixtures.AT);
        try (PDDocument doc = render(report, "unicode")) {
            String text = text(doc);
            assertThat(text).contains("Zürich – Ærøskøbing – Ελλάδα – Москва").contains("Łódź and São Paulo").contains("Grüße aus Zürich");
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
            // DejaVu has no CJK glyphs: without a fallback font (constructor option) they print as '#', the rest is intact
            assertThat(text).contains("Zürich, ##");
        }
    }

    @Test
    void shouldPrintHostileTextLiterally() throws IOException {
        try (PDDocument doc = render(ReportFixtures.hostile(), "hostile")) {
            String text = text(doc);
            assertThat(text).contains("Title " + ReportFixtures.HOSTILE).contains("Heading " + ReportFixtures.HOSTILE);
            assertThat(text).contains("<img src=x onerror=alert(1)>").contains("abc").contains("image: pixel");
        }
    }

    @Test
    void shouldRenderAnEmptyReportAsOnePageWithItsTitle() throws IOException {
        try (PDDocument doc = render(ReportFixtures.empty(), "empty")) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text(doc)).contains("Nothing to report").contains("This report has no sections.").contains("Page 1 of 1");
        }
    }

    @Test
    void shouldRefuseAFallbackFontThatCannotBeRead() {
        assertThatThrownBy(() -> new PdfReportRenderer(200, List.of(Path.of("target", "no-such-font.ttf"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-font.ttf");
    }
}
