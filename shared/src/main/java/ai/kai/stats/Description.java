package ai.kai.stats;

import java.util.List;

/** Descriptive statistics of a variable: over all values, and by group when groups were given (in their order). */
public record Description(String variable, GroupDescription overall, List<GroupDescription> groups) {
    public Description {
        groups = List.copyOf(groups);
    }
}
