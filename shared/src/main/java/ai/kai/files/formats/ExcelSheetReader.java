package ai.kai.files.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet streamed with POI's SAX reader (the sheet is never built in memory): formulas give their cached
 * values, dates become ISO-8601 text, numbers keep full precision without display formatting (15% is 0.15).
 * Rows are written as CSV lines; the header row is held back so merged header cells can be filled in once the
 * sheet's merge list (at the end of its XML) is known.
 */
final class ExcelSheetReader {
    private ExcelSheetReader() {
    }

    /** What was read: the header cells, their 0-based row, how many data rows went to the writer, the widest row. */
    record Sheet(List<String> header, int headerRow, long rows, int columns) {
    }

    static Sheet read(InputStream sheetXml, StylesTable styles, ReadOnlySharedStringsTable strings, BufferedWriter body)
            throws IOException, SAXException, ParserConfigurationException {
        RowCollector rows = new RowCollector(body);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDataFormatter(), false));
        parser.parse(new InputSource(sheetXml));
        return new Sheet(rows.header, rows.headerRowNumber, rows.dataRows, rows.maxColumns);
    }

    /** The merged ranges ("A1:C1") of a sheet, from a second, light pass over its XML. */
    static List<String> mergedRanges(InputStream sheetXml) throws IOException, SAXException, ParserConfigurationException {
        List<String> ranges = new ArrayList<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                    ranges.add(attributes.getValue("ref"));
                }
            }
        });
        parser.parse(new InputSource(sheetXml));
        return ranges;
    }

    /** Collects cells into rows; the first non-empty row is the header. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final BufferedWriter body;
        private List<String> current = new ArrayList<>();
        private List<String> header;
        private long dataRows;
        private int maxColumns;
        private int headerRowNumber = -1;

        RowCollector(BufferedWriter body) {
            this.body = body;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? current.size() : new CellReference(ref).getCol();
            while (current.size() < col) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            boolean empty = current.stream().allMatch(String::isBlank);
            if (header == null) {
                if (!empty) {
                    header = current;
                    headerRowNumber = rowNum;
                    maxColumns = current.size();
                }
                return;
            }
            if (empty) {
                return;
            }
            maxColumns = Math.max(maxColumns, current.size());
            try {
                body.write(CsvText.line(current));
                body.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dataRows++;
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // page headers and footers are not data
        }
    }

    /** Dates as ISO-8601; other numbers as their exact value, not their display format. */
    private static final class IsoDataFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                if (value < 1) {
                    return t.toLocalTime().toString();
                }
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            return NumberToTextConverter.toText(value);
        }
    }
}
