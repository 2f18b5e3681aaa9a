package ai.kai.cli.file;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.files.FileIds;
import ai.kai.files.FileView;

/**
 * Turns what a person types into a file id: an id ({@code f_} + 22 base32 characters) is used as is; anything
 * else is an uploaded name, looked up across all pages of the listing. When several files share the name, the
 * newest wins and a notice says so.
 */
public final class FileResolver {
    static final int PAGE_SIZE = 100;
    private static final Comparator<FileView> NEWEST_FIRST = Comparator
            .comparing((FileView f) -> createdAt(f))
            .thenComparing(FileView::fileId)
            .reversed();
    private final ApiClient api;
    private final Consumer<String> notice;

    public FileResolver(ApiClient api, Consumer<String> notice) {
        this.api = api;
        this.notice = notice;
    }

    public String resolve(String reference) {
        if (FileIds.looksLikeId(reference)) {
            return reference;
        }
        String name = nameOf(reference);
        return choose(name, listAll()).fileId();
    }

    /** The file a name stands for among {@code files}: the newest with exactly that name; a notice if several. */
    FileView choose(String name, List<FileView> files) {
        List<FileView> matches = matching(name, files);
        if (matches.isEmpty()) {
            throw new CliException(ExitCodes.CLIENT_ERROR,
                    "FILE_NOT_FOUND: no file named \"" + name + "\" (kai file list shows your files)");
        }
        FileView chosen = matches.get(0);
        if (matches.size() > 1) {
            notice.accept(matches.size() + " files are named \"" + name + "\"; using the newest, " + chosen.fileId()
                    + " (uploaded " + chosen.createdAt() + "). Name another by its file_id.");
        }
        return chosen;
    }

    /** Files with exactly this name, newest first. */
    static List<FileView> matching(String name, List<FileView> files) {
        return files.stream().filter(f -> name.equals(f.name())).sorted(NEWEST_FIRST).toList();
    }

    /** A path typed for a name ({@code data/sales.csv}) means the uploaded name ({@code sales.csv}). */
    static String nameOf(String reference) {
        if (reference.contains("/")) {
            Path file = Path.of(reference).getFileName();
            if (file != null) {
                return file.toString();
            }
        }
        return reference;
    }

    List<FileView> listAll() {
        List<FileView> all = new ArrayList<>();
        Set<String> seenCursors = new HashSet<>();
        String cursor = null;
        do {
            ApiResponse page = api.listFiles(PAGE_SIZE, cursor);
            all.addAll(List.of(page.data(FileView[].class)));
            JsonNode next = page.metadata().get("next_cursor");
            boolean more = page.metadata().path("has_more").asBoolean(false) && next != null && !next.isNull();
            cursor = more ? next.asText() : null;
        } while (cursor != null && seenCursors.add(cursor));
        return all;
    }

    private static Instant createdAt(FileView f) {
        try {
            return f.createdAt() == null ? Instant.EPOCH : Instant.parse(f.createdAt());
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** The file's display name for messages: {@code sales.csv (f_…)}. */
    public static String describe(FileView f) {
        return Optional.ofNullable(f.name()).map(n -> n + " (" + f.fileId() + ")").orElse(f.fileId());
    }
}
