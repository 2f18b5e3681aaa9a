package ai.kai.files;

import java.util.List;
import java.util.Map;

/**
 * Where a derived file version comes from: its parent file, its version number in the chain, and the cleaning
 * operations (as requested) with what each did. Originals have no lineage.
 */
public record Lineage(String parentFileId, int version, List<Map<String, Object>> operations, List<Object> report) {
}
