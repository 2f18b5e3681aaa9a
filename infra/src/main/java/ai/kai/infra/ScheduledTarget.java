package ai.kai.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.amazon.awscdk.services.scheduler.CfnScheduleGroup;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * What EventBridge Scheduler needs to invoke a {@code Trigger.Scheduled} function: the schedules themselves are
 * created at run time (one per notebook), so the stack only provides the schedule group they live in, a role
 * that may invoke this function's alias and nothing else, and a dead-letter queue for invocations that keep failing.
 */
public final class ScheduledTarget extends Construct {
    private final KaiFunction function;
    private final Role role;
    private final Queue deadLetterQueue;
    private final CfnScheduleGroup group;

    public ScheduledTarget(Construct scope, String id, KaiFunction function) {
        super(scope, id);
        this.function = function;
        this.deadLetterQueue = createDeadLetterQueue();
        this.role = createSchedulerRole(function);
        this.group = createScheduleGroup(function);
    }

    /** The function the schedules invoke (through its alias). */
    public KaiFunction function() {
        return function;
    }

    /** The group the schedules of this function are created in at run time. */
    public String groupName() {
        return group.getName();
    }

    /** The role to name as a schedule's target role. */
    public Role role() {
        return role;
    }

    /** The queue to name as a schedule's dead-letter config. */
    public Queue deadLetterQueue() {
        return deadLetterQueue;
    }

    private CfnScheduleGroup createScheduleGroup(KaiFunction target) {
        return CfnScheduleGroup.Builder.create(this, "Group").name(target.spec().name() + "-schedules").build();
    }

    private Queue createDeadLetterQueue() {
        return Queue.Builder.create(this, "DeadLetters")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
    }

    private Role createSchedulerRole(KaiFunction function) {
        Role schedulerRole = Role.Builder.create(this, "SchedulerRole")
                .assumedBy(new ServicePrincipal("scheduler.amazonaws.com", ServicePrincipalOpts.builder()
                        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID)))
                        .build()))
                .description("EventBridge Scheduler invokes " + function.spec().name() + ":" + KaiFunction.ALIAS + " only")
                .build();
        schedulerRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("InvokeOneFunction")
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(function.alias().getFunctionArn()))
                .build());
        deadLetterQueue.grantSendMessages(schedulerRole);
        return schedulerRole;
    }
}
