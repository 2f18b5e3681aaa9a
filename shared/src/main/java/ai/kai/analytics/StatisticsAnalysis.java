package ai.kai.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.stats.ContingencyRequest;
import ai.kai.stats.ContingencyTable;
import ai.kai.stats.Description;
import ai.kai.stats.GroupComparisonRequest;
import ai.kai.stats.GroupTestKind;
import ai.kai.stats.OneSampleRequest;
import ai.kai.stats.Sample;
import ai.kai.stats.StatisticsService;
import ai.kai.stats.TwoSampleMethod;
import ai.kai.stats.TwoSampleRequest;
import ai.kai.tenancy.TenantId;

/**
 * Runs a {@link StatisticsCall}: loads the columns it names, leaves out rows with a missing value in any of them
 * (counted in the metadata), turns cells into numbers and groups, and hands them to the {@link StatisticsService}.
 * The answer is the library's record: {@code TestResult}, {@code TukeyResult}, {@code CorrelationMatrix}, or a
 * list of {@code Description}s.
 */
public final class StatisticsAnalysis {
    private final StatisticsService statistics;
    private final ColumnLoader loader;

    public StatisticsAnalysis(StatisticsService statistics, ColumnLoader loader) {
        this.statistics = statistics;
        this.loader = loader;
    }

    public Analysis run(TenantId tenant, StatisticsCall call) {
        return switch (call.test()) {
            case DESCRIBE -> describe(tenant, call);
            case CORRELATION -> correlate(tenant, call);
            case CHI_SQUARE, FISHER -> contingency(tenant, call);
            case ONE_SAMPLE -> oneSample(tenant, call);
            case ANOVA, KRUSKAL, TUKEY -> severalGroups(tenant, call);
            case WELCH, STUDENT, PAIRED, MANN_WHITNEY -> twoSample(tenant, call);
        };
    }

    private Analysis twoSample(TenantId tenant, StatisticsCall call) {
        TwoSampleMethod method = switch (call.test()) {
            case STUDENT -> TwoSampleMethod.STUDENT;
            case PAIRED -> TwoSampleMethod.PAIRED;
            case MANN_WHITNEY -> TwoSampleMethod.MANN_WHITNEY;
            default -> TwoSampleMethod.WELCH;
        };
        Sample first;
        Sample second;
        String variable;
        Input in;
        if (call.groupColumn() == null && call.columns().size() == 2) {
            in = load(tenant, call, call.columns(), method == TwoSampleMethod.PAIRED ? call.columns() : List.of());
            first = sample(in.data(), call.columns().get(0), method != TwoSampleMethod.PAIRED);
            second = sample(in.data(), call.columns().get(1), method != TwoSampleMethod.PAIRED);
            variable = null;
        } else {
            in = load(tenant, call, List.of(call.valueColumn(), call.groupColumn()));
            List<Sample> groups = groups(in.data(), call);
            GroupSplit.requireTwo(groups, in.data().name(call.groupColumn()), call.test());
            first = groups.get(0);
            second = groups.get(1);
            variable = in.data().name(call.valueColumn());
        }
        return in.answer(statistics.twoSample(new TwoSampleRequest(variable, first, second, method,
                call.alternative(), call.alpha())));
    }

    private Analysis oneSample(TenantId tenant, StatisticsCall call) {
        Input in = load(tenant, call, List.of(call.valueColumn()));
        Sample sample = sample(in.data(), call.valueColumn(), false);
        return in.answer(statistics.oneSample(new OneSampleRequest(sample.name(), sample, call.mu(),
                call.alternative(), call.alpha())));
    }

    private Analysis severalGroups(TenantId tenant, StatisticsCall call) {
        Input in = load(tenant, call, List.of(call.valueColumn(), call.groupColumn()));
        List<Sample> groups = groups(in.data(), call);
        String variable = in.data().name(call.valueColumn());
        return in.answer(switch (call.test()) {
            case TUKEY -> statistics.tukey(variable, groups, call.alpha());
            case KRUSKAL -> statistics.compareGroups(new GroupComparisonRequest(variable, groups,
                    GroupTestKind.KRUSKAL_WALLIS, call.alpha()));
            default -> statistics.compareGroups(new GroupComparisonRequest(variable, groups, GroupTestKind.ANOVA,
                    call.alpha()));
        });
    }

