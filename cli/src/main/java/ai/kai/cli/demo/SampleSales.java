package ai.kai.cli.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * A realistic, deterministic sales table for the demo: two years of orders (2024-2025) with a growth trend,
 * a weekly rhythm (quiet weekends), a yearly season (a year-end peak, a summer dip, a late-November rush), four
 * regions whose mix drifts (West grows fastest), 20 products in 5 categories, repeat customers, and the quirks
 * real exports have: a small share of missing regions and customer ids, returns with negative units, a product
 * name with a comma, a price rise in the second year. The same seed gives the same bytes on every run.
 */
public final class SampleSales {
    public static final int DEFAULT_ROWS = 20_000;
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    public static final List<String> COLUMNS = List.of("order_id", "order_date", "region", "product", "category",
            "customer_id", "units", "unit_price", "revenue");
    public static final List<String> REGIONS = List.of("North", "South", "East", "West");
    static final double MISSING_REGION = 0.010;
    static final double MISSING_CUSTOMER = 0.015;
    static final double RETURNS = 0.006;
    private static final long SEED = 20_240_101L;
    private static final int CUSTOMERS = 2_500;
    private static final double[] WEEKDAY = {1.05, 1.12, 1.10, 1.06, 0.98, 0.62, 0.52};

    record Product(String name, String category, String price, double popularity, int maxUnits) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("Laptop Pro 14", "Electronics", "1299.00", 0.8, 2),
            new Product("Laptop Air 13", "Electronics", "949.00", 1.1, 2),
            new Product("27-inch Monitor", "Electronics", "279.00", 1.6, 3),
            new Product("Noise-Cancelling Headphones", "Electronics", "189.00", 1.5, 3),
            new Product("Wireless Mouse", "Accessories", "29.99", 3.2, 6),
            new Product("Mechanical Keyboard", "Accessories", "89.00", 2.0, 4),
            new Product("Cable, USB-C (2 m)", "Accessories", "14.99", 3.6, 10),
            new Product("Laptop Stand", "Accessories", "49.00", 1.7, 4),
            new Product("Webcam HD", "Accessories", "69.00", 1.4, 3),
            new Product("Ergonomic Chair", "Furniture", "349.00", 0.9, 2),
            new Product("Standing Desk", "Furniture", "599.00", 0.6, 1),
            new Product("Bookshelf", "Furniture", "159.00", 0.7, 2),
            new Product("Desk Lamp", "Furniture", "39.00", 1.5, 4),
            new Product("Copy Paper (500 sheets)", "Office Supplies", "7.49", 4.0, 20),
            new Product("Gel Pens (12-pack)", "Office Supplies", "11.99", 3.0, 12),
            new Product("Notebook A5", "Office Supplies", "4.99", 3.4, 15),
            new Product("Stapler", "Office Supplies", "16.49", 1.2, 5),
            new Product("Office Suite (1-year licence)", "Software", "99.00", 1.3, 10),
            new Product("Antivirus (1-year licence)", "Software", "39.99", 1.4, 10),
            new Product("Cloud Backup (1 TB, 1 year)", "Software", "59.99", 1.0, 5));

    private SampleSales() {
    }

    public static void write(Path path, int rows) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(w, rows);
        }
    }

    public static void write(Writer out, int rows) throws IOException {
        Random random = new Random(SEED);
        int[] perDay = ordersPerDay(rows, random);
        double[] productWeights = PRODUCTS.stream().mapToDouble(Product::popularity).toArray();
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        int orderNo = 0;
        for (int day = 0; day < perDay.length; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            double t = day / 365.0;
            double[] regionWeights = {0.30 - 0.02 * t, 0.22, 0.27, 0.21 + 0.05 * t};
            for (int i = 0; i < perDay[day]; i++) {
                orderNo++;
                Product product = PRODUCTS.get(pick(productWeights, random));
                String region = REGIONS.get(pick(regionWeights, random));
                if (random.nextDouble() < MISSING_REGION) {
                    region = "";
                }
                String customer = String.format(java.util.Locale.ROOT, "C%05d", 1 + (int) (CUSTOMERS * Math.pow(random.nextDouble(), 2.2)));
                if (random.nextDouble() < MISSING_CUSTOMER) {
                    customer = "";
                }
                int units = units(product, random);
                if (random.nextDouble() < RETURNS) {
                    units = -1 - random.nextInt(2);
                }
                BigDecimal price = price(product, date, random);
                BigDecimal revenue = price.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.UNNECESSARY);
                out.write(String.join(",", String.format(java.util.Locale.ROOT, "SO-%06d", orderNo), date.toString(), region,
                        csv(product.name()), product.category(), customer, Integer.toString(units), price.toPlainString(),
                        revenue.toPlainString()));
                out.write('\n');
            }
        }
    }

    /**
     * How many orders each day gets: trend × weekday × season × noise, scaled so the days add up to exactly
     * {@code rows} (largest remainders get the last few).
     */
    static int[] ordersPerDay(int rows, Random random) {
        int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        double[] weight = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            double trend = 1 + 0.22 * d / 365.0;
            double weekly = WEEKDAY[date.getDayOfWeek().getValue() - 1];
            double season = 1 + 0.18 * Math.cos(2 * Math.PI * (date.getDayOfYear() - 350) / 365.25);
            double rush = date.getMonthValue() == 11 && date.getDayOfMonth() >= 24
                    || date.getMonthValue() == 12 && date.getDayOfMonth() <= 2 && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    ? 1.6 : 1.0;
            double noise = 0.85 + 0.3 * (random.nextDouble() + random.nextDouble()) / 2;
            weight[d] = trend * weekly * season * rush * noise;
            sum += weight[d];
        }
        int[] counts = new int[days];
        double[] remainder = new double[days];
        int assigned = 0;
        for (int d = 0; d < days; d++) {
            double expected = rows * weight[d] / sum;
            counts[d] = (int) Math.floor(expected);
            remainder[d] = expected - counts[d];
            assigned += counts[d];
        }
        while (assigned < rows) {
            int best = 0;
            for (int d = 1; d < days; d++) {
                if (remainder[d] > remainder[best]) {
                    best = d;
                }
            }
            counts[best]++;
            remainder[best] = -1;
            assigned++;
        }
        return counts;
    }

    private static int units(Product product, Random random) {
        int units = 1;
        while (units < product.maxUnits() && random.nextDouble() < 0.45) {
            units++;
        }
        return units;
    }

    /** The list price (3% higher from 2025), now and then discounted 5-20%, in cents. */
    private static BigDecimal price(Product product, LocalDate date, Random random) {
        BigDecimal list = new BigDecimal(product.price());
        if (date.getYear() >= 2025) {
            list = list.multiply(new BigDecimal("1.03"));
        }
        double r = random.nextDouble();
        int discountPercent = r < 0.80 ? 0 : r < 0.95 ? 5 + random.nextInt(11) : 20;
        BigDecimal factor = BigDecimal.valueOf(100 - discountPercent).movePointLeft(2);
        return list.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
