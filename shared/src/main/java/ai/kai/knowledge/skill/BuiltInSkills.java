package ai.kai.knowledge.skill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ai.kai.knowledge.embed.Embedder;

/**
 * The playbooks shipped with KAI (resources under {@code ai/kai/knowledge/skills/}, listed in {@code index.txt}):
 * every tenant can list and search them; no tenant can change them. Embedded once per JVM.
 */
final class BuiltInSkills {
    private static final String ROOT = "/ai/kai/knowledge/skills/";
    private static volatile List<IndexedSkill> indexed;

    /** A skill with its embedding. */
    record IndexedSkill(Skill skill, float[] vector) {
    }

    private BuiltInSkills() {
    }

    static List<IndexedSkill> all(Embedder embedder) {
        List<IndexedSkill> list = indexed;
        if (list == null) {
            synchronized (BuiltInSkills.class) {
                if (indexed == null) {
                    List<IndexedSkill> out = new ArrayList<>();
                    for (String name : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                        Skill skill = SkillFiles.parse(read(name + ".md"), true, null);
                        out.add(new IndexedSkill(skill, embedder.embed(skill.searchText())));
                    }
                    indexed = List.copyOf(out);
                }
                list = indexed;
            }
        }
        return list;
    }

    private static String read(String resource) {
        try (InputStream in = BuiltInSkills.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in skill resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
