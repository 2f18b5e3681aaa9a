package ai.kai.cli.visualize;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.output.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kai visualize export VIZ_ID --format png|svg|pdf|html --output PATH}: the API renders the stored chart and
 * answers a presigned URL; the file is downloaded from it. Prints the path written.
 */
@Command(name = "export", description = {"Export a generated chart as PNG, SVG, PDF or HTML and download it.",
    "Example: kai visualize export v_01jd... --format png --dpi 300 --output chart.png"})
public final class VisualizeExportCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "VIZ_ID", description = "The viz_id printed by kai visualize generate.")
    String vizId;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, svg, pdf, html (offline, plotly.js inside), html_cdn (small, loads plotly.js) or json "
                    + "(the Plotly figure). Default: from --output's extension.")
    String format;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (36-1200); sets the pixel scale to dpi/96.")
    Integer dpi;

    @Option(names = "--scale", paramLabel = "X", description = "PNG pixel multiplier (0.1-10).")
    Double scale;

    @Option(names = "--width", paramLabel = "PX", description = "Width (PDF: points); default the chart's.")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Height (PDF: points); default the chart's.")
    Integer height;

    private ChartFile kind;

    @Override
    protected void validateOutput() {
        outputOptions.output().ifPresent(ChartFile::ofPath);
    }

    @Override
    protected void validate() {
        if (format == null && outputOptions.output().isEmpty()) {
            throw CliException.usage("give --format FORMAT or --output PATH (its extension names the format)");
        }
        kind = format != null ? ChartFile.ofFormat(format) : ChartFile.ofPath(outputOptions.output().orElseThrow());
    }

    @Override
    protected int run(ApiClient api) {
        Path path = outputOptions.output().orElse(kind.defaultPath(vizId));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("dpi", dpi);
        options.put("scale", scale);
        options.put("width", width);
        options.put("height", height);
        long bytes = kind.write(api, vizId, path, options);
        terminal().println(path.toString());
        terminal().info("wrote " + kind.format() + " (" + Formats.bytes(bytes) + ")");
        return ExitCodes.OK;
    }
}
