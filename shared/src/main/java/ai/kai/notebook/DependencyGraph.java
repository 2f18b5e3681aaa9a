package ai.kai.notebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.NamedParameters;

/**
 * The order cells run in. A cell depends on its {@code depends_on}, its {@code source}, the cells its text refers to
 * ({@code {{cell.value}}}) and, for code cells, the cells its SQL names as tables. Unknown references and cycles are
 * refused when the notebook is saved (400 naming the cells); the order is declaration order where dependencies allow.
 */
public final class DependencyGraph {
    private final Map<String, Set<String>> dependencies;
    private final List<String> order;

    private DependencyGraph(Map<String, Set<String>> dependencies, List<String> order) {
        this.dependencies = dependencies;
        this.order = order;
    }

    public static DependencyGraph of(NotebookSpec spec) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        spec.cells().forEach(c -> cells.put(c.id(), c));
        Set<String> parameters = new HashSet<>();
        spec.parameters().forEach(p -> parameters.add(p.name()));
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (Cell cell : spec.cells()) {
            Set<String> d = new LinkedHashSet<>();
            for (String ref : cell.dependsOn()) {
                d.add(known(cells, cell, ref, "depends_on"));
            }
            if (cell.source() != null) {
                Cell source = cells.get(known(cells, cell, cell.source(), "source"));
                if (!source.type().isTabular()) {
                    throw new KaiException(ErrorCode.CELL_SOURCE_NOT_TABULAR, "cell '" + cell.id() + "' reads the rows of '"
                            + source.id() + "', a " + source.type().wire() + " cell; a source must be a query or code cell");
                }
                d.add(source.id());
            }
            for (TextReferences.Reference ref : TextReferences.of(cell.text())) {
                if (cells.containsKey(ref.head())) {
                    d.add(ref.head());
                } else if (!parameters.contains(ref.head()) || !ref.path().isEmpty()) {
                    throw new KaiException(ErrorCode.NOTEBOOK_UNKNOWN_REFERENCE, "cell '" + cell.id() + "' refers to "
                            + ref.raw() + ", but there is no cell or parameter '" + ref.head() + "'; cells: "
                            + String.join(", ", cells.keySet()) + (parameters.isEmpty() ? "" : "; parameters: "
                            + String.join(", ", parameters)));
                }
            }
            if (cell.type() == CellType.CODE) {
                for (String identifier : NamedParameters.identifiers(cell.sql())) {
                    if (cells.containsKey(identifier) && !identifier.equals(cell.id())) {
                        d.add(identifier);
                    }
                }
            }
            deps.put(cell.id(), d);
        }
        return new DependencyGraph(deps, order(deps));
    }

    /** Cell ids in the order they run. */
    public List<String> order() {
        return order;
    }

    public Set<String> dependenciesOf(String cellId) {
        return dependencies.getOrDefault(cellId, Set.of());
    }

    private static String known(Map<String, Cell> cells, Cell cell, String ref, String field) {
        if (!cells.containsKey(ref)) {
            throw new KaiException(ErrorCode.NOTEBOOK_UNKNOWN_REFERENCE, "cell '" + cell.id() + "' names '" + ref + "' in "
                    + field + ", but the notebook has no such cell; cells: " + String.join(", ", cells.keySet()));
        }
        if (ref.equals(cell.id())) {
            throw new KaiException(ErrorCode.NOTEBOOK_CYCLE, "cell '" + ref + "' depends on itself (" + field + ")");
        }
        return ref;
    }

    private static List<String> order(Map<String, Set<String>> deps) {
        List<String> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (out.size() < deps.size()) {
            String next = deps.entrySet().stream().filter(e -> !done.contains(e.getKey()) && done.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (next == null) {
                throw new KaiException(ErrorCode.NOTEBOOK_CYCLE, "the cells depend on each other in a cycle: "
                        + String.join(" → ", cycle(deps, done)) + "; remove one of these dependencies");
            }
            out.add(next);
            done.add(next);
        }
        return List.copyOf(out);
    }

    private static List<String> cycle(Map<String, Set<String>> deps, Set<String> done) {
        String start = deps.keySet().stream().filter(k -> !done.contains(k)).findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        String current = start;
        while (!path.contains(current)) {
            path.add(current);
            current = deps.get(current).stream().filter(d -> !done.contains(d)).findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        loop.add(current);
        return loop;
    }
}
