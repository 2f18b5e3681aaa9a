package ai.kai.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * One synthesized KAI app for the tests, with the context of infra/cdk.json (so the tests see the feature flags
 * a deploy sees) plus whatever a test adds. Synthesizing costs seconds, so the app of the real catalog is built
 * once per test JVM and shared by every test class.
 */
final class SynthesizedKai {
    private static SynthesizedKai defaultApp;

    private final KaiApp.Stacks stacks;
    private final Template storage;
    private final Optional<Template> api;
    /** The template of each functions stack, by stack name, in artifact order. */
    private final Map<String, Template> functionStacks = new LinkedHashMap<>();

    private SynthesizedKai(String name, Map<String, Object> extraContext, List<FunctionSpec> functions) {
        Map<String, Object> context = new LinkedHashMap<>(cdkJsonContext());
        context.putAll(extraContext);
        App app = App.Builder.create().context(context).outdir(outdir(name).toString()).build();
        this.stacks = KaiApp.define(app, functions);
        this.storage = Template.fromStack(stacks.storage());
        this.api = stacks.api().map(Template::fromStack);
        stacks.functions().forEach(stack -> functionStacks.put(stack.getStackName(), Template.fromStack(stack)));
    }

    /** The app of {@link FunctionCatalog#all()} with cdk.json's context only: what {@code cdk deploy} builds. */
    static synchronized SynthesizedKai ofCatalog() {
        if (defaultApp == null) {
            defaultApp = new SynthesizedKai("catalog", Map.of(), FunctionCatalog.all());
        }
        return defaultApp;
    }

    /** A variant: other context (as {@code cdk -c key=value} would give) and/or other functions. */
    static SynthesizedKai of(String name, Map<String, Object> extraContext, List<FunctionSpec> functions) {
        return new SynthesizedKai(name, extraContext, functions);
    }

    KaiApp.Stacks stacks() {
        return stacks;
    }

    Template storage() {
        return storage;
    }

    /** The API stack: the HTTP API, the identity provider and the outputs a CLI needs. */
    Template api() {
        return api.orElseThrow(() -> new AssertionError("this app has no API stack (context without an HTTP API)"));
    }

    /** Every functions stack's template, by stack name. */
    Map<String, Template> functionStacks() {
        return functionStacks;
    }

    /** The template of the one stack that deploys this catalog function (with its role, routes and triggers). */
    Template templateOf(String functionName) {
        return stackOf(functionName).map(functionStacks::get)
                .orElseThrow(() -> new AssertionError("no stack deploys a function named " + functionName));
    }

    /** The name of the stack that deploys this catalog function, if any. */
    Optional<String> stackOf(String functionName) {
        return stacks.functions().stream().filter(stack -> stack.functions().containsKey(functionName))
                .map(FunctionsStack::getStackName).findFirst();
    }

    /** How many resources of this type the functions stacks hold together. */
    int functionResourceCount(String type) {
        return functionStacks.values().stream().mapToInt(t -> t.findResources(type).size()).sum();
    }

    private static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdkJson = new ObjectMapper().readValue(Path.of("cdk.json").toFile(), new TypeReference<>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) cdkJson.get("context");
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("infra/cdk.json is unreadable", e);
        }
    }

    private static Path outdir(String name) {
        return Path.of(System.getProperty("kai.infra.outdir", "target/cdk.out-test")).resolve(name);
    }
}
