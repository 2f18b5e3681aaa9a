package ai.kai.knowledge.skill;

import java.util.List;

/** The item {@code SKILL#name}: the skill's fields and its embedding. */
record StoredSkill(String name, String description, List<String> tags, String body, String createdAt, String vector) {
    Skill skill() {
        return new Skill(name, description, tags, body, false, createdAt);
    }
}
