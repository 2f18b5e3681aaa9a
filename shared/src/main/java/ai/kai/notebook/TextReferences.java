package ai.kai.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {{name}}} and {@code {{cell.field}}} references of a text cell. */
final class TextReferences {
    static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)((?:\\.[A-Za-z0-9_]+)*)\\s*}}");

    private TextReferences() {
    }

    record Reference(String head, List<String> path, String raw) {
    }

    static List<Reference> of(String text) {
        List<Reference> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            List<String> path = m.group(2).isEmpty() ? List.of() : List.of(m.group(2).substring(1).split("\\."));
            out.add(new Reference(m.group(1), path, m.group()));
        }
        return out;
    }
}
