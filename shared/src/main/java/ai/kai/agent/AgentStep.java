package ai.kai.agent;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a run, numbered from 1, with a line for people and the details (tool arguments, a small table). */
public record AgentStep(int index, StepKind kind, String text, JsonNode detail, String at) {
}
