package ai.kai.files.formats;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in the test with POI's ordinary API, as Excel would save them. */
final class FormatFixtures {
    private FormatFixtures() {
    }

    /** Sheet "Summary" first, then "Orders": a merged header over two columns, dates, a formula, a percentage. */
    static Path workbook(Path dir) throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet summary = wb.createSheet("Summary");
            summary.createRow(0).createCell(0).setCellValue("note");
            summary.createRow(1).createCell(0).setCellValue("see Orders");

            Sheet orders = wb.createSheet("Orders");
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(helper.createDataFormat().getFormat("0%"));
            Row header = orders.createRow(0);
            header.createCell(0).setCellValue("order date");
            header.createCell(1).setCellValue("amount");
            header.createCell(3).setCellValue("discount");
            header.createCell(4).setCellValue("total");
            orders.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            for (int i = 0; i < 5; i++) {
                Row row = orders.createRow(i + 1);
                var d = row.createCell(0);
                d.setCellValue(LocalDate.of(2025, 3, 1 + i));
                d.setCellStyle(date);
                row.createCell(1).setCellValue(10 * (i + 1));
                row.createCell(2).setCellValue(i % 2 == 0 ? "EUR" : "USD");
                var disc = row.createCell(3);
                disc.setCellValue(0.15);
                disc.setCellStyle(percent);
                row.createCell(4).setCellFormula("B" + (i + 2) + "*(1-D" + (i + 2) + ")");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }
}
