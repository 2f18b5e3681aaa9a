package ai.kai.notebook;

import java.util.List;

/**
 * A typed notebook parameter. {@code defaultValue} is text: a literal ({@code 2025-11-01}, {@code 10}) or, for dates,
 * a relative expression evaluated at run time ({@code today}, {@code start_of_last_month}, {@code today - 7 days}).
 * A parameter without a default is required.
 */
public record Parameter(String name, ParameterType type, String defaultValue, List<String> options, String description) {
    public Parameter {
        options = options == null ? List.of() : List.copyOf(options);
        description = description == null ? "" : description;
    }

    public boolean required() {
        return defaultValue == null;
    }
}
