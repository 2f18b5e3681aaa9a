package ai.kai.cli.notebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.cli.CliException;
import picocli.CommandLine.Option;

/** {@code --param NAME=VALUE}, repeatable: the values of a notebook's parameters for a run or a schedule. */
public final class ParameterOptions {
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value, e.g. --param start_date=2025-11-01 (repeatable).")
    List<String> params;

    /** The parameters in the order given; a usage error names an argument without '='. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : params == null ? List.<String>of() : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("--param takes NAME=VALUE, e.g. --param start_date=2025-11-01; got '" + p + "'");
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return out;
    }
}
