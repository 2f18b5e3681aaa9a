package ai.kai.agent.tools;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.query.QueryResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/**
 * {@code describe_table}: columns and types, a profile summary per column (DuckDB's SUMMARIZE: min, max, distinct
 * count, nulls, mean) and a few sample rows, all read through the source's sandbox.
 */
public final class DescribeTableTool implements AgentTool {
    static final int SAMPLE_ROWS = 5;
    private static final ToolSpecification SPEC = ToolSpecification.builder().name("describe_table")
            .description("Describe a table: columns, types, " + SAMPLE_ROWS + " sample rows and, for files, a profile "
                    + "summary per column (min, max, distinct values, null percentage, mean).")
            .parameters(JsonObjectSchema.builder().addStringProperty("table", "The table name, e.g. data")
                    .required("table").additionalProperties(false).build()).build();

    @Override
    public ToolSpecification specification() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        String table = Arguments.requiredText(arguments, "table");
        List<AgentData.TableInfo> tables = context.data().tables();
        AgentData.TableInfo info = tables.stream().filter(t -> t.name().equalsIgnoreCase(table)
                        || t.name().toLowerCase(java.util.Locale.ROOT).endsWith("." + table.toLowerCase(java.util.Locale.ROOT))).findFirst()
                .orElseThrow(() -> new KaiException(ErrorCode.TABLE_NOT_FOUND, "no table '" + table + "'; the tables are "
                        + tables.stream().map(AgentData.TableInfo::name).toList()));
        Optional<QueryResult> summary = context.data().profile(info);
        QueryResult sample = context.data().sample(info, SAMPLE_ROWS);
        ObjectNode payload = Json.mapper().createObjectNode();
        payload.put("table", info.name());
        if (info.rowCount() != null) {
            payload.put("row_count", info.rowCount());
        }
        payload.set("columns", Json.mapper().valueToTree(info.columns()));
        summary.ifPresent(p -> payload.set("profile", Json.mapper().valueToTree(new Rows(p.columns(), p.rows()))));
        payload.set("sample", Json.mapper().valueToTree(new Rows(sample.columns(), sample.rows())));
        return ToolOutcome.data(info.name() + ": " + info.columns().size() + " columns",
                ToolResults.data(payload, context.limits().bytesToModel()));
    }

    record Rows(List<String> columns, List<List<Object>> rows) {
    }
}
