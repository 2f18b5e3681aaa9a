package ai.kai.agent;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

/** A conversation about one data source: the earlier questions and answers a follow-up is asked after. */
public record AgentSession(String sessionId, String fileId, String connection, List<Turn> turns, String createdAt) {
    /** Only the latest turns go back to the model. */
    static final int TURNS_IN_CONTEXT = 6;

    public record Turn(String question, String explanation, List<String> sql) {
    }

    public AgentSession {
        turns = turns == null ? List.of() : List.copyOf(turns);
    }

    AgentSource source() {
        return new AgentSource(fileId, connection);
    }

    AgentSession with(Turn turn) {
        List<Turn> more = new ArrayList<>(turns);
        more.add(turn);
        return new AgentSession(sessionId, fileId, connection, more, createdAt);
    }

    List<ChatMessage> history() {
        List<ChatMessage> messages = new ArrayList<>();
        for (Turn t : turns.subList(Math.max(0, turns.size() - TURNS_IN_CONTEXT), turns.size())) {
            messages.add(UserMessage.from(t.question()));
            messages.add(AiMessage.from(t.explanation() + (t.sql().isEmpty() ? "" : "\n(SQL used: "
                    + t.sql().get(t.sql().size() - 1) + ")")));
        }
        return messages;
    }
}
