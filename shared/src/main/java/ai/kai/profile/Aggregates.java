package ai.kai.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code SELECT agg, agg, … FROM table} built up expression by expression: each {@link #add} returns the
 * slot to read the result from, so many columns' statistics come out of a single scan.
 */
final class Aggregates {
    private final List<String> expressions = new ArrayList<>();
    private Object[] values;

    /** Adds an aggregate expression; returns its slot. */
    int add(String expression) {
        expressions.add(expression);
        return expressions.size() - 1;
    }

    boolean isEmpty() {
        return expressions.isEmpty();
    }

    void run(Connection connection, String from) throws SQLException {
        values = new Object[expressions.size()];
        if (expressions.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(",\n  ", expressions) + "\nFROM " + from)) {
            rs.next();
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 0; i < md.getColumnCount(); i++) {
                values[i] = Values.detach(rs.getObject(i + 1));
            }
        }
    }

    Object get(int slot) {
        return values[slot];
    }

    long getLong(int slot) {
        return Values.toLong(values[slot]);
    }

    Long getLongOrNull(int slot) {
        return Values.toLongOrNull(values[slot]);
    }

    Double getDouble(int slot) {
        return Values.toDouble(values[slot]);
    }

    List<Double> getDoubles(int slot) {
        return Values.doubles(values[slot]);
    }
}
