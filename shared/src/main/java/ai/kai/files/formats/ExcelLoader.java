package ai.kai.files.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.ContentSniffer;
import ai.kai.files.IngestOptions;

/**
 * Excel {@code .xlsx}: every sheet is listed; the one chosen by name or 1-based position (default the first) is
 * streamed to an intermediate CSV and typed by DuckDB's reader like any CSV. Merged header cells give their
 * value to every column they span (duplicates then made unique).
 */
final class ExcelLoader implements TableLoader {
    @Override
    public LoadReport load(Connection c, Path original, ContentSniffer.Sniffed sniffed, IngestOptions options, Path workDir)
            throws SQLException {
        Path csv = workDir.resolve("sheet.csv");
        List<String> names = new ArrayList<>();
        String chosen;
        ExcelSheetReader.Sheet sheet;
        try (OPCPackage pkg = open(original)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> relIds = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
            int index = choose(names, options.sheet());
            chosen = names.get(index);
            Path body = workDir.resolve("sheet-body.csv");
            try (BufferedWriter out = Files.newBufferedWriter(body, StandardCharsets.UTF_8);
                 InputStream xml = sheetStream(reader, index)) {
                sheet = ExcelSheetReader.read(xml, reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg), out);
            }
            List<String> merged;
            try (InputStream xml = sheetStream(reader, index)) {
                merged = ExcelSheetReader.mergedRanges(xml);
            }
            if (sheet.header() == null) {
                throw new KaiException(ErrorCode.NO_DATA_ROWS, "the sheet \"" + chosen + "\" is empty");
            }
            writeCsv(csv, header(sheet, merged), body);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new KaiException(ErrorCode.EXCEL_READ_ERROR, "the workbook could not be read: " + e.getMessage());
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw notAWorkbook(e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE out.data AS SELECT * FROM read_csv('" + TableLoader.q(csv.toString())
                    + "', header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = true, sample_size = -1, null_padding = true)");
        }
        Map<String, Object> detected = new LinkedHashMap<>();
        detected.put("sheet", chosen);
        detected.put("sheet_position", names.indexOf(chosen) + 1);
        detected.put("formulas", "read as their cached values");
        return new LoadReport(detected, 0, List.of(), List.of(), names);
    }

    private static OPCPackage open(Path original) {
        try {
            return OPCPackage.open(original.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw notAWorkbook(e);
        }
    }

    private static KaiException notAWorkbook(Exception e) {
        return new KaiException(ErrorCode.EXCEL_READ_ERROR,
                "the file is a ZIP archive but not an Excel workbook (.xlsx); upload the workbook itself or a CSV");
    }

    private static InputStream sheetStream(XSSFReader reader, int index) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; it.hasNext(); i++) {
            InputStream in = it.next();
            if (i == index) {
                return in;
            }
            in.close();
        }
        throw new IllegalStateException("sheet " + index + " vanished");
    }

    static int choose(List<String> names, String wanted) {
        if (names.isEmpty()) {
            throw new KaiException(ErrorCode.NO_DATA_ROWS, "the workbook has no sheets");
        }
        if (wanted == null) {
            return 0;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        if (wanted.matches("\\d{1,4}")) {
            int position = Integer.parseInt(wanted);
            if (position >= 1 && position <= names.size()) {
                return position - 1;
            }
        }
        throw new KaiException(ErrorCode.SHEET_NOT_FOUND, "the workbook has no sheet \"" + wanted + "\"; its sheets are "
                + names + " (choose by name or by position 1-" + names.size() + ")");
    }

    /** The header row padded to the widest row, with merged header ranges filled from their first cell. */
    private static List<String> header(ExcelSheetReader.Sheet sheet, List<String> mergedRanges) {
        List<String> header = new ArrayList<>(sheet.header());
        while (header.size() < sheet.columns()) {
            header.add("");
        }
        for (String ref : mergedRanges) {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            boolean spansHeader = range.getFirstRow() <= sheet.headerRow() && sheet.headerRow() <= range.getLastRow();
            if (!spansHeader || range.getFirstColumn() >= header.size()) {
                continue;
            }
            String value = header.get(range.getFirstColumn());
            if (value.isBlank()) {
                continue;
            }
            for (int col = range.getFirstColumn() + 1; col <= Math.min(range.getLastColumn(), header.size() - 1); col++) {
                if (header.get(col).isBlank()) {
                    header.set(col, value);
                }
            }
        }
        return header;
    }

    private static void writeCsv(Path csv, List<String> header, Path body) throws IOException {
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write((CsvText.line(header) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.copy(body, out);
        }
    }
}
