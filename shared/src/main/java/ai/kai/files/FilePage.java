package ai.kai.files;

import java.util.List;
import java.util.Optional;

/** One page of a tenant's files, newest first. */
public record FilePage(List<FileView> files, long total, int pageSize, boolean hasMore, Optional<String> nextCursor) {
}
