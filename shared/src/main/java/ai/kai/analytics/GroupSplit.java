package ai.kai.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.stats.Sample;

/** Splits a value column by a group column into one sample per group: the groups asked for, in that order, or all. */
final class GroupSplit {
    private static final int LISTED = 12;

    private GroupSplit() {
    }

    static List<Sample> split(double[] values, String groupColumn, String[] labels, List<String> wanted) {
        Map<String, List<Double>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byLabel.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(values[i]);
        }
        if (wanted.isEmpty()) {
            return Sample.byGroup(values, labels);
        }
        List<Sample> out = new ArrayList<>();
        for (String w : wanted) {
            String label = find(w, byLabel, groupColumn);
            out.add(new Sample(label, byLabel.get(label).stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    /** Exactly two groups for a two-group test, or a 400 that says which groups there are. */
    static void requireTwo(List<Sample> groups, String groupColumn, StatisticsTestKind test) {
        if (groups.size() == 2) {
            return;
        }
        String names = listed(groups.stream().map(Sample::name).toList());
        if (groups.size() < 2) {
            throw new KaiException(ErrorCode.TOO_FEW_GROUPS, "column '" + groupColumn + "' has " + groups.size()
                    + " group" + (groups.size() == 1 ? " (" + names + ")" : "s") + "; " + test.wire() + " compares two");
        }
        throw new KaiException(ErrorCode.TOO_MANY_GROUPS, "column '" + groupColumn + "' has " + groups.size()
                + " groups (" + names + "); " + test.wire() + " compares two: choose them with \"groups\": [\""
                + groups.get(0).name() + "\", \"" + groups.get(1).name() + "\"], or use anova or kruskal for all");
    }

    private static String find(String wanted, Map<String, List<Double>> byLabel, String groupColumn) {
        if (byLabel.containsKey(wanted)) {
            return wanted;
        }
        List<String> caseless = byLabel.keySet().stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList();
        if (caseless.size() == 1) {
            return caseless.get(0);
        }
        throw new KaiException(ErrorCode.INVALID_REQUEST, "group '" + wanted + "' does not occur in column '"
                + groupColumn + "'; its groups are " + listed(new ArrayList<>(byLabel.keySet())));
    }

    private static String listed(List<String> names) {
        return names.stream().limit(LISTED).collect(Collectors.joining(", "))
                + (names.size() > LISTED ? ", … (" + names.size() + " in all)" : "");
    }
}
