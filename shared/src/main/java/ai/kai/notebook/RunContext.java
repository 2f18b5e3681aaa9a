package ai.kai.notebook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.tenancy.TenantId;

/** What a cell can see while it runs: the tenant, the notebook, the typed parameters and earlier cells' outputs. */
public final class RunContext {
    private final TenantId tenant;
    private final Notebook notebook;
    private final Map<String, Object> parameters;
    private final Map<String, CellOutput> outputs = new LinkedHashMap<>();
    private final Supplier<Path> database;
    private Path resolved;

    public RunContext(TenantId tenant, Notebook notebook, Map<String, Object> parameters, Supplier<Path> database) {
        this.tenant = tenant;
        this.notebook = notebook;
        this.parameters = Map.copyOf(parameters);
        this.database = database;
    }

    public TenantId tenant() {
        return tenant;
    }

    public Notebook notebook() {
        return notebook;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public Map<String, CellOutput> outputs() {
        return outputs;
    }

    void put(String cellId, CellOutput output) {
        outputs.put(cellId, output);
    }

    /** The notebook file's database, fetched once per run. */
    public Path database() {
        if (notebook.fileId() == null) {
            throw new KaiException(ErrorCode.NOTEBOOK_INVALID, "notebook '" + notebook.name() + "' reads no file: set its "
                    + "file_id (kai notebook create NAME --file F) before running cells over the file");
        }
        if (resolved == null) {
            resolved = database.get();
        }
        return resolved;
    }

    /** A tabular earlier cell's output. */
    public CellOutput.Rows rows(String cellId) {
        if (outputs.get(cellId) instanceof CellOutput.Rows rows) {
            return rows;
        }
        throw new KaiException(ErrorCode.CELL_SOURCE_NOT_TABULAR, "cell '" + cellId + "' has no table to read");
    }

    /** A tabular cell's rows as JSON objects ({@code [{"column": value}, …]}), what the analytics requests take. */
    public ArrayNode rowObjects(String cellId) {
        CellOutput.Rows rows = rows(cellId);
        ArrayNode out = Json.mapper().createArrayNode();
        for (var row : rows.rows()) {
            ObjectNode o = out.addObject();
            for (int i = 0; i < rows.columns().size(); i++) {
                o.set(rows.columns().get(i), Json.mapper().valueToTree(row.get(i)));
            }
        }
        return out;
    }
}
