package ai.kai.infra;

import static ai.kai.infra.TemplateFacts.allowedActions;
import static ai.kai.infra.TemplateFacts.liveAliasId;
import static ai.kai.infra.TemplateFacts.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * A catalog with the notebook runner ({@code Trigger.Scheduled}) and a function that manages its schedules
 * ({@code Access.SCHEDULES}), as the notebooks branch adds them: the group, the runner's role and DLQ, the
 * manager's environment, and IAM scoped to that group's schedules and that role.
 */
class ScheduleManagementTest {
    private static final String RUNNER = "kai-notebooks-runner";
    private static final String MANAGER = "kai-notebooks-schedule-put";
    private static final String GROUP = RUNNER + "-schedules";
    private static SynthesizedKai kai;
    /** The stack of the runner, which must also hold its schedule managers. */
    private static Template api;

    @BeforeAll
    static void synthesize() {
        kai = SynthesizedKai.of("schedules", Map.of(), FunctionCatalog.all());
        api = kai.templateOf(RUNNER);
    }

    @Test
    void shouldKeepTheManagersInTheRunnersStack() {
        assertThat(kai.stackOf(MANAGER)).isEqualTo(kai.stackOf(RUNNER)).isPresent();
        assertThat(kai.api().toJSON().toString()).doesNotContain("scheduler.amazonaws.com");
    }

    private static String schedulerRoleId() {
        return api.findResources("AWS::IAM::Role", Map.of("Properties", Map.of("AssumeRolePolicyDocument", Map.of(
                "Statement", List.of(Match.objectLike(Map.of("Principal", Map.of("Service", "scheduler.amazonaws.com"))))))))
                .keySet().iterator().next();
    }

    @Test
    void shouldCreateOneScheduleGroupForTheRunnersSchedules() {
        assertThat(kai.functionResourceCount("AWS::Scheduler::ScheduleGroup")).isEqualTo(1);
        api.resourceCountIs("AWS::Scheduler::ScheduleGroup", 1);
        api.hasResourceProperties("AWS::Scheduler::ScheduleGroup", Map.of("Name", GROUP));
        api.resourceCountIs("AWS::Scheduler::Schedule", 0); // schedules are made at run time, one per notebook
    }

    @Test
    void shouldLetTheSchedulerRoleInvokeOnlyTheRunnersAliasAndSendToItsDeadLetterQueue() {
        String queueId = api.findResources("AWS::SQS::Queue").keySet().iterator().next();
        api.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", schedulerRoleId())),
                "PolicyDocument", Map.of("Statement", List.of(
                        Map.of("Sid", "InvokeOneFunction", "Effect", "Allow", "Action", "lambda:InvokeFunction",
                                "Resource", Map.of("Ref", liveAliasId(api, RUNNER))),
                        Match.objectLike(Map.of("Action", Match.arrayWith(List.of("sqs:SendMessage")),
                                "Resource", Map.of("Fn::GetAtt", List.of(queueId, "Arn"))))))));
    }

    @Test
    void shouldTellTheManagerWhereSchedulesGoAndWhatTheyInvoke() {
        String queueId = api.findResources("AWS::SQS::Queue").keySet().iterator().next();
        api.hasResourceProperties(TemplateFacts.FUNCTION, Map.of(
                "FunctionName", MANAGER,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "KAI_SCHEDULE_GROUP", GROUP,
                        "KAI_SCHEDULER_TARGET_ARN", Map.of("Ref", liveAliasId(api, RUNNER)),
                        "KAI_SCHEDULER_ROLE_ARN", Map.of("Fn::GetAtt", List.of(schedulerRoleId(), "Arn")),
                        "KAI_SCHEDULER_DLQ_ARN", Map.of("Fn::GetAtt", List.of(queueId, "Arn")))))));
    }

    @Test
    void shouldScopeTheManagersScheduleActionsToTheGroupAndItsPassRoleToTheScheduler() {
        Map<String, Object> schedules = statements(api, MANAGER).stream()
                .filter(s -> "Schedules".equals(s.get("Sid"))).findFirst().orElseThrow();
        assertThat(TemplateFacts.actions(schedules)).containsExactlyInAnyOrder("scheduler:CreateSchedule",
                "scheduler:UpdateSchedule", "scheduler:GetSchedule", "scheduler:DeleteSchedule");
        assertThat(String.valueOf(schedules.get("Resource"))).contains(":schedule/" + GROUP + "/*").doesNotContain("\"*\"");

        Map<String, Object> passRole = statements(api, MANAGER).stream()
                .filter(s -> "PassSchedulerRole".equals(s.get("Sid"))).findFirst().orElseThrow();
        assertThat(passRole).containsEntry("Action", "iam:PassRole")
                .containsEntry("Resource", Map.of("Fn::GetAtt", List.of(schedulerRoleId(), "Arn")))
                .containsEntry("Condition", Map.of("StringEquals", Map.of("iam:PassedToService", "scheduler.amazonaws.com")));
    }

    @Test
    void shouldGiveNoOtherFunctionSchedulerOrPassRoleRights() {
        for (String name : List.of(RUNNER, "kai-files-list", "kai-files-upload")) {
            assertThat(allowedActions(kai, name)).as(name).noneMatch(a -> a.startsWith("scheduler:") || a.equals("iam:PassRole"));
        }
    }

    @Test
    void shouldRefuseScheduleManagersWithoutAScheduledFunctionToTarget() {
        List<FunctionSpec> withoutRunner = FunctionCatalog.all().stream().filter(f -> !f.name().equals(RUNNER)).toList();
        assertThatThrownBy(() -> SynthesizedKai.of("schedules-no-runner", Map.of(), withoutRunner))
                .hasMessageContaining(MANAGER + " manages schedules");
    }

    @Test
    void shouldPointTheManagerAtLocalStacksSchedulerInTheLocalstackContext() {
        Template local = SynthesizedKai.of("schedules-localstack", Map.of("localstack", true), FunctionCatalog.all()).templateOf(MANAGER);
        local.hasResourceProperties(TemplateFacts.FUNCTION, Map.of("FunctionName", MANAGER,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "KAI_SCHEDULER_ENDPOINT", "http://localhost.localstack.cloud:4566")))));
    }
}
