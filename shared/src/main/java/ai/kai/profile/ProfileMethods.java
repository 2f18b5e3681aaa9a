package ai.kai.profile;

import java.util.List;

/** How the figures of a profile were computed, in words, so a reader can judge them. */
public record ProfileMethods(
        String distinct,
        String duplicates,
        String quantiles,
        String correlations,
        String outliers,
        List<String> notes) {

    public ProfileMethods {
        notes = List.copyOf(notes);
    }
}
