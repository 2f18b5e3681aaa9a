package ai.kai.chart.figure;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the Plotly traces of one chart family for a subset of rows (all rows, or one facet). */
interface TraceBuilder {
    List<ObjectNode> traces(Ctx ctx, int[] rows);
}
