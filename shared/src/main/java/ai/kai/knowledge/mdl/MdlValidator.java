package ai.kai.knowledge.mdl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.kai.error.KaiException;
import ai.kai.files.ColumnSchema;

/**
 * Checks a semantic layer against its data: every model's table exists, every named column is in it, every
 * dimension and metric expression runs through the source's read-only sandbox (metrics must aggregate to one value),
 * and both ends of every relationship exist. Reports every problem with its YAML path and line.
 */
public final class MdlValidator {
    private MdlValidator() {
    }

    public static MdlValidation validate(ParsedMdl parsed, MdlData data) {
        List<MdlProblem> problems = new ArrayList<>();
        Map<String, Map<String, ColumnSchema>> modelColumns = new HashMap<>();
        List<SemanticLayer.Model> models = parsed.layer().models();
        int metrics = 0;
        for (int i = 0; i < models.size(); i++) {
            SemanticLayer.Model m = models.get(i);
            String path = "models[" + i + "]";
            Optional<List<ColumnSchema>> columns = data.columns(m.table());
            if (columns.isEmpty()) {
                problems.add(parsed.problem(path + ".table", "table '" + m.table() + "' does not exist in the source"));
                continue;
            }
            Map<String, ColumnSchema> byName = new HashMap<>();
            columns.get().forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
            modelColumns.put(m.name(), byName);
            String known = String.join(", ", columns.get().stream().map(ColumnSchema::name).limit(30).toList());
            for (int c = 0; c < m.columns().size(); c++) {
                String name = m.columns().get(c).name();
                if (!byName.containsKey(name.toLowerCase(Locale.ROOT))) {
                    problems.add(parsed.problem(path + ".columns[" + c + "].name", "column '" + name + "' is not in table '"
                            + m.table() + "' (it has: " + known + ")"));
                }
            }
            if (m.timeDimension() != null && !byName.containsKey(m.timeDimension().toLowerCase(Locale.ROOT))) {
                problems.add(parsed.problem(path + ".time_dimension", "time dimension '" + m.timeDimension()
                        + "' is not a column of table '" + m.table() + "'"));
            }
            for (int d = 0; d < m.dimensions().size(); d++) {
                SemanticLayer.Dimension dim = m.dimensions().get(d);
                String dp = path + ".dimensions[" + d + "]";
                if (dim.expression() == null) {
                    if (!byName.containsKey(dim.name().toLowerCase(Locale.ROOT))) {
                        problems.add(parsed.problem(dp, "dimension '" + dim.name() + "' is not a column of table '"
                                + m.table() + "'; give it an 'expression'"));
                    }
                } else {
                    probe(parsed, data, m.table(), dim.expression(), dp + ".expression", false).ifPresent(problems::add);
                }
            }
            for (int x = 0; x < m.metrics().size(); x++) {
                SemanticLayer.Metric metric = m.metrics().get(x);
                metrics++;
                probe(parsed, data, m.table(), metric.expression(), path + ".metrics[" + x + "].expression", true)
                        .ifPresent(problems::add);
            }
        }
        List<SemanticLayer.Relationship> relationships = parsed.layer().relationships();
        for (int r = 0; r < relationships.size(); r++) {
            SemanticLayer.Relationship rel = relationships.get(r);
            String path = "relationships[" + r + "]";
            end(parsed, models, modelColumns, rel.from(), path + ".from").ifPresent(problems::add);
            end(parsed, models, modelColumns, rel.to(), path + ".to").ifPresent(problems::add);
        }
        return new MdlValidation(problems.isEmpty(), problems, models.size(), metrics, relationships.size());
    }

    private static Optional<MdlProblem> probe(ParsedMdl parsed, MdlData data, String table, String expression,
                                              String path, boolean aggregate) {
        try {
            int rows = data.probe(table, expression);
            if (aggregate && rows > 1) {
                return Optional.of(parsed.problem(path, "'" + expression + "' gives one value per row, not one per group; "
                        + "a metric aggregates, e.g. SUM(...), AVG(...) or COUNT(DISTINCT ...)"));
            }
            return Optional.empty();
        } catch (KaiException e) {
            if (!e.isClientError()) {
                throw e;
            }
            return Optional.of(parsed.problem(path, "'" + expression + "' does not run: " + e.getMessage()));
        }
    }

    private static Optional<MdlProblem> end(ParsedMdl parsed, List<SemanticLayer.Model> models,
                                            Map<String, Map<String, ColumnSchema>> columns, String ref, String path) {
        String[] parts = ref.split("\\.", 2);
        if (models.stream().noneMatch(m -> m.name().equals(parts[0]))) {
            return Optional.of(parsed.problem(path, "model '" + parts[0] + "' is not defined in this layer"));
        }
        Map<String, ColumnSchema> cols = columns.get(parts[0]);
        if (cols != null && !cols.containsKey(parts[1].toLowerCase(Locale.ROOT))) {
            return Optional.of(parsed.problem(path, "key column '" + parts[1] + "' is not in model '" + parts[0] + "'"));
        }
        return Optional.empty();
    }
}
