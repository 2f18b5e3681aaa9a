package ai.kai.cli.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.kai.cli.output.Formats;
import ai.kai.cli.output.Table;
import ai.kai.files.ColumnSchema;
import ai.kai.files.FileView;

/** Files as tables: the listing (for people and for {@code --output}), a file's columns, its preview rows. */
final class FileTables {
    private static final List<String> LISTING = List.of("file_id", "name", "status", "format", "rows", "columns",
            "size_bytes", "created_at");

    private FileTables() {
    }

    /** The listing with raw values, as {@code --output} writes it. */
    static Table listing(List<FileView> files) {
        List<List<Object>> rows = new ArrayList<>();
        for (FileView f : files) {
            rows.add(Arrays.asList(f.fileId(), f.name(), status(f), f.format(), f.rowCount(), f.columnCount(),
                    f.sizeBytes(), f.createdAt()));
        }
        return new Table(LISTING, List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "BIGINT", "INTEGER", "BIGINT",
                "VARCHAR"), rows);
    }

    /** The listing for reading: sizes in KiB/MiB, times to the minute (kai file show has the rest). */
    static Table listingForPeople(List<FileView> files) {
        List<List<Object>> rows = new ArrayList<>();
        for (FileView f : files) {
            String created = shortTime(f.createdAt());
            rows.add(Arrays.asList(f.fileId(), f.name(), status(f), f.rowCount(), f.columnCount(),
                    Formats.bytes(f.sizeBytes()), created == null || created.length() < 16 ? created : created.substring(0, 16)));
        }
        return new Table(List.of("file_id", "name", "status", "rows", "columns", "size", "created (UTC)"),
                Arrays.asList(null, null, null, "BIGINT", "INTEGER", null, null), rows);
    }

    static Table columns(FileView f) {
        List<List<Object>> rows = new ArrayList<>();
        List<ColumnSchema> columns = f.columns() == null ? List.of() : f.columns();
        for (ColumnSchema c : columns) {
            rows.add(Arrays.asList(c.name(), c.type()));
        }
        return new Table(List.of("column", "type"), null, rows);
    }

    /** The preview rows in column order, typed as the file's columns. */
    static Table preview(FileView f) {
        List<ColumnSchema> columns = f.columns() == null ? List.of() : f.columns();
        List<String> names = columns.stream().map(ColumnSchema::name).toList();
        List<String> types = columns.stream().map(ColumnSchema::type).toList();
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, Object>> preview = f.previewRows() == null ? List.of() : f.previewRows();
        for (Map<String, Object> row : preview) {
            List<Object> values = new ArrayList<>(names.size());
            for (String name : names) {
                values.add(row.get(name));
            }
            rows.add(values);
        }
        return new Table(names, types, rows);
    }

    static String status(FileView f) {
        return f.status() == null ? null : f.status().wire();
    }

    /** {@code 2026-11-25T03:15:07.123456Z} → {@code 2026-11-25 03:15:07Z}. */
    static String shortTime(String iso) {
        if (iso == null || iso.length() < 19) {
            return iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 19) + (iso.endsWith("Z") ? "Z" : "");
    }
}
