package ai.kai.connect;

import java.util.List;
import java.util.Optional;

/** One page of a tenant's connections; {@code nextCursor} is absent on the last page. */
public record ConnectionPage(List<ConnectionInfo> items, Optional<String> nextCursor) {
}
