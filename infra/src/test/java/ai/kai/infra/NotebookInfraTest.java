package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.allowedActions;
import static ai.kai.infra.TemplateFacts.liveAliasId;
import static ai.kai.infra.TemplateFacts.statements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;

/**
 * The notebooks as the real catalog deploys them: the runner is EventBridge Scheduler's target through a role that
 * may invoke only the runner's alias, with a dead-letter queue and a schedule group; only the schedule routes may
 * pass that role; only the run endpoint and the runner (continuations) may invoke the runner, and nothing else.
 */
class NotebookInfraTest {
    private static final String RUNNER = "kai-notebooks-runner";
    private static final String GROUP = RUNNER + "-schedules";
    private static final List<String> SCHEDULE_ROUTES = List.of("kai-notebooks-schedule-put", "kai-notebooks-schedule-get",
            "kai-notebooks-schedule-delete");
    private static SynthesizedKai kai;
    /** The notebooks' functions stack: the runner, the schedule routes, the scheduler role, group and queue. */
    private static Template api;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.ofCatalog();
        api = kai.templateOf(RUNNER);
    }

    private static String schedulerRoleId() {
        var roles = api.findResources("AWS::IAM::Role", Map.of("Properties", Map.of("AssumeRolePolicyDocument", Map.of(
                "Statement", List.of(Match.objectLike(Map.of("Principal", Map.of("Service", "scheduler.amazonaws.com"))))))));
        assertThat(roles).as("roles EventBridge Scheduler assumes").hasSize(1);
        return roles.keySet().iterator().next();
    }

    private static String deadLetterQueueId() {
        Map<String, Object> env = TemplateFacts.map(TemplateFacts.map(TemplateFacts.properties(api,
                TemplateFacts.functionId(api, "kai-notebooks-schedule-put")).get("Environment")).get("Variables"));
        return (String) TemplateFacts.list(TemplateFacts.map(env.get("KAI_SCHEDULER_DLQ_ARN")).get("Fn::GetAtt")).get(0);
    }

    @Test
    void shouldDeployTheRunnerWithAScheduleGroupAndADeadLetterQueue() {
        FunctionSpec runner = FunctionCatalog.byName(RUNNER).orElseThrow();
        assertThat(runner.trigger()).isInstanceOf(ai.kai.functions.catalog.Trigger.Scheduled.class);
        assertThat(runner.artifact()).isEqualTo(ai.kai.functions.catalog.Artifact.NOTEBOOKS);
        api.hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", RUNNER, "Timeout", 900));
        api.resourceCountIs("AWS::Scheduler::ScheduleGroup", 1);
        api.hasResourceProperties("AWS::Scheduler::ScheduleGroup", Map.of("Name", GROUP));
        assertThat(api.findResources("AWS::SQS::Queue")).containsKey(deadLetterQueueId());
    }

    @Test
    void shouldLetTheSchedulerRoleInvokeOnlyTheRunnersAliasAndWriteOnlyToItsQueue() {
        var policies = api.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of("Roles", List.of(Map.of("Ref", schedulerRoleId())))));
        assertThat(policies).hasSize(1);
        List<Object> statements = TemplateFacts.list(TemplateFacts.map(TemplateFacts.map(
                TemplateFacts.map(policies.values().iterator().next()).get("Properties")).get("PolicyDocument")).get("Statement"));
        assertThat(statements).hasSize(2);
        Map<String, Object> invoke = TemplateFacts.map(statements.get(0));
        assertThat(invoke).containsEntry("Action", "lambda:InvokeFunction")
                .containsEntry("Resource", Map.of("Ref", liveAliasId(api, RUNNER)));
        Map<String, Object> queue = TemplateFacts.map(statements.get(1));
        assertThat(TemplateFacts.actions(queue)).allMatch(a -> a.startsWith("sqs:")).contains("sqs:SendMessage");
        assertThat(queue).containsEntry("Resource", Map.of("Fn::GetAtt", List.of(deadLetterQueueId(), "Arn")));
    }

    @Test
    void shouldLetOnlyTheScheduleRoutesManageSchedulesAndPassOnlyTheSchedulerRole() {
        for (String route : SCHEDULE_ROUTES) {
            Map<String, Object> passRole = statements(kai, route).stream()
                    .filter(s -> TemplateFacts.actions(s).contains("iam:PassRole")).findFirst().orElseThrow();
            assertThat(passRole).as(route).containsEntry("Resource", Map.of("Fn::GetAtt", List.of(schedulerRoleId(), "Arn")))
                    .containsEntry("Condition", Map.of("StringEquals", Map.of("iam:PassedToService", "scheduler.amazonaws.com")));
        }
        for (FunctionSpec f : FunctionCatalog.all()) {
            if (!f.access().contains(Access.SCHEDULES)) {
                assertThat(allowedActions(kai, f.name())).as(f.name())
                        .noneMatch(a -> a.startsWith("scheduler:") || a.equals("iam:PassRole"));
            }
        }
        assertThat(FunctionCatalog.all().stream().filter(f -> f.access().contains(Access.SCHEDULES)).map(FunctionSpec::name))
                .containsExactlyInAnyOrderElementsOf(SCHEDULE_ROUTES);
    }

    @Test
    void shouldLetOnlyTheRunEndpointAndTheRunnerInvokeAndOnlyTheRunner() {
        for (FunctionSpec f : FunctionCatalog.all()) {
            List<Map<String, Object>> invokes = statements(kai, f.name()).stream()
                    .filter(s -> TemplateFacts.actions(s).stream().anyMatch(a -> a.startsWith("lambda:"))).toList();
            if (f.name().equals("kai-notebooks-run") || f.name().equals(RUNNER)) {
                assertThat(invokes).as(f.name()).hasSize(1);
                assertThat(TemplateFacts.actions(invokes.get(0))).containsExactly("lambda:InvokeFunction");
                assertThat(String.valueOf(invokes.get(0).get("Resource"))).as(f.name())
                        .contains(":function:" + RUNNER + ":live").doesNotContain("*");
            } else {
                assertThat(invokes).as(f.name()).isEmpty();
            }
        }
    }
}
