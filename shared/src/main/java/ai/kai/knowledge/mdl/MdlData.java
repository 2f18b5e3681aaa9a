package ai.kai.knowledge.mdl;

import java.util.List;
import java.util.Optional;

import ai.kai.files.ColumnSchema;

/** The data a semantic layer describes, as validation sees it: table schemas and read-only probes of expressions. */
public interface MdlData {
    /** The table's columns, or empty if the source has no such table. */
    Optional<List<ColumnSchema>> columns(String table);

    /**
     * Runs {@code SELECT (expression) FROM table} read-only through the source's guard and sandbox and answers how
     * many rows came back (at most 2: an aggregate gives 1); a bad expression throws a 4xx {@code KaiException}.
     */
    int probe(String table, String expression);
}
