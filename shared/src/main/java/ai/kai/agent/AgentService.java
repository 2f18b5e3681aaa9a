package ai.kai.agent;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import ai.kai.agent.tools.AgentData;
import ai.kai.agent.tools.AgentTool;
import ai.kai.agent.tools.AnomaliesTool;
import ai.kai.agent.tools.ChartTool;
import ai.kai.agent.tools.DescribeTableTool;
import ai.kai.agent.tools.ForecastTool;
import ai.kai.agent.tools.KnowledgeSearchTool;
import ai.kai.agent.tools.ListTablesTool;
import ai.kai.agent.tools.RememberTool;
import ai.kai.agent.tools.RunSqlTool;
import ai.kai.agent.tools.StatisticsTool;
import ai.kai.agent.tools.ToolBox;
import ai.kai.agent.tools.ToolContext;
import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.connect.ConnectionManager;
import ai.kai.files.FileQueryService;
import ai.kai.files.FileService;
import ai.kai.knowledge.KnowledgeBase;
import ai.kai.tenancy.TenantId;
import dev.langchain4j.data.message.ChatMessage;

/**
 * Answers questions about one of the tenant's files: opens the data source for the caller's tenant only, gives the
 * model the tools, runs the loop. The model is made on first use, so without {@code KAI_LLM_*} every route that does
 * not need it works and the natural-language ones answer {@code LLM_NOT_CONFIGURED}.
 */
public final class AgentService {
    /** The analyses the tools call. */
    public record Analytics(StatisticsAnalysis statistics, ForecastAnalysis forecasts, AnomalyAnalysis anomalies) {
    }

    private final Supplier<AgentModel> model;
    private final FileService files;
    private final FileQueryService queries;
    private final Analytics analytics;
    private final Optional<KnowledgeBase> knowledge;
    private final Supplier<ConnectionManager> connections;
    private final Clock clock;

    /**
     * {@code connections} is asked on the first question about a connection only (building the manager looks up
     * the secrets key).
     */
    public AgentService(Supplier<AgentModel> model, FileService files, FileQueryService queries, Analytics analytics,
                        Optional<KnowledgeBase> knowledge, Supplier<ConnectionManager> connections, Clock clock) {
        this.model = model;
        this.files = files;
        this.queries = queries;
        this.analytics = analytics;
        this.knowledge = knowledge;
        this.connections = connections;
        this.clock = clock;
    }

    /** The configured model, or LLM_NOT_CONFIGURED; resolved once. */
    public static Supplier<AgentModel> configuredModel() {
        return new Supplier<>() {
            private AgentModel model;

            @Override
            public synchronized AgentModel get() {
                if (model == null) {
                    model = ChatModels.create(LlmSettings.require(LlmSettings.fromEnvironment()));
                }
                return model;
            }
        };
    }

    /** Fails fast (before any work is queued) when no model is configured. */
    public void requireModel() {
        model.get();
    }

    /** Opens the file of the caller's tenant: FILE_NOT_FOUND for another tenant's id, FILE_NOT_READY before ingest. */
    public AgentData openFile(TenantId tenant, String fileId) {
        return new FileData(tenant, files.requireReady(tenant, fileId), queries);
    }

    /**
     * Opens a connection of the caller's tenant ({@code CONNECTION_NOT_FOUND} for another tenant's alias). Its
     * statements get the connector's limits; {@code statementTimeout} bounds each one further.
     */
    public AgentData openConnection(TenantId tenant, String alias, Duration statementTimeout) {
        ConnectionManager manager = connections.get();
        return new ConnectionData(tenant, manager.get(tenant, alias), manager, statementTimeout);
    }

    public AgentData open(TenantId tenant, AgentSource source, Duration statementTimeout) {
        return source.fileId() != null ? openFile(tenant, source.fileId())
                : openConnection(tenant, source.connection(), statementTimeout);
    }

    public AgentAnswer analyze(TenantId tenant, AgentData data, AnalysisRequest request, List<ChatMessage> history,
                               AgentLimits limits, StepListener listener) {
        AgentModel m = model.get();
        ToolContext context = new ToolContext(tenant, data, knowledge, limits);
        return new AgentLoop(m, new ToolBox(tools(data)), clock).run(request, history, context, listener);
    }

    List<AgentTool> tools(AgentData data) {
        return List.of(new ListTablesTool(), new DescribeTableTool(), new RunSqlTool(data.dialect()),
                new StatisticsTool(analytics.statistics()), new ForecastTool(analytics.forecasts()),
                new AnomaliesTool(analytics.anomalies()), new ChartTool(), KnowledgeSearchTool.recall(),
                new RememberTool(), KnowledgeSearchTool.skills(), KnowledgeSearchTool.semanticLayer());
    }
}
