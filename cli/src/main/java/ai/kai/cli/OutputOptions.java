package ai.kai.cli;

import java.nio.file.Path;
import java.util.Optional;

import ai.kai.cli.output.ResultWriter;
import picocli.CommandLine.Option;

/** How results are shown: a table (default) or {@code --json}; and {@code --output PATH} for an artifact. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print the API's response wrapper exactly as received instead of a table.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Also write the result to PATH: .csv or .parquet (the table, Parquet keeping column types) "
                    + "or .json (the response wrapper).")
    Path output;

    public boolean json() {
        return json;
    }

    public Optional<Path> output() {
        return Optional.ofNullable(output);
    }

    /** Fails with a usage error before any request if {@code --output} names a format we do not write. */
    public void validate() {
        output().ifPresent(ResultWriter::formatOf);
    }
}
