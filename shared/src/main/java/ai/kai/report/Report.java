package ai.kai.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document people read: a notebook run (or any analysis) laid out as a title, key facts (parameters, data
 * source, run time, status) and sections of blocks. Renderers turn it into self-contained HTML or PDF; the model
 * knows nothing about either.
 */
public record Report(String title, String description, List<ReportFact> facts, List<ReportSection> sections,
                     Instant generatedAt) {
    public Report {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
