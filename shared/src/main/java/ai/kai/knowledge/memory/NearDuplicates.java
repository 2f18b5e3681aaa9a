package ai.kai.knowledge.memory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.kai.knowledge.embed.Words;

/**
 * Whether two facts say the same thing: the same content words (order, case, punctuation and stop words aside),
 * or embeddings almost identical with nearly the same words and exactly the same numbers. "Fiscal year starts in
 * April" and "The fiscal year starts in april." are one fact; "... in July" or a target of 5M versus 6M are not.
 */
final class NearDuplicates {
    static final double MIN_COSINE = 0.95;
    static final double MIN_WORD_OVERLAP = 0.75;

    private NearDuplicates() {
    }

    static boolean same(String a, String b, double cosine) {
        Set<String> wa = new HashSet<>(Words.of(a));
        Set<String> wb = new HashSet<>(Words.of(b));
        if (wa.equals(wb)) {
            return true;
        }
        if (cosine < MIN_COSINE || !numbers(wa).equals(numbers(wb))) {
            return false;
        }
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        return !union.isEmpty() && (double) both.size() / union.size() >= MIN_WORD_OVERLAP && differOnlyInForm(wa, wb);
    }

    private static Set<String> numbers(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.stream().filter(w -> w.chars().anyMatch(Character::isDigit)).forEach(out::add);
        return out;
    }

    /** Every word only one side has is a prefix of a word on the other side (e.g. "month" and "monthly"). */
    private static boolean differOnlyInForm(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (!b.contains(w) && b.stream().noneMatch(o -> o.startsWith(w) || w.startsWith(o))) {
                return false;
            }
        }
        for (String w : b) {
            if (!a.contains(w) && a.stream().noneMatch(o -> o.startsWith(w) || w.startsWith(o))) {
                return false;
            }
        }
        return List.of(a, b).stream().allMatch(s -> !s.isEmpty());
    }
}
