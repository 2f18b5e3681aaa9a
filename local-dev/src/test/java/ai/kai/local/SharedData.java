package ai.kai.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference data sets of {@code shared/data} (see its SOURCES.md), which live beside the repository: found by
 * walking up from the working directory to the first directory that holds {@code shared/data/forecast}.
 */
final class SharedData {
    private SharedData() {
    }

    /** The lines of a {@code ds,y} series, header first, e.g. {@code forecast("AirPassengers")}. */
    static List<String> forecast(String name) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared/data/forecast").resolve(name + ".csv");
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no shared/data/forecast/" + name + ".csv above " + start);
    }
}
