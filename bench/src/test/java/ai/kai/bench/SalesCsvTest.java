package ai.kai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SalesCsvTest {
    private static List<String> lines(long rows) throws Exception {
        StringWriter out = new StringWriter();
        SalesCsv.write(out, rows);
        return out.toString().lines().toList();
    }

    @Test
    void shouldWriteTheSameBytesEveryTime() throws Exception {
        assertThat(lines(500)).isEqualTo(lines(500));
    }

    @Test
    void shouldWriteAHeaderAndOneLinePerRowWithEightColumns() throws Exception {
        List<String> lines = lines(1000);
        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0)).isEqualTo(SalesCsv.HEADER);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(8));
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(1000)).startsWith("1000,");
    }

    @Test
    void shouldKeepRevenueEqualToUnitsTimesPrice() throws Exception {
        for (String line : lines(200).subList(1, 201)) {
            String[] f = line.split(",");
            long priceCents = Math.round(Double.parseDouble(f[6]) * 100);
            long revenueCents = Math.round(Double.parseDouble(f[7]) * 100);
            assertThat(revenueCents).as(line).isEqualTo(priceCents * Long.parseLong(f[5]));
            assertThat(Arrays.asList(SalesCsv.REGIONS)).contains(f[2]);
            assertThat(f[1]).matches("202[34]-\\d\\d-\\d\\d");
        }
    }
}
