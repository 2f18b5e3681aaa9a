package ai.kai.notebook;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Where each field of a YAML or JSON document starts (JSON pointer → line), so errors can name the line. */
final class SourceLines {
    private final Map<String, Integer> lines;

    private SourceLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static SourceLines of(JsonFactory factory, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String pointer = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        ? p.getParsingContext().getParent() == null ? "" : pointerOf(p.getParsingContext().getParent())
                        : pointerOf(p.getParsingContext());
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException e) {
            // the mapper reports the syntax error with its own location
        }
        return new SourceLines(lines);
    }

    private static String pointerOf(com.fasterxml.jackson.core.JsonStreamContext context) {
        return context.pathAsPointer().toString();
    }

    /** "line 12, cells[2].type" for {@code /cells/2/type}; the nearest enclosing field's line when unknown. */
    String where(String pointer) {
        String p = pointer;
        Integer line = null;
        while (line == null && p != null) {
            line = lines.get(p);
            p = p.isEmpty() ? null : p.substring(0, p.lastIndexOf('/'));
        }
        String field = pointer.isEmpty() ? "the document" : pointer.substring(1).replaceAll("/(\\d+)", "[$1]")
                .replaceAll("^(\\d+)", "[$1]").replace('/', '.');
        return (line == null ? "" : "line " + line + ", ") + field;
    }
}
