package ai.kai.local;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A generated sales table for the chart tests, as CSV, with the sums a chart of it must show computed here
 * independently. Revenues are multiples of 0.5, so every sum is exact in floating point.
 */
final class SalesRows {
    static final String[] REGIONS = {"North", "South", "East", "West"};
    static final String[] PRODUCTS = {"A", "B", "C"};

    private SalesRows() {
    }

    static String region(int i) {
        return REGIONS[i % 4];
    }

    static String product(int i) {
        return PRODUCTS[i % 3];
    }

    static double revenue(int i) {
        return (i % 17) * 2.5 + 1;
    }

    /** {@code id,region,product,day,revenue,units,code}: {@code code} is unique per row (too many slices for a pie). */
    static String csv(int rows) {
        StringBuilder csv = new StringBuilder("id,region,product,day,revenue,units,code\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(',').append(region(i)).append(',').append(product(i)).append(',')
                    .append(LocalDate.of(2025, 1, 1).plusDays(i % 90)).append(',').append(revenue(i)).append(',')
                    .append(i % 5).append(",C").append(i).append('\n');
        }
        return csv.toString();
    }

    /** Revenue summed per region, over the rows whose product is {@code product} (null: every row). */
    static Map<String, Double> revenueByRegion(int rows, String product) {
        Map<String, Double> sums = new TreeMap<>();
        for (int i = 0; i < rows; i++) {
            if (product == null || product.equals(product(i))) {
                sums.merge(region(i), revenue(i), Double::sum);
            }
        }
        return sums;
    }
}
