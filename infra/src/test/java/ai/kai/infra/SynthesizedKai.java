package ai.kai.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final Template api;

    private SynthesizedKai(String name, Map<String, Object> extraContext, List<FunctionSpec> functions) {
        Map<String, Object> context = new LinkedHashMap<>(cdkJsonContext());
        context.putAll(extraContext);
        App app = App.Builder.create().context(context).outdir(outdir(name).toString()).build();
        this.stacks = KaiApp.define(app, functions);
        this.storage = Template.fromStack(stacks.storage());
        this.api = Template.fromStack(stacks.api());
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

    Template api() {
        return api;
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
