package ai.kai.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSalesTest {
    private static String csv;
    private static List<String[]> rows;

    @BeforeAll
    static void generate() throws IOException {
        StringWriter out = new StringWriter();
        SampleSales.write(out, SampleSales.DEFAULT_ROWS);
        csv = out.toString();
        rows = new ArrayList<>();
        csv.lines().skip(1).forEach(line -> rows.add(split(line)));
    }

    /** CSV fields; the sample quotes only fields with a comma. */
    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    @Test
    void shouldGenerateTheSameBytesEveryTime() throws IOException {
        StringWriter again = new StringWriter();
        SampleSales.write(again, SampleSales.DEFAULT_ROWS);

        assertThat(again.toString()).isEqualTo(csv);
    }

    @Test
    void shouldHaveTheHeaderAndExactlyTheRequestedRowsOfNineFields() {
        assertThat(csv.lines().findFirst()).contains(
                "order_id,order_date,region,product,category,customer_id,units,unit_price,revenue");
        assertThat(rows).hasSize(20_000).allSatisfy(r -> assertThat(r).hasSize(9));
        assertThat(rows.get(0)[0]).isEqualTo("SO-000001");
        assertThat(rows.get(19_999)[0]).isEqualTo("SO-020000");
    }

    @Test
    void shouldSpanTwoYearsWithEveryRevenueEqualToUnitsTimesUnitPrice() {
        assertThat(rows).allSatisfy(r -> {
            LocalDate date = LocalDate.parse(r[1]);
            assertThat(date).isBetween(SampleSales.FIRST_DAY, SampleSales.LAST_DAY);
            assertThat(new BigDecimal(r[8])).isEqualByComparingTo(new BigDecimal(r[7]).multiply(new BigDecimal(r[6])));
        });
        assertThat(rows.get(0)[1]).isEqualTo("2024-01-01");
        assertThat(rows.get(rows.size() - 1)[1]).isEqualTo("2025-12-31");
    }

    @Test
    void shouldUseFourRegionsAndHaveASmallShareOfMissingValuesAndReturns() {
        assertThat(rows).extracting(r -> r[2]).containsOnly("North", "South", "East", "West", "");
        double missingRegion = rows.stream().filter(r -> r[2].isEmpty()).count() / (double) rows.size();
        double missingCustomer = rows.stream().filter(r -> r[5].isEmpty()).count() / (double) rows.size();
        double returns = rows.stream().filter(r -> Integer.parseInt(r[6]) < 0).count() / (double) rows.size();

        assertThat(missingRegion).isCloseTo(SampleSales.MISSING_REGION, within(0.004));
        assertThat(missingCustomer).isCloseTo(SampleSales.MISSING_CUSTOMER, within(0.005));
        assertThat(returns).isCloseTo(SampleSales.RETURNS, within(0.003));
        assertThat(rows).anySatisfy(r -> assertThat(r[3]).contains(","));
    }

    @Test
    void shouldGrowYearOverYearPeakAtYearEndAndBeQuietOnWeekends() {
        Map<Integer, Double> byYear = new HashMap<>();
        Map<String, Integer> ordersByQuarter = new HashMap<>();
        int weekdayOrders = 0;
        int weekendOrders = 0;
        for (String[] r : rows) {
            LocalDate date = LocalDate.parse(r[1]);
            byYear.merge(date.getYear(), Double.parseDouble(r[8]), Double::sum);
            ordersByQuarter.merge(date.getYear() + "Q" + ((date.getMonthValue() - 1) / 3 + 1), 1, Integer::sum);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend) {
                weekendOrders++;
            } else {
                weekdayOrders++;
            }
        }

        assertThat(byYear.get(2025)).isGreaterThan(byYear.get(2024) * 1.1);
        assertThat(ordersByQuarter.get("2024Q4")).isGreaterThan(ordersByQuarter.get("2024Q2"));
        assertThat(ordersByQuarter.get("2025Q4")).isGreaterThan(ordersByQuarter.get("2025Q3"));
        assertThat(weekendOrders / 2.0).as("orders per weekend day vs per weekday").isLessThan(weekdayOrders / 5.0 * 0.75);
    }

    @Test
    void shouldBeReadByDuckDbWithTheTypesTheDemoQueriesRelyOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sales.csv");
        SampleSales.write(file, 2_000);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_csv('"
                     + file + "'))")) {
            Map<String, String> types = new HashMap<>();
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
            assertThat(types).containsEntry("order_date", "DATE").containsEntry("units", "BIGINT")
                    .containsEntry("unit_price", "DOUBLE").containsEntry("revenue", "DOUBLE")
                    .containsEntry("region", "VARCHAR").hasSize(9);
        }
    }
}
