package ai.kai.knowledge.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The content words of a text for keyword scoring: lower-cased, split on non-alphanumerics, stop words out, plurals folded. */
public final class Words {
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by",
            "with", "is", "are", "was", "were", "be", "it", "its", "this", "that", "these", "those", "as", "at", "from",
            "what", "which", "who", "how", "do", "does", "did", "i", "we", "you", "our", "my", "me", "us", "show", "per",
            "all", "each", "any", "can", "should", "would", "there", "their", "them", "than", "into", "about", "has",
            "have", "had", "not", "no", "but", "if", "so", "use", "using");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty() && !STOP.contains(raw)) {
                out.add(stem(raw));
            }
        }
        return out;
    }

    /** A light suffix folding ("regions" = "region", "analyses" = "analys"), enough to match plural and singular. */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
