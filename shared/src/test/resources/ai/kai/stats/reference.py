# Reference values for ai.kai.stats tests: python3 reference.py (SciPy 1.17.1, NumPy 2.4.6).
# Every number hard-coded in the tests is printed here by the call named in the test's comment.
import numpy as np
from scipy import stats, special
from scipy.stats import contingency

def show(label, x):
    print(label, ":", repr(x))

sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
ctrl = [4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14]
trt1 = [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69]
trt2 = [6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26]
chick = {
    "casein": [368, 390, 379, 260, 404, 318, 352, 359, 216, 222, 283, 332],
    "horsebean": [179, 160, 136, 227, 217, 168, 108, 124, 143, 140],
    "linseed": [309, 229, 181, 141, 260, 203, 148, 169, 213, 257, 244, 271],
    "meatmeal": [325, 257, 303, 315, 380, 153, 263, 242, 206, 344, 258],
    "soybean": [243, 230, 248, 327, 329, 250, 193, 271, 316, 267, 199, 171, 158, 248],
    "sunflower": [423, 340, 392, 339, 341, 226, 320, 295, 334, 322, 297, 318],
}

# t-tests
r = stats.ttest_ind(sleep1, sleep2, equal_var=False); show("welch", (r.statistic, r.pvalue, r.df, tuple(r.confidence_interval())))
r = stats.ttest_rel(sleep1, sleep2); show("paired", (r.statistic, r.pvalue))

def hedges(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    n1, n2 = len(a), len(b); df = n1 + n2 - 2
    sp = np.sqrt(((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / df)
    d = (a.mean() - b.mean()) / sp
    j = np.exp(special.gammaln(df / 2) - 0.5 * np.log(df / 2) - special.gammaln((df - 1) / 2))
    return d, d * j
show("hedges sleep (d, g)", hedges(sleep1, sleep2))
d = np.subtract(sleep1, sleep2); show("dz sleep", d.mean() / d.std(ddof=1))
show("d one-sample sleep2 mu=1", (np.mean(sleep2) - 1) / np.std(sleep2, ddof=1))

# Mann-Whitney
r = stats.mannwhitneyu(sleep1, sleep2, use_continuity=True, method="asymptotic"); show("mw sleep", (r.statistic, r.pvalue))
diffs = np.subtract.outer(np.array(sleep1), np.array(sleep2)).ravel(); show("hl sleep median(diffs)", np.median(diffs))
x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]; y = [1.15, 0.88, 0.90, 0.74, 1.21]
r = stats.mannwhitneyu(x, y, alternative="greater", use_continuity=True, method="asymptotic"); show("mw2", (r.statistic, r.pvalue))

# ANOVA, Tukey
r = stats.f_oneway(ctrl, trt1, trt2); show("anova plant", (r.statistic, r.pvalue))
res = stats.tukey_hsd(ctrl, trt1, trt2); ci = res.confidence_interval(0.95)
show("tukey plant pvalue", res.pvalue.tolist()); show("tukey plant ci low", ci.low.tolist()); show("tukey plant ci high", ci.high.tolist())
res = stats.tukey_hsd(*chick.values()); ci = res.confidence_interval(0.95)
show("tukey chick pvalue[0]", res.pvalue[0].tolist()); show("tukey chick ci low[0]", ci.low[0].tolist()); show("tukey chick ci high[0]", ci.high[0].tolist())
show("studentized_range.ppf(0.95, 3, 27)", stats.studentized_range.ppf(0.95, 3, 27))
show("studentized_range.ppf(0.95, 6, 65)", stats.studentized_range.ppf(0.95, 6, 65))
for q, k, df in [(3.5, 3, 12), (2.0, 4, 20), (5.0, 5, 30), (4.2, 3, 27), (3.0, 10, 100), (6.0, 3, 3), (40, 3, 3), (0.5, 3, 10), (3.3, 20, 200)]:
    show(f"studentized_range.sf({q}, {k}, {df})", stats.studentized_range.sf(q, k, df))

# Kruskal-Wallis
r = stats.kruskal(ctrl, trt1, trt2); show("kruskal plant", (r.statistic, r.pvalue))

# chi-square, Fisher, odds ratio
M = [[762, 327, 468], [484, 239, 477]]
r = stats.chi2_contingency(M); show("chi2 M", (r.statistic, r.pvalue, r.dof))
show("cramer M", contingency.association(M, method="cramer"))
T2 = [[12, 5], [7, 9]]
r = stats.chi2_contingency(T2); show("chi2 T2 yates", (r.statistic, r.pvalue))
show("cramer T2", contingency.association(T2, method="cramer"))
conv = [[2, 15], [10, 3]]
show("fisher conv", stats.fisher_exact(conv)); show("fisher conv less", stats.fisher_exact(conv, alternative="less"))
orr = contingency.odds_ratio(conv, kind="sample"); ci = orr.confidence_interval(0.95); show("odds_ratio conv sample", (orr.statistic, ci.low, ci.high))
orr = contingency.odds_ratio(conv, kind="sample"); ci = orr.confidence_interval(0.95, alternative="less"); show("odds_ratio conv sample less", (ci.low, ci.high))

# correlations
cx = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1]; cy = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8]
r = stats.pearsonr(cx, cy); ci = r.confidence_interval(0.95); show("pearsonr", (r.statistic, r.pvalue, ci.low, ci.high))
r = stats.spearmanr(cx, cy); show("spearmanr", (r.statistic, r.pvalue))
z = np.arctanh(r.statistic); h = 1.959963984540054 * np.sqrt(1.06 / (len(cx) - 3)); show("spearman fieller ci", (np.tanh(z - h), np.tanh(z + h)))
r = stats.kendalltau(cx, cy, method="asymptotic"); show("kendalltau", (r.statistic, r.pvalue))
z = np.arctanh(r.statistic); h = 1.959963984540054 * np.sqrt(0.437 / (len(cx) - 4)); show("kendall fieller ci", (np.tanh(z - h), np.tanh(z + h)))

# normality, variances
show("shapiro plant", tuple(stats.shapiro(ctrl + trt1 + trt2)))
show("shapiro 7", tuple(stats.shapiro([2.1, 3.4, 1.9, 5.6, 4.4, 2.2, 8.0])))
show("levene plant", tuple(stats.levene(ctrl, trt1, trt2)))

# descriptives of PlantGrowth ctrl
a = np.array(ctrl)
show("describe ctrl mean,sd,q1,median,q3", (a.mean(), a.std(ddof=1), *np.percentile(a, [25, 50, 75])))
show("describe ctrl skew,kurt (bias=False)", (stats.skew(a, bias=False), stats.kurtosis(a, bias=False)))
