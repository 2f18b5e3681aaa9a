package ai.kai.agent;

import java.util.function.Consumer;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * One model turn as the loop sees it: messages and tool specifications in, the model's message out. Streaming
 * providers report partial text as it arrives (shown as "thinking"); blocking ones report nothing until done.
 */
@FunctionalInterface
public interface AgentModel {
    ChatResponse chat(ChatRequest request, Consumer<String> partialText);
}
