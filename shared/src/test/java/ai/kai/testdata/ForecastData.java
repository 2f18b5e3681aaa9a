package ai.kai.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic series of {@code shared/data/forecast} (see {@code shared/data/SOURCES.md}): {@code ds,y} CSVs
 * from R's datasets package. The data directory lives beside the repository, so it is found by walking up from
 * the working directory to the first directory that holds {@code shared/data}.
 */
public record ForecastData(String name, List<LocalDate> dates, double[] values) {

    public static ForecastData load(String name) {
        Path file = dataDirectory().resolve("forecast").resolve(name + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("test data set " + name + " is missing: expected " + file);
        }
        try {
            List<String> lines = Files.readAllLines(file);
            List<LocalDate> dates = new ArrayList<>();
            double[] values = new double[lines.size() - 1];
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                dates.add(LocalDate.parse(cells[0].strip()));
                values[i - 1] = Double.parseDouble(cells[1].strip());
            }
            return new ForecastData(name, List.copyOf(dates), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code n} observations. */
    public ForecastData head(int n) {
        return new ForecastData(name, dates.subList(0, n), java.util.Arrays.copyOf(values, n));
    }

    static Path dataDirectory() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("forecast"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/data/forecast directory above " + start
                + "; the test data sets live beside the repository (see shared/data/SOURCES.md)");
    }
}
