package ai.kai.cli.knowledge;

import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai mdl export SOURCE [--output mdl.yaml]}: the stored layer as YAML. */
@Command(name = "export", description = "Write the stored semantic layer of a file id or connection alias as YAML.")
public final class MdlExportCommand extends MdlYamlCommand {
    @Parameters(index = "0", paramLabel = "SOURCE", description = "The file id or connection alias.")
    String source;

    @Override
    protected int run(ApiClient api) {
        if (json()) {
            emit(api.get("/mdl/" + ApiClient.segment(source)));
            return ExitCodes.OK;
        }
        writeYaml(api.getText("/mdl/" + ApiClient.segment(source) + "?format=yaml"));
        return ExitCodes.OK;
    }
}