    private Analysis contingency(TenantId tenant, StatisticsCall call) {
        Input in = load(tenant, call, List.of(call.rowColumn(), call.columnColumn()));
        String row = in.data().name(call.rowColumn());
        String column = in.data().name(call.columnColumn());
        ContingencyTable table = ContingencyTable.fromObservations(row, Cells.labels(row, in.data().cells(row)),
                column, Cells.labels(column, in.data().cells(column)));
        ContingencyRequest request = call.test() == StatisticsTestKind.FISHER
                ? ContingencyRequest.fisher(table).withAlternative(call.alternative())
                : ContingencyRequest.chiSquare(table);
        return in.answer(statistics.contingency(request.withAlpha(call.alpha())));
    }

    private Analysis correlate(TenantId tenant, StatisticsCall call) {
        Input in = load(tenant, call, call.columns());
        List<Sample> variables = new ArrayList<>();
        for (String c : call.columns()) {
            variables.add(sample(in.data(), c, false));
        }
        return in.answer(statistics.correlationMatrix(variables, call.method(), call.alpha()));
    }

    private Analysis describe(TenantId tenant, StatisticsCall call) {
        List<String> columns = !call.columns().isEmpty() ? call.columns()
                : call.valueColumn() != null ? List.of(call.valueColumn())
                : loader.numericColumns(tenant, call.source()).stream().filter(c -> !c.equalsIgnoreCase(call.by())).toList();
        if (columns.isEmpty()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the data has no numeric column to describe; "
                    + "name the columns with 'columns'");
        }
        List<String> all = new ArrayList<>(columns);
        if (call.by() != null) {
            all.add(call.by());
        }
        Input in = load(tenant, call, all, List.of());
        List<Description> out = new ArrayList<>();
        for (String c : columns) {
            List<String> used = call.by() == null ? List.of(c) : List.of(c, call.by());
            DataColumns complete = nonEmpty(in.data().complete(used), in.data().name(c));
            String name = complete.name(c);
            double[] values = Cells.numbers(name, complete.cells(c));
            out.add(call.by() == null ? statistics.describe(name, List.of(new Sample(name, values)))
                    : statistics.describe(name, GroupSplit.split(values, complete.name(call.by()),
                            Cells.labels(complete.name(call.by()), complete.cells(call.by())), call.groups())));
        }
        return in.answer(out);
    }

    private static List<Sample> groups(DataColumns data, StatisticsCall call) {
        String group = data.name(call.groupColumn());
        double[] values = Cells.numbers(data.name(call.valueColumn()), data.cells(call.valueColumn()));
        return GroupSplit.split(values, group, Cells.labels(group, data.cells(call.groupColumn())), call.groups());
    }

    /** A column as a sample named after it; {@code ownRows}: its own non-missing values, whatever the other columns hold. */
    private static Sample sample(DataColumns data, String column, boolean ownRows) {
        DataColumns rows = ownRows ? nonEmpty(data.complete(List.of(column)), data.name(column)) : data;
        String name = data.name(column);
        return new Sample(name, Cells.numbers(name, rows.cells(column)));
    }

    private Input load(TenantId tenant, StatisticsCall call, List<String> columns) {
        return load(tenant, call, columns, columns);
    }

    /** Loads {@code columns}, keeping the rows complete in {@code completeIn}. */
    private Input load(TenantId tenant, StatisticsCall call, List<String> columns, List<String> completeIn) {
        DataColumns loaded = loader.load(tenant, call.source(), columns);
        DataColumns used = completeIn.isEmpty() ? loaded : nonEmpty(loaded.complete(completeIn), String.join(", ", completeIn));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("test_type", call.test().wire());
        metadata.putAll(call.source().metadata());
        metadata.put("rows", loaded.rowCount());
        metadata.put("rows_used", used.rowCount());
        metadata.put("rows_with_missing_values", loaded.rowCount() - used.rowCount());
        return new Input(used, metadata);
    }

    private static DataColumns nonEmpty(DataColumns data, String columns) {
        if (data.rowCount() == 0) {
            throw new KaiException(ErrorCode.TOO_FEW_OBSERVATIONS, "no row has a value in " + columns
                    + "; every row is missing one");
        }
        return data;
    }

    /** The rows an analysis works on and what the metadata says about them. */
    private record Input(DataColumns data, Map<String, Object> metadata) {
        Analysis answer(Object result) {
            return new Analysis(result, metadata);
        }
    }
}
