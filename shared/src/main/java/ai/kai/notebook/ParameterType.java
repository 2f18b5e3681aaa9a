package ai.kai.notebook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The type of a notebook parameter: how its text is parsed and how it is bound in SQL. */
public enum ParameterType {
    DATE, NUMBER, TEXT, SELECT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ParameterType fromWire(String text) {
        return parse(text).orElse(null);
    }

    public static Optional<ParameterType> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.wire().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String wires() {
        return Arrays.stream(values()).map(ParameterType::wire).collect(Collectors.joining(", "));
    }
}
