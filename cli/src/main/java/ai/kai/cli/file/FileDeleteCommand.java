package ai.kai.cli.file;

import java.util.ArrayList;
import java.util.List;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.output.Table;
import ai.kai.files.FileIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kai file delete FILE...}: removes the original, its stored forms and the record. */
@Command(name = "delete", description = "Delete files: the original upload, its stored forms and its record.")
public final class FileDeleteCommand extends ApiCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "file_ids or uploaded names (a name means the newest file of that name).")
    List<String> files;

    @Override
    protected int run(ApiClient api) {
        FileResolver resolver = new FileResolver(api, note -> terminal().info("note: " + note));
        List<List<Object>> deleted = new ArrayList<>();
        ApiResponse response = null;
        for (String file : files) {
            String fileId = resolver.resolve(file);
            response = api.deleteFile(fileId);
            emit(response);
            deleted.add(List.of(fileId, true));
            if (!json()) {
                terminal().println("deleted " + fileId + (FileIds.looksLikeId(file) ? "" : " (" + file + ")"));
            }
        }
        writeArtifact(response, new Table(List.of("file_id", "deleted"), List.of("VARCHAR", "BOOLEAN"), deleted));
        return ExitCodes.OK;
    }
}
