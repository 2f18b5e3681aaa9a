package ai.kai.cli.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartHtml;
import ai.kai.chart.render.ExportFormat;
import ai.kai.chart.render.ExportOptions;
import ai.kai.chart.render.StaticExporter;
import ai.kai.cli.CliException;

/** Writes a figure where {@code --chart} says, in the format its extension names: PNG, SVG, PDF or offline HTML. */
final class ChartFile {
    static final List<String> EXTENSIONS = List.of("png", "svg", "pdf", "html", "htm");

    private ChartFile() {
    }

    /** Fails with a usage error before any request when the extension names no format we write. */
    static void validate(Path path) {
        if (path != null && !EXTENSIONS.contains(extension(path))) {
            throw CliException.usage("--chart must end in .png, .svg, .pdf or .html (got " + path + ")");
        }
    }

    static void write(Path path, ObjectNode figure) {
        String extension = extension(path);
        try {
            byte[] bytes = extension.startsWith("htm") ? ChartHtml.offline(figure).getBytes(StandardCharsets.UTF_8)
                    : StaticExporter.export(figure, ExportFormat.parse(extension), ExportOptions.defaults());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw CliException.local("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
