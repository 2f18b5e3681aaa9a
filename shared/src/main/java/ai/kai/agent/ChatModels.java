package ai.kai.agent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Builds the langchain4j chat model the settings name, on langchain4j's JDK HTTP client (Bedrock: the AWS SDK's
 * url-connection client and the function's role). Streaming is used for OpenAI-compatible endpoints when
 * {@code KAI_LLM_STREAMING=true}. Provider failures become {@code LLM_UNAVAILABLE} without the key or the request.
 */
public final class ChatModels {
    /** What an OpenAI-compatible server of one's own gets when it needs no key (langchain4j requires one). */
    static final String NO_KEY = "none";

    private ChatModels() {
    }

    public static AgentModel create(LlmSettings s) {
        if (s.streaming() && s.provider() == LlmProvider.OPENAI) {
            var builder = OpenAiStreamingChatModel.builder().httpClientBuilder(JdkHttpClient.builder())
                    .modelName(s.model()).apiKey(s.apiKey().orElse(NO_KEY)).timeout(s.timeout());
            s.baseUrl().ifPresent(builder::baseUrl);
            return streaming(builder.build(), s.timeout());
        }
        return blocking(chatModel(s));
    }

    static ChatModel chatModel(LlmSettings s) {
        return switch (s.provider()) {
            case OPENAI -> {
                var b = OpenAiChatModel.builder().httpClientBuilder(JdkHttpClient.builder()).modelName(s.model())
                        .apiKey(s.apiKey().orElse(NO_KEY)).timeout(s.timeout()).maxRetries(1);
                s.baseUrl().ifPresent(b::baseUrl);
                yield b.build();
            }
            case ANTHROPIC -> {
                var b = AnthropicChatModel.builder().httpClientBuilder(JdkHttpClient.builder()).modelName(s.model())
                        .apiKey(s.apiKey().orElseThrow()).timeout(s.timeout()).maxTokens(4096).maxRetries(1);
                s.baseUrl().ifPresent(b::baseUrl);
                yield b.build();
            }
            case GEMINI -> {
                var b = GoogleAiGeminiChatModel.builder().httpClientBuilder(JdkHttpClient.builder()).modelName(s.model())
                        .apiKey(s.apiKey().orElseThrow()).timeout(s.timeout()).maxRetries(1);
                s.baseUrl().ifPresent(b::baseUrl);
                yield b.build();
            }
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(JdkHttpClient.builder()).modelName(s.model())
                    .baseUrl(s.baseUrl().orElse("http://localhost:11434")).timeout(s.timeout()).maxRetries(1).build();
            case BEDROCK -> BedrockChatModel.builder().modelId(s.model())
                    .client(BedrockRuntimeClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()
                            .socketTimeout(s.timeout())).region(Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1")))
                            .build())
                    .maxRetries(1).build();
        };
    }

    /** A blocking langchain4j model as an agent model. */
    public static AgentModel blocking(ChatModel model) {
        return (request, partial) -> {
            try {
                return model.chat(request);
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
        };
    }

    /** A streaming langchain4j model as an agent model: partial text is passed on as it arrives. */
    public static AgentModel streaming(StreamingChatModel model, java.time.Duration timeout) {
        return (ChatRequest request, Consumer<String> partial) -> {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String text) {
                    partial.accept(text);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw unavailable(e.getCause());
            } catch (TimeoutException e) {
                throw new KaiException(ErrorCode.LLM_UNAVAILABLE, "the language model did not finish within " + timeout.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KaiException(ErrorCode.LLM_UNAVAILABLE, "interrupted while waiting for the language model");
            }
        };
    }

    /** Only the exception's type reaches the caller: provider messages may echo request headers. */
    private static KaiException unavailable(Throwable e) {
        if (e instanceof KaiException k) {
            return k;
        }
        return new KaiException(ErrorCode.LLM_UNAVAILABLE, "the language model could not be reached or refused the request ("
                + e.getClass().getSimpleName() + ")");
    }
}
