package ai.kai.profile;

/** A finding worth a look; {@code column} is null for findings about the whole table. */
public record Alert(AlertType type, String column, Severity severity, String message) {
}
