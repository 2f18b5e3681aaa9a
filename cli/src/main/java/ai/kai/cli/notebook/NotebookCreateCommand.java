package ai.kai.cli.notebook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.file.FileTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai notebook create NAME --from-template T --file F}: a notebook from a template over a file. */
@Command(name = "create", description = {"Create a notebook from a template over a file.",
    "Example: kai notebook create monthly-review --from-template sales_analysis --file sales.csv"})
public final class NotebookCreateCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The notebook's name (unique per tenant).")
    String name;

    @Option(names = "--from-template", required = true, paramLabel = "TEMPLATE",
            description = "A template id (see kai notebook templates).")
    String template;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "A local file to upload, or a file_id or uploaded name.")
    String file;

    @Override
    protected int run(ApiClient api) {
        String fileId = FileTarget.fileId(api, terminal(), file);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template_id", template);
        body.put("name", name);
        body.put("file_id", fileId);
        ApiResponse response = api.post("/notebooks/from-template", body);
        JsonNode notebook = emit(response);
        if (!json()) {
            terminal().println("created " + notebook.path("name").asText() + " (" + notebook.path("id").asText() + ") from "
                    + template + " over " + fileId + ", " + notebook.path("cells").size() + " cells");
            terminal().info("run it with: kai notebook run " + notebook.path("name").asText());
        }
        return ExitCodes.OK;
    }
}
