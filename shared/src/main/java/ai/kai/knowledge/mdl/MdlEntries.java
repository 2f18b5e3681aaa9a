package ai.kai.knowledge.mdl;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Splits a layer into what retrieval returns: one entry per model, per metric and per relationship. */
final class MdlEntries {
    private MdlEntries() {
    }

    static List<MdlEntry> of(SemanticLayer layer) {
        List<MdlEntry> out = new ArrayList<>();
        String source = layer.source();
        for (SemanticLayer.Model m : layer.models()) {
            String where = "model " + m.name() + " (table " + m.table() + " of " + source + ")";
            String columns = m.columns().stream().map(c -> c.name() + (c.role() == null ? "" : " [" + c.role() + "]")
                    + (c.description() == null ? "" : ": " + c.description())).collect(Collectors.joining("; "));
            String dims = m.dimensions().stream().map(SemanticLayer.Dimension::name).collect(Collectors.joining(", "));
            out.add(new MdlEntry("model", source + ":" + m.name(), m.name(), "Model " + m.name() + " reads table "
                    + m.table() + " of " + source + (m.description() == null ? "" : ": " + m.description()) + ". "
                    + (m.timeDimension() == null ? "" : "Time dimension: " + m.timeDimension() + ". ")
                    + (dims.isEmpty() ? "" : "Dimensions: " + dims + ". ") + "Columns: " + columns));
            for (SemanticLayer.Metric x : m.metrics()) {
                out.add(new MdlEntry("metric", source + ":" + m.name() + "." + x.name(), x.name(), "Metric " + x.name()
                        + " of " + where + (x.description() == null ? "" : ": " + x.description()) + ". SQL: "
                        + x.expression() + (m.timeDimension() == null ? "" : " (over time by " + m.timeDimension() + ")")));
            }
        }
        for (SemanticLayer.Relationship r : layer.relationships()) {
            String name = r.name() == null ? r.from() + " -> " + r.to() : r.name();
            out.add(new MdlEntry("relationship", source + ":" + name, name, "Relationship " + name + ": join "
                    + r.from() + " = " + r.to() + (r.type() == null ? "" : " (" + r.type() + ")") + " in " + source));
        }
        return out;
    }

    /** What is embedded: the title and the start of the text (long model texts would only slow the encoder). */
    static String embeddingText(MdlEntry e) {
        String t = e.title().replace('_', ' ') + ". " + e.text();
        return t.length() > 700 ? t.substring(0, 700) : t;
    }
}
