package ai.kai.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The notebook templates of {@code notebook-templates/}, read from the classpath (the shared jar carries them) and
 * listed by {@code index.txt}. Each is checked like any notebook when loaded, so a broken template fails at start.
 */
public final class TemplateCatalog {
    static final String ROOT = "notebook-templates/";
    private final Map<String, NotebookSpec> templates;

    private TemplateCatalog(Map<String, NotebookSpec> templates) {
        this.templates = templates;
    }

    public record TemplateInfo(String id, String name, String description, List<Parameter> parameters, int cells) {
    }

    public static TemplateCatalog load() {
        Map<String, NotebookSpec> out = new LinkedHashMap<>();
        for (String id : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            try {
                out.put(id, NotebookReader.yaml(read(id + ".yaml")));
            } catch (KaiException e) {
                throw new IllegalStateException("template " + id + " is invalid: " + e.getMessage(), e);
            }
        }
        return new TemplateCatalog(out);
    }

    public List<TemplateInfo> list() {
        List<TemplateInfo> out = new ArrayList<>();
        templates.forEach((id, t) -> out.add(new TemplateInfo(id, t.name(), t.description(), t.parameters(), t.cells().size())));
        return out;
    }

    public NotebookSpec require(String id) {
        String key = id == null ? "" : id.strip().replace('-', '_');
        NotebookSpec spec = templates.get(key);
        if (spec == null) {
            throw new KaiException(ErrorCode.NOTEBOOK_TEMPLATE_NOT_FOUND, "no template '" + id + "'; templates: "
                    + String.join(", ", templates.keySet()));
        }
        return spec;
    }

    private static String read(String name) {
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
