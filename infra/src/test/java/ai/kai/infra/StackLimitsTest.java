package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * CloudFormation refuses a template of more than 500 resources; the catalog is split into one functions stack per
 * artifact so that every stack stays far below that (at most {@value #HEADROOM_LIMIT}, room for the catalog to grow),
 * and the stacks depend on each other in one direction only: storage, then the API, then the functions.
 */
class StackLimitsTest {
    /** Well under CloudFormation's 500, so a capability can grow by a dozen functions before its stack needs splitting. */
    static final int HEADROOM_LIMIT = 400;
    private static SynthesizedKai kai;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
    }

    @Test
    void shouldKeepEveryStackWellUnderCloudFormationsResourceLimit() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put(KaiApp.STORAGE_STACK, resources(kai.storage()));
        sizes.put(KaiApp.API_STACK, resources(kai.api()));
        kai.functionStacks().forEach((name, template) -> sizes.put(name, resources(template)));
        assertThat(sizes).as("resources per stack").allSatisfy((stack, count) ->
                assertThat(count).as("resources of %s", stack).isPositive().isLessThanOrEqualTo(HEADROOM_LIMIT));
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).as("resources of the whole app")
                .isGreaterThan(500); // the single stack this replaces could not be deployed at all
    }

    @Test
    void shouldDeployEachArtifactsFunctionsInAStackOfItsOwn() {
        Map<Artifact, List<String>> expected = FunctionCatalog.all().stream().collect(Collectors.groupingBy(
                FunctionSpec::artifact, () -> new java.util.EnumMap<>(Artifact.class),
                Collectors.mapping(FunctionSpec::name, Collectors.toList())));
        assertThat(kai.stacks().functions()).extracting(Stack::getStackName)
                .containsExactlyElementsOf(expected.keySet().stream().map(FunctionsStack::idOf).toList());
        expected.forEach((artifact, names) -> names.forEach(name ->
                assertThat(kai.stackOf(name)).as("stack of %s", name).contains(FunctionsStack.idOf(artifact))));
        assertThat(FunctionsStack.idOf(Artifact.AGENT)).isEqualTo("KaiAgentFunctions");
    }

    @Test
    void shouldDependOnlyFromFunctionsToApiToStorage() {
        Stack storage = kai.stacks().storage();
        Stack api = kai.stacks().api().orElseThrow();
        assertThat(storage.getDependencies()).isEmpty();
        assertThat(api.getDependencies()).containsExactly(storage);
        for (FunctionsStack functions : kai.stacks().functions()) {
            assertThat(functions.getDependencies()).as("dependencies of %s", functions.getStackName())
                    .isSubsetOf(storage, api).contains(storage);
        }
        assertThat(kai.api().findResources(TemplateFacts.FUNCTION)).as("functions in the API stack").isEmpty();
        assertThat(kai.api().toJSON().toString()).as("the API stack references no functions stack")
                .doesNotContain("Functions:");
    }

    private static int resources(Template template) {
        return TemplateFacts.map(template.toJSON().get("Resources")).size();
    }
}
