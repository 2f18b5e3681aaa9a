package ai.kai.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.functions.catalog.Access;
import ai.kai.schedule.SchedulerSettings;

/**
 * Functions with {@link Access#SCHEDULES} create the schedules at run time: they learn the group, the target alias,
 * the scheduler's role and the DLQ from their environment and may manage that group's schedules only. Wired across
 * the functions stacks, since a manager and its target may live in different ones (in the catalog they share the
 * notebooks stack, so no reference crosses a stack).
 */
final class ScheduleManagers {
    private ScheduleManagers() {
    }

    static void wire(InfraSettings settings, List<FunctionsStack> stacks) {
        List<KaiFunction> managers = stacks.stream().flatMap(s -> s.functions().values().stream())
                .filter(f -> f.spec().access().contains(Access.SCHEDULES)).toList();
        if (managers.isEmpty()) {
            return;
        }
        Map<String, ScheduledTarget> targets = new LinkedHashMap<>();
        stacks.forEach(s -> targets.putAll(s.scheduledTargets()));
        if (targets.size() != 1) {
            throw new IllegalStateException(managers.getFirst().spec().name() + " manages schedules, which needs exactly one "
                    + "scheduled function in the catalog to target; found " + targets.keySet());
        }
        ScheduledTarget target = targets.values().iterator().next();
        for (KaiFunction manager : managers) {
            manager.function().addEnvironment(SchedulerSettings.GROUP, target.groupName());
            manager.function().addEnvironment(SchedulerSettings.TARGET_ARN, target.function().alias().getFunctionArn());
            manager.function().addEnvironment(SchedulerSettings.ROLE_ARN, target.role().getRoleArn());
            manager.function().addEnvironment(SchedulerSettings.DLQ_ARN, target.deadLetterQueue().getQueueArn());
            if (settings.localstack()) {
                manager.function().addEnvironment(SchedulerSettings.ENDPOINT, settings.localstackEndpoint());
            }
            AccessPolicies.scheduleManagement(target.groupName(), target.role())
                    .forEach(manager.function().getRole()::addToPrincipalPolicy);
        }
    }
}
