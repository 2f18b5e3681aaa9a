package ai.kai.knowledge.mdl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ai.kai.files.ColumnSchema;
import ai.kai.profile.ColumnProfile;
import ai.kai.profile.DatasetProfile;
import ai.kai.profile.SemanticType;
import ai.kai.profile.TopValue;

/**
 * Drafts a semantic layer for one table: from a profile (a file: roles from the profiler's semantic types,
 * descriptions from its statistics) or from a schema alone (a connection table: roles from types and names).
 * Numeric measures get {@code total_} and {@code avg_} metrics (only {@code avg_} for prices, rates and
 * percentages, which do not add up), identifiers a distinct count, every table {@code row_count}.
 */
public final class MdlGenerator {
    private static final Pattern NOT_ADDITIVE = Pattern.compile(".*(price|rate|ratio|pct|percent|score|age|avg|mean).*");
    private static final Pattern IDENTIFIER = Pattern.compile("(id|.*_id|.*_key|.*_code|.*_uuid)");

    private MdlGenerator() {
    }

    /** A layer for a file's table {@code data} from its profile. */
    public static SemanticLayer fromProfile(String source, String modelName, DatasetProfile profile) {
        Draft draft = new Draft();
        for (ColumnProfile c : profile.columns()) {
            String role = switch (c.semanticType()) {
                case DATETIME -> "time";
                case CATEGORICAL, BOOLEAN -> "dimension";
                case NUMERIC -> "measure";
                case ID -> "identifier";
                default -> "attribute";
            };
            draft.add(c.name(), c.dataType(), role, describe(c));
        }
        return draft.layer(source, modelName, "data", profile.rowCount() + " rows, " + profile.columnCount() + " columns");
    }

    /** A layer for a connection table from its columns and types. */
    public static SemanticLayer fromSchema(String source, String modelName, String table, List<ColumnSchema> columns) {
        Draft draft = new Draft();
        for (ColumnSchema c : columns) {
            String type = c.type() == null ? "" : c.type().toUpperCase(Locale.ROOT);
            String lower = c.name().toLowerCase(Locale.ROOT);
            String role;
            if (type.contains("DATE") || type.contains("TIME")) {
                role = "time";
            } else if (IDENTIFIER.matcher(lower).matches()) {
                role = "identifier";
            } else if (type.matches(".*(INT|DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|NUMBER|MONEY).*")) {
                role = "measure";
            } else if (type.contains("BOOL") || type.contains("CHAR") || type.contains("TEXT") || type.contains("STRING")) {
                role = "dimension";
            } else {
                role = "attribute";
            }
            draft.add(c.name(), c.type(), role, null);
        }
        return draft.layer(source, modelName, table, "table " + table);
    }

    private static String describe(ColumnProfile c) {
        String missing = c.nulls() == 0 ? "no missing values" : String.format(Locale.ROOT, "%.1f%% missing", c.nullPercent());
        return switch (c.semanticType()) {
            case DATETIME -> "Point in time from " + c.min() + " to " + c.max()
                    + (c.temporal() != null && c.temporal().granularity() != null
                    ? " (" + c.temporal().granularity().toString().toLowerCase(Locale.ROOT) + ")" : "") + "; " + missing;
            case CATEGORICAL, BOOLEAN -> "Category with " + c.distinct().value() + " values"
                    + examples(c.topValues()) + "; " + missing;
            case NUMERIC -> "Number from " + c.min() + " to " + c.max()
                    + (c.numeric() != null && c.numeric().mean() != null
                    ? String.format(Locale.ROOT, ", mean %.2f", c.numeric().mean()) : "") + "; " + missing;
            case ID -> "Identifier with " + c.distinct().value() + " distinct values; " + missing;
            default -> c.semanticType() == SemanticType.TEXT ? "Free text; " + missing : "Value of type " + c.dataType();
        };
    }

    private static String examples(List<TopValue> top) {
        if (top == null || top.isEmpty()) {
            return "";
        }
        return ", e.g. " + String.join(", ", top.stream().limit(5).map(t -> String.valueOf(t.value())).toList());
    }

    /** Collects columns, then derives dimensions and metrics. */
    private static final class Draft {
        private final List<SemanticLayer.Column> columns = new ArrayList<>();
        private final List<SemanticLayer.Dimension> dimensions = new ArrayList<>();
        private final List<SemanticLayer.Metric> metrics = new ArrayList<>();
        private String time;

        void add(String name, String type, String role, String description) {
            columns.add(new SemanticLayer.Column(name, type, description, role));
            String quoted = quote(name);
            String label = name.replace('_', ' ');
            switch (role) {
                case "time" -> {
                    if (time == null) {
                        time = name;
                    }
                }
                case "dimension" -> dimensions.add(new SemanticLayer.Dimension(name, null, "Group by " + label));
                case "identifier" -> metrics.add(new SemanticLayer.Metric(metricName("distinct_", name),
                        "COUNT(DISTINCT " + quoted + ")", "Number of distinct " + label + " values"));
                case "measure" -> {
                    if (!NOT_ADDITIVE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                        metrics.add(new SemanticLayer.Metric(metricName("total_", name), "SUM(" + quoted + ")",
                                "Total " + label));
                    }
                    metrics.add(new SemanticLayer.Metric(metricName("avg_", name), "AVG(" + quoted + ")",
                            "Average " + label + " per row"));
                }
                default -> {
                }
            }
        }

        SemanticLayer layer(String source, String modelName, String table, String description) {
            List<SemanticLayer.Metric> all = new ArrayList<>();
            all.add(new SemanticLayer.Metric("row_count", "COUNT(*)", "Number of rows"));
            all.addAll(metrics);
            return new SemanticLayer(source, List.of(new SemanticLayer.Model(modelName, table, description, columns, time,
                    dimensions, all)), List.of());
        }
    }

    private static String metricName(String prefix, String column) {
        return prefix + column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** A column as an SQL identifier: bare when it is a plain lower-case word, double-quoted otherwise. */
    static String quote(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
