package ai.kai.agent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks that the numbers an explanation cites come from what the run computed: every number in it must equal,
 * at the precision it is written with, a value of a result table, an analysis, a row count or the question
 * (also as a percentage of a ratio). Small counts (|n| ≤ 12, written without decimals) are language, not findings.
 * Numbers that match nothing are listed and marked in the text as {@code [unverified]}.
 */
public final class NumberCheck {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?|(?<![\\w.])-?\\d+(?:\\.\\d+)?%?");
    private static final Pattern IN_TEXT = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    static final String MARK = " [unverified]";

    private final List<BigDecimal> known = new ArrayList<>();

    public void addValue(Object value) {
        if (value instanceof Number n) {
            add(n.toString());
        } else if (value != null) {
            Matcher m = IN_TEXT.matcher(value.toString());
            while (m.find()) {
                add(m.group());
            }
        }
    }

    public void addJson(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isNumber()) {
            add(node.asText());
        } else if (node.isTextual()) {
            addValue(node.asText());
        } else {
            node.forEach(this::addJson);
        }
    }

    public record Result(String text, List<String> unverified) {
    }

    public Result check(String explanation) {
        if (explanation == null || explanation.isBlank()) {
            return new Result(explanation == null ? "" : explanation, List.of());
        }
        Set<String> unverified = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        Matcher m = NUMBER.matcher(explanation);
        int last = 0;
        while (m.find()) {
            String cited = m.group();
            out.append(explanation, last, m.end());
            if (!verified(cited)) {
                unverified.add(cited);
                out.append(MARK);
            }
            last = m.end();
        }
        out.append(explanation.substring(last));
        return new Result(out.toString(), List.copyOf(unverified));
    }

    private boolean verified(String cited) {
        boolean percent = cited.endsWith("%");
        String digits = cited.replace(",", "").replace("%", "");
        BigDecimal value = new BigDecimal(digits);
        int scale = Math.max(0, value.scale());
        if (!percent && scale == 0 && value.abs().compareTo(BigDecimal.valueOf(12)) <= 0) {
            return true;
        }
        for (BigDecimal k : known) {
            if (matches(k, value, scale) || percent && matches(k.movePointRight(2), value, scale)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(BigDecimal known, BigDecimal cited, int scale) {
        return known.setScale(scale, RoundingMode.HALF_UP).compareTo(cited) == 0
                || known.setScale(scale, RoundingMode.DOWN).compareTo(cited) == 0;
    }

    private void add(String number) {
        try {
            BigDecimal d = new BigDecimal(number);
            known.add(d);
        } catch (NumberFormatException notANumber) {
            // NaN, Infinity: nothing an explanation can cite
        }
    }
}
