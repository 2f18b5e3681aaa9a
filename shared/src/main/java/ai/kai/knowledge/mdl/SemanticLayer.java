package ai.kai.knowledge.mdl;

import java.util.List;

/**
 * A semantic layer (MDL) of one data source (a file id or a connection alias): its models (a table each, with
 * described columns, a time dimension, dimensions and metrics) and the relationships between models.
 */
public record SemanticLayer(String source, List<Model> models, List<Relationship> relationships) {
    public SemanticLayer {
        models = List.copyOf(models);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }

    /** A table: its name in the layer, the table it reads ({@code data} for a file), columns, dimensions, metrics. */
    public record Model(String name, String table, String description, List<Column> columns, String timeDimension,
                        List<Dimension> dimensions, List<Metric> metrics) {
        public Model {
            columns = List.copyOf(columns);
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
        }
    }

    /** A column of the model's table; {@code role} is one of time, dimension, measure, identifier, attribute. */
    public record Column(String name, String type, String description, String role) {
    }

    /** A way to group: a column or an SQL expression over the table. */
    public record Dimension(String name, String expression, String description) {
    }

    /** A named aggregate, e.g. {@code total_revenue: SUM(revenue)}. */
    public record Metric(String name, String expression, String description) {
    }

    /** {@code from} and {@code to} are {@code model.column}; {@code type} e.g. many_to_one. */
    public record Relationship(String name, String from, String to, String type) {
    }
}
