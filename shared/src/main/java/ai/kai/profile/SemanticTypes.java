package ai.kai.profile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that give a column its {@link SemanticType}, applied in this order:
 * <ol>
 *   <li>BOOLEAN type → {@code BOOLEAN}; DATE, TIME and TIMESTAMP types → {@code DATETIME}; lists, structs,
 *       maps, blobs, intervals → {@code OTHER}; a column with no values keeps its type's natural meaning
 *       (numeric, text → {@code TEXT}).</li>
 *   <li>Exactly two distinct values that form a yes/no pair (true/false, t/f, yes/no, y/n, 1/0, on/off, any
 *       case) → {@code BOOLEAN}.</li>
 *   <li>Text whose every value is date-like (see {@link TextStats#dateLike()}) → {@code DATETIME}.</li>
 *   <li>Every value distinct (exactly, or within the estimate's error bound), at least two values, and: a UUID
 *       column; or whole numbers forming a dense range (max − min + 1 = count) or named like an identifier
 *       ({@code id}, {@code key}, {@code uuid}, {@code guid}, or ending in {@code _id}, {@code Id}, {@code _key},
 *       {@code _uuid}); or text without spaces, at most 64 characters, and either named like an identifier,
 *       of fixed width, or at least 100 values → {@code ID}.</li>
 *   <li>Whole numbers with at most 5 distinct values → {@code CATEGORICAL}; other numbers → {@code NUMERIC}.</li>
 *   <li>ENUM text, or text with at most 50 distinct values or distinct values at most 5 % of its values →
 *       {@code CATEGORICAL}; other text → {@code TEXT}.</li>
 * </ol>
 */
final class SemanticTypes {
    static final int CATEGORICAL_MAX_INTEGER_DISTINCT = 5;
    static final int CATEGORICAL_MAX_TEXT_DISTINCT = 50;
    static final double CATEGORICAL_MAX_TEXT_SHARE = 0.05;
    static final int ID_MAX_LENGTH = 64;
    static final int ID_MIN_VALUES_WITHOUT_NAME = 100;
    private static final Pattern ID_NAME = Pattern.compile(
            "(?i:id|key|uuid|guid)|(?i:.*_(id|key|uuid|guid))|.*[a-z](Id|ID|Key|Uuid|UUID)");
    private static final List<Set<String>> BOOLEAN_PAIRS = List.of(Set.of("true", "false"), Set.of("t", "f"),
            Set.of("yes", "no"), Set.of("y", "n"), Set.of("1", "0"), Set.of("on", "off"));

    private SemanticTypes() {
    }

    static SemanticType infer(ColumnFacts c) {
        PhysicalType type = c.type();
        switch (type) {
            case BOOLEAN:
                return SemanticType.BOOLEAN;
            case DATE, TIME, TIMESTAMP:
                return SemanticType.DATETIME;
            case OTHER:
                return SemanticType.OTHER;
            default:
                break;
        }
        if (c.count == 0) {
            return type.numeric() ? SemanticType.NUMERIC : SemanticType.TEXT;
        }
        if (booleanPair(c)) {
            return SemanticType.BOOLEAN;
        }
        if (c.dateText()) {
            return SemanticType.DATETIME;
        }
        if (idLike(c)) {
            return SemanticType.ID;
        }
        if (type.numeric()) {
            boolean few = c.distinct.exact() && c.distinct.value() <= CATEGORICAL_MAX_INTEGER_DISTINCT;
            return type == PhysicalType.INTEGER && few ? SemanticType.CATEGORICAL : SemanticType.NUMERIC;
        }
        if (type == PhysicalType.UUID) {
            return SemanticType.CATEGORICAL;
        }
        long distinct = c.distinct.value();
        boolean fewLabels = distinct <= CATEGORICAL_MAX_TEXT_DISTINCT || distinct <= CATEGORICAL_MAX_TEXT_SHARE * c.count;
        return c.column.enumType() || fewLabels ? SemanticType.CATEGORICAL : SemanticType.TEXT;
    }

    static boolean idName(String name) {
        return ID_NAME.matcher(name).matches();
    }

    private static boolean booleanPair(ColumnFacts c) {
        if (!c.distinct.exact() || c.distinct.value() != 2 || c.topValues == null || c.topValues.size() != 2) {
            return false;
        }
        Set<String> values = Set.of(String.valueOf(c.topValues.get(0).value()).toLowerCase(Locale.ROOT),
                String.valueOf(c.topValues.get(1).value()).toLowerCase(Locale.ROOT));
        return BOOLEAN_PAIRS.contains(values);
    }

    private static boolean idLike(ColumnFacts c) {
        if (c.count < 2 || !c.distinct.allUnique(c.count)) {
            return false;
        }
        String name = c.column.name();
        return switch (c.type()) {
            case UUID -> true;
            case INTEGER -> idName(name) || denseRange(c);
            case STRING -> c.withWhitespace != null && c.withWhitespace == 0 && c.maxLength != null
                    && c.maxLength <= ID_MAX_LENGTH
                    && (idName(name) || c.maxLength.equals(c.minLength) || c.count >= ID_MIN_VALUES_WITHOUT_NAME);
            default -> false;
        };
    }

    private static boolean denseRange(ColumnFacts c) {
        if (!(c.min instanceof Number lo) || !(c.max instanceof Number hi)) {
            return false;
        }
        return new java.math.BigDecimal(hi.toString()).subtract(new java.math.BigDecimal(lo.toString()))
                .add(java.math.BigDecimal.ONE).compareTo(java.math.BigDecimal.valueOf(c.count)) == 0;
    }
}
