package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import software.amazon.awscdk.assertions.Template;

/** Questions the tests ask of a synthesized template, answered from its JSON. */
final class TemplateFacts {
    static final String FUNCTION = "AWS::Lambda::Function";

    private TemplateFacts() {
    }

    /** The logical id of the Lambda function with this physical name; exactly one must exist. */
    static String functionId(Template template, String functionName) {
        Map<String, Map<String, Object>> found =
                template.findResources(FUNCTION, Map.of("Properties", Map.of("FunctionName", functionName)));
        assertThat(found).as("functions named %s", functionName).hasSize(1);
        return found.keySet().iterator().next();
    }

    /** The logical id of the alias {@code live} of this function. */
    static String liveAliasId(Template template, String functionName) {
        Map<String, Map<String, Object>> found = template.findResources("AWS::Lambda::Alias", Map.of("Properties",
                Map.of("Name", KaiFunction.ALIAS, "FunctionName", Map.of("Ref", functionId(template, functionName)))));
        assertThat(found).as("aliases 'live' of %s", functionName).hasSize(1);
        return found.keySet().iterator().next();
    }

    /** The logical id of the role the function runs as. */
    static String roleId(Template template, String functionName) {
        Map<String, Object> role = map(properties(template, functionId(template, functionName)).get("Role"));
        return (String) list(role.get("Fn::GetAtt")).get(0);
    }

    /** Every statement of every inline policy attached to the function's role. */
    static List<Map<String, Object>> statements(Template template, String functionName) {
        String roleId = roleId(template, functionName);
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> props = map(policy.get("Properties"));
            if (list(props.get("Roles")).contains(Map.of("Ref", roleId))) {
                list(map(props.get("PolicyDocument")).get("Statement")).forEach(s -> statements.add(map(s)));
            }
        }
        return statements;
    }

    /** The actions the function's role is allowed, from its inline policies. */
    static Set<String> allowedActions(Template template, String functionName) {
        Set<String> actions = new TreeSet<>();
        for (Map<String, Object> statement : statements(template, functionName)) {
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            actions.addAll(actions(statement));
        }
        return actions;
    }

    /** {@link #functionId(Template, String)} in whichever functions stack deploys the function. */
    static String functionId(SynthesizedKai kai, String functionName) {
        return functionId(kai.templateOf(functionName), functionName);
    }

    /** {@link #liveAliasId(Template, String)} in whichever functions stack deploys the function. */
    static String liveAliasId(SynthesizedKai kai, String functionName) {
        return liveAliasId(kai.templateOf(functionName), functionName);
    }

    /** {@link #statements(Template, String)} in whichever functions stack deploys the function. */
    static List<Map<String, Object>> statements(SynthesizedKai kai, String functionName) {
        return statements(kai.templateOf(functionName), functionName);
    }

    /** {@link #allowedActions(Template, String)} in whichever functions stack deploys the function. */
    static Set<String> allowedActions(SynthesizedKai kai, String functionName) {
        return allowedActions(kai.templateOf(functionName), functionName);
    }

    /** The properties of the Lambda function with this name, wherever it is deployed. */
    static Map<String, Object> functionProperties(SynthesizedKai kai, String functionName) {
        Template template = kai.templateOf(functionName);
        return properties(template, functionId(template, functionName));
    }

    static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof String single ? List.of(single) : list(action).stream().map(String::valueOf).toList();
    }

    static Map<String, Object> properties(Template template, String logicalId) {
        Map<String, Object> resources = map(template.toJSON().get("Resources"));
        return map(map(resources.get(logicalId)).get("Properties"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
