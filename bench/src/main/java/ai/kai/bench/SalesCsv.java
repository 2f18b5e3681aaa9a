package ai.kai.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic sales table as CSV: {@code id,date,region,product,category,units,price,revenue}. The same
 * row count and seed always give the same bytes, so figures from different runs measure the same input.
 * Dates span 2023–2024, 5 regions, 200 products in 6 categories, prices 1.99–199.99, revenue = units × price.
 */
public final class SalesCsv {
    public static final String HEADER = "id,date,region,product,category,units,price,revenue";
    static final String[] REGIONS = {"North", "South", "East", "West", "Central"};
    static final String[] CATEGORIES = {"Electronics", "Furniture", "Grocery", "Clothing", "Toys", "Garden"};
    static final int PRODUCTS = 200;
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = 731;
    private static final long SEED = 20_261_125L;

    private SalesCsv() {
    }

    /** Writes {@code rows} data rows (plus the header) to {@code target} and returns its size in bytes. */
    public static long write(Path target, long rows) {
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
        try {
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Writer out, long rows) throws IOException {
        String[] dates = new String[DAYS];
        for (int d = 0; d < DAYS; d++) {
            dates[d] = FIRST_DAY.plusDays(d).toString();
        }
        String[] products = new String[PRODUCTS];
        int[] basePriceCents = new int[PRODUCTS];
        for (int p = 0; p < PRODUCTS; p++) {
            String category = CATEGORIES[p % CATEGORIES.length];
            products[p] = category.substring(0, 3).toUpperCase() + "-" + String.format("%03d", p);
            basePriceCents[p] = 199 + (int) ((p * 7919L) % 19_800);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder line = new StringBuilder(96);
        out.write(HEADER);
        out.write('\n');
        for (long id = 1; id <= rows; id++) {
            int p = random.nextInt(PRODUCTS);
            int units = 1 + random.nextInt(20);
            long priceCents = basePriceCents[p];
            line.setLength(0);
            line.append(id).append(',')
                    .append(dates[random.nextInt(DAYS)]).append(',')
                    .append(REGIONS[random.nextInt(REGIONS.length)]).append(',')
                    .append(products[p]).append(',')
                    .append(CATEGORIES[p % CATEGORIES.length]).append(',')
                    .append(units).append(',');
            cents(line, priceCents).append(',');
            cents(line, priceCents * units).append('\n');
            out.append(line);
        }
    }

    private static StringBuilder cents(StringBuilder sb, long cents) {
        sb.append(cents / 100).append('.');
        long fraction = cents % 100;
        if (fraction < 10) {
            sb.append('0');
        }
        return sb.append(fraction);
    }

    /** {@code SalesCsv <file> [rows]}: writes the benchmark input on its own. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SalesCsv <file> [rows, default 1000000]");
            System.exit(2);
        }
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        long bytes = write(Path.of(args[0]), rows);
        System.out.println(rows + " rows, " + bytes + " bytes → " + args[0]);
    }
}
