package ai.kai.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;

import ai.kai.json.Json;

/**
 * The local scheduler's schedule groups and schedules. In persistent mode every change is written to
 * {@code schedules.json} under the data dir (replaced atomically), so schedules survive a restart of the stack;
 * otherwise they live in memory. Listeners hear of each created, replaced or deleted schedule.
 */
final class LocalScheduleStore {
    private static final String FILE = "schedules.json";

    private final Optional<Path> file;
    private final TreeSet<String> groups = new TreeSet<>();
    private final Map<String, LocalSchedule> schedules = new TreeMap<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    private LocalScheduleStore(Optional<Path> file) {
        this.file = file;
    }

    static LocalScheduleStore inMemory() {
        return new LocalScheduleStore(Optional.empty());
    }

    /** Reads what the last run left under {@code dir} and writes every change back there. */
    static LocalScheduleStore persistent(Path dir) {
        LocalScheduleStore store = new LocalScheduleStore(Optional.of(dir.resolve(FILE)));
        store.load();
        return store;
    }

    synchronized void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    synchronized boolean createGroup(String group) {
        boolean created = groups.add(group);
        save();
        return created;
    }

    synchronized boolean hasGroup(String group) {
        return groups.contains(group);
    }

    synchronized Optional<LocalSchedule> get(String group, String name) {
        return Optional.ofNullable(schedules.get(LocalSchedule.key(group, name)));
    }

    synchronized List<LocalSchedule> all() {
        return List.copyOf(schedules.values());
    }

    /** Stores the schedule; true if one with that key existed before (and was replaced). */
    boolean put(LocalSchedule schedule) {
        boolean existed;
        synchronized (this) {
            existed = schedules.put(schedule.key(), schedule) != null;
            save();
        }
        notifyListeners(schedule.key());
        return existed;
    }

    boolean delete(String group, String name) {
        String key = LocalSchedule.key(group, name);
        boolean existed;
        synchronized (this) {
            existed = schedules.remove(key) != null;
            save();
        }
        if (existed) {
            notifyListeners(key);
        }
        return existed;
    }

    private void notifyListeners(String key) {
        List<Consumer<String>> current;
        synchronized (this) {
            current = List.copyOf(listeners);
        }
        current.forEach(l -> l.accept(key));
    }

    private record Snapshot(List<String> groups, List<LocalSchedule> schedules) {
    }

    private void load() {
        Path path = file.orElseThrow();
        if (!Files.exists(path)) {
            return;
        }
        try {
            Snapshot snapshot = Json.mapper().readValue(Files.readString(path), new TypeReference<Snapshot>() { });
            groups.addAll(snapshot.groups());
            snapshot.schedules().forEach(s -> schedules.put(s.key(), s));
        } catch (IOException e) {
            throw new UncheckedIOException("the local schedules in " + path + " cannot be read", e);
        }
    }

    private void save() {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        try {
            Files.createDirectories(path.getParent());
            Path tmp = path.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, Json.write(new Snapshot(List.copyOf(groups), List.copyOf(schedules.values()))));
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the local schedules cannot be written to " + path, e);
        }
    }
}
