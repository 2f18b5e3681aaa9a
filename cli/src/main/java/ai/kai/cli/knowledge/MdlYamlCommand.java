package ai.kai.cli.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;

/** The mdl commands' shared YAML handling: {@code --output} may name a .yaml file; YAML files are read locally. */
abstract class MdlYamlCommand extends ApiCommand {
    @Override
    protected void validateOutput() {
        if (outputOptions.output().filter(MdlYamlCommand::isYaml).isEmpty()) {
            outputOptions.validate();
        }
    }

    /** Writes the YAML to {@code --output} when it names a .yaml/.yml file, else prints it (unless --json). */
    protected void writeYaml(String yaml) {
        var target = outputOptions.output().filter(MdlYamlCommand::isYaml);
        if (target.isPresent()) {
            try {
                Path parent = target.get().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(target.get(), yaml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(ExitCodes.FAILURE, "cannot write " + target.get() + ": " + e.getMessage());
            }
            terminal().info("wrote " + target.get());
        } else if (!json()) {
            terminal().out().print(yaml);
            terminal().out().flush();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The layer's {@code source} (a file id or connection alias), read from its top-level field. */
    static String sourceOf(String yaml, Path file) {
        return yaml.lines().filter(l -> l.startsWith("source:")).findFirst()
                .map(l -> l.substring("source:".length()).strip().replaceAll("^[\"']|[\"']$", ""))
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new CliException(ExitCodes.USAGE, file + " has no top-level 'source:' "
                        + "(the file id or connection alias the layer describes)"));
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
