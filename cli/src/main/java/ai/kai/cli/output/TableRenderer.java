package ai.kai.cli.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link Table} for people: columns fitted to the terminal width (wide text columns give way first,
 * long cells end in "…", numbers are never shortened, columns that cannot fit at all are named in a note),
 * numbers right-aligned, NULL shown as such, control characters in data never reach the terminal.
 */
public final class TableRenderer {
    static final String ELLIPSIS = "…";
    static final String GAP = "  ";
    private static final int MIN_WIDTH = 5;
    private final int width;
    private final Style style;
    private final Set<String> keepWhole;

    public TableRenderer(int width, Style style) {
        this(width, style, Set.of());
    }

    private TableRenderer(int width, Style style, Set<String> keepWhole) {
        this.width = Math.max(20, width);
        this.style = style;
        this.keepWhole = keepWhole;
    }

    /** A renderer that never shortens these columns (ids people copy): others give way first. */
    public TableRenderer keepingWhole(String... columns) {
        return new TableRenderer(width, style, Set.of(columns));
    }

    /** {@code (3 rows, 12 ms)}, {@code (1000 rows, 40 ms, truncated)}. */
    public static String footer(long rows, Long executionMs, boolean truncated) {
        StringBuilder sb = new StringBuilder("(").append(rows).append(rows == 1 ? " row" : " rows");
        if (executionMs != null) {
            sb.append(", ").append(executionMs).append(" ms");
        }
        if (truncated) {
            sb.append(", truncated");
        }
        return sb.append(')').toString();
    }

    public String render(Table table, String footer) {
        int n = table.columns().size();
        List<String[]> cells = new ArrayList<>(table.size());
        boolean[] numeric = new boolean[n];
        int[] natural = new int[n];
        for (int c = 0; c < n; c++) {
            numeric[c] = Cells.isNumeric(table, c);
            natural[c] = Math.max(1, length(Cells.clean(table.columns().get(c))));
        }
        int[] scale = Cells.decimalPlaces(table);
        for (List<Object> row : table.rows()) {
            String[] texts = new String[n];
            for (int c = 0; c < n; c++) {
                Object value = c < row.size() ? row.get(c) : null;
                BigDecimal floating = scale[c] >= 0 ? Cells.floating(value) : null;
                texts[c] = floating != null ? Cells.aligned(floating, scale[c]) : Cells.text(value, table.type(c));
                natural[c] = Math.max(natural[c], length(texts[c]));
            }
            cells.add(texts);
        }
        int[] minimum = new int[n];
        for (int c = 0; c < n; c++) {
            minimum[c] = keepWhole.contains(table.columns().get(c)) ? natural[c] : Math.min(natural[c], MIN_WIDTH);
            if (numeric[c]) {
                // a shortened number reads as another number: numbers keep their width, only their header may shrink
                for (String[] row : cells) {
                    minimum[c] = Math.max(minimum[c], length(row[c]));
                }
            }
        }
        int shown = columnsThatFit(minimum);
        int[] widths = fit(Arrays.copyOf(natural, shown), Arrays.copyOf(minimum, shown));
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < shown; c++) {
            header.add(style.bold(pad(Cells.clean(table.columns().get(c)), widths[c], numeric[c])));
            rule.add(style.dim("─".repeat(widths[c])));
        }
        line(out, header);
        line(out, rule);
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            List<Object> values = table.rows().get(r);
            List<String> parts = new ArrayList<>(shown);
            for (int c = 0; c < shown; c++) {
                String text = pad(row[c], widths[c], numeric[c]);
                boolean isNull = c >= values.size() || values.get(c) == null;
                parts.add(isNull ? style.dim(text) : text);
            }
            line(out, parts);
        }
        if (shown < n) {
            List<String> hidden = table.columns().subList(shown, n);
            out.append(style.dim("(" + hidden.size() + (hidden.size() == 1 ? " more column" : " more columns")
                    + " not shown: " + abbreviate(String.join(", ", hidden), 60)
                    + "; widen the terminal (COLUMNS) or use --json / --output)")).append('\n');
        }
        if (footer != null && !footer.isEmpty()) {
            out.append(style.dim(footer)).append('\n');
        }
        return out.toString();
    }

    /** How many leading columns fit at their minimum width; at least one. */
    private int columnsThatFit(int[] minimum) {
        int used = 0;
        for (int c = 0; c < minimum.length; c++) {
            used += (c == 0 ? 0 : GAP.length()) + minimum[c];
            if (used > width) {
                return Math.max(1, c);
            }
        }
        return minimum.length;
    }

    /** Widths that fit: the largest common cap that keeps the total within the terminal, then any slack handed out. */
    private int[] fit(int[] natural, int[] minimum) {
        int available = width - GAP.length() * (natural.length - 1);
        if (Arrays.stream(natural).sum() <= available) {
            return natural;
        }
        int lo = 0;
        int hi = Arrays.stream(natural).max().orElse(0);
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (Arrays.stream(capped(natural, minimum, mid)).sum() <= available) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int[] widths = capped(natural, minimum, lo);
        int slack = available - Arrays.stream(widths).sum();
        for (int c = 0; c < widths.length && slack > 0; c++) {
            if (widths[c] < natural[c]) {
                widths[c]++;
                slack--;
            }
        }
        return widths;
    }

    private static int[] capped(int[] natural, int[] minimum, int cap) {
        int[] widths = new int[natural.length];
        for (int c = 0; c < natural.length; c++) {
            widths[c] = Math.min(natural[c], Math.max(cap, minimum[c]));
        }
        return widths;
    }

    private static void line(StringBuilder out, List<String> parts) {
        out.append(String.join(GAP, parts).stripTrailing()).append('\n');
    }

    static String pad(String text, int width, boolean right) {
        String fitted = length(text) > width ? truncate(text, width) : text;
        String spaces = " ".repeat(width - length(fitted));
        return right ? spaces + fitted : fitted + spaces;
    }

    static String truncate(String text, int width) {
        if (width <= 1) {
            return ELLIPSIS.substring(0, width);
        }
        int end = text.offsetByCodePoints(0, width - 1);
        return text.substring(0, end) + ELLIPSIS;
    }

    private static String abbreviate(String s, int max) {
        return length(s) > max ? truncate(s, max) : s;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }


}
