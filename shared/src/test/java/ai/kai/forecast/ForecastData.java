package ai.kai.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference series in {@code shared/data/forecast} (R's datasets, see {@code shared/data/SOURCES.md}),
 * found by walking up from the working directory to the directory that holds {@code shared/data}.
 */
public final class ForecastData {
    private ForecastData() {
    }

    /** One CSV series ({@code ds,y}). */
    public record Series(String name, List<LocalDateTime> times, double[] values) {
        public List<Double> boxedValues() {
            List<Double> out = new ArrayList<>(values.length);
            for (double v : values) {
                out.add(v);
            }
            return out;
        }
    }

    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data").resolve("forecast");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/data/forecast directory above " + dir
                + ": the reference series live next to the repository in shared/data (see shared/data/SOURCES.md)");
    }

    public static List<String> names() {
        try (var files = Files.list(directory())) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".csv"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Series load(String name) {
        try {
            List<String> lines = Files.readAllLines(directory().resolve(name + ".csv"));
            List<LocalDateTime> times = new ArrayList<>();
            double[] values = new double[lines.size() - 1];
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                times.add(LocalDate.parse(cells[0].trim()).atStartOfDay());
                values[i - 1] = Double.parseDouble(cells[1].trim());
            }
            return new Series(name, times, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
