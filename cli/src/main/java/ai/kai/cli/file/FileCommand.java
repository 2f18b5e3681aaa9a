package ai.kai.cli.file;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai file}: the group of file commands. */
@Command(name = "file", description = "Upload, list, show, query, clean and delete files.",
        subcommands = {FileUploadCommand.class, FileListCommand.class, FileShowCommand.class, FileQueryCommand.class,
                FileCleanCommand.class, FileDeleteCommand.class, ai.kai.cli.agent.FileAnalyzeCommand.class})
public final class FileCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a file command: upload, list, show, query, clean or delete");
    }
}
