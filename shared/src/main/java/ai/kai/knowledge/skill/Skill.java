package ai.kai.knowledge.skill;

import java.util.List;

/**
 * A Markdown playbook: a name (lower-case words joined by '-'), a one-line description, tags, the Markdown body,
 * whether it ships with KAI (every tenant sees the built-ins) and when it was saved.
 */
public record Skill(String name, String description, List<String> tags, String body, boolean builtIn, String createdAt) {
    public Skill {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The text whose meaning is searched: name, description, tags and the start of the body. */
    String searchText() {
        String start = body.length() > 600 ? body.substring(0, 600) : body;
        return name.replace('-', ' ') + ". " + description + ". " + String.join(", ", tags) + ". " + start;
    }

    /** The skill as its Markdown file: front matter then body. */
    public String markdown() {
        return "---\nname: " + name + "\ndescription: " + SkillFiles.quote(description) + "\ntags: ["
                + String.join(", ", tags.stream().map(SkillFiles::quote).toList()) + "]\n---\n" + body;
    }
}
