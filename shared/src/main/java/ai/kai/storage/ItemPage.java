package ai.kai.storage;

import java.util.List;
import java.util.Optional;

/** One page of a tenant's items; {@code nextCursor} is opaque and absent on the last page. */
public record ItemPage(List<StoredItem> items, Optional<String> nextCursor) {
}
