package ai.kai.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.query.QueryResult;

/** A query result as the row objects analyses and charts take inline ({@code {"column": value}} per row). */
public final class ResultRows {
    private ResultRows() {
    }

    public static List<Map<String, Object>> maps(QueryResult result) {
        List<Map<String, Object>> out = new ArrayList<>(result.rows().size());
        for (List<Object> row : result.rows()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                map.put(result.columns().get(c), row.get(c));
            }
            out.add(map);
        }
        return out;
    }
}
