package ai.kai.connect.bigquery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldList;
import com.google.cloud.bigquery.FieldValue;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.LegacySQLTypeName;
import com.google.cloud.bigquery.Schema;

/** BigQuery cell values to the JSON-safe values of the shared result model. */
final class BigQueryValues {
    private static final long MAX_SAFE = 9_007_199_254_740_991L;

    private BigQueryValues() {
    }

    static List<Object> row(Schema schema, FieldValueList values) {
        List<Object> row = new ArrayList<>(values.size());
        FieldList fields = schema.getFields();
        for (int i = 0; i < fields.size(); i++) {
            row.add(value(fields.get(i), values.get(i)));
        }
        return row;
    }

    private static Object value(Field field, FieldValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.getAttribute() == FieldValue.Attribute.REPEATED) {
            List<Object> out = new ArrayList<>();
            Field element = field.toBuilder().setMode(Field.Mode.NULLABLE).build();
            for (FieldValue item : v.getRepeatedValue()) {
                out.add(value(element, item));
            }
            return out;
        }
        if (v.getAttribute() == FieldValue.Attribute.RECORD) {
            Map<String, Object> out = new LinkedHashMap<>();
            FieldList sub = field.getSubFields();
            FieldValueList record = v.getRecordValue();
            for (int i = 0; i < sub.size(); i++) {
                out.put(sub.get(i).getName(), value(sub.get(i), record.get(i)));
            }
            return out;
        }
        LegacySQLTypeName type = field.getType();
        if (type == LegacySQLTypeName.INTEGER) {
            long l = v.getLongValue();
            return Math.abs(l) <= MAX_SAFE ? (Object) l : Long.toString(l);
        }
        if (type == LegacySQLTypeName.FLOAT) {
            double d = v.getDoubleValue();
            return Double.isFinite(d) ? (Object) d : Double.toString(d);
        }
        if (type == LegacySQLTypeName.NUMERIC || type == LegacySQLTypeName.BIGNUMERIC) {
            return v.getNumericValue();
        }
        if (type == LegacySQLTypeName.BOOLEAN) {
            return v.getBooleanValue();
        }
        if (type == LegacySQLTypeName.TIMESTAMP) {
            return v.getTimestampInstant().toString();
        }
        return v.getStringValue();
    }
}
