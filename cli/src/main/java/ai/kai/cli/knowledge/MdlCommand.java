package ai.kai.cli.knowledge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kai mdl}: the semantic layer of a file or connection (models, metrics, relationships in YAML). */
@Command(name = "mdl", description = "Semantic layer: generate a draft, validate it against the data, import it, export it.",
        subcommands = {MdlGenerateCommand.class, MdlValidateCommand.class, MdlImportCommand.class, MdlExportCommand.class})
public final class MdlCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing an mdl command: generate, validate, import or export");
    }
}
