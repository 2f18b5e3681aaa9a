# Reference values for ai.kai.stats tests: Rscript reference.R (R 4.2.2, Debian r-base-core, r-cran-car).
# Every number hard-coded in the tests is printed here by the call named in the test's comment.
options(digits = 17)
show <- function(label, x) cat(label, ":", format(unclass(x), digits = 17), "\n")
jarr <- function(label, x) cat(label, "= {", paste(format(x, digits = 17), collapse = ", "), "}\n")

# --- data (datasets package) ---
g1 <- sleep$extra[sleep$group == 1]; g2 <- sleep$extra[sleep$group == 2]
jarr("sleep1", g1); jarr("sleep2", g2)
for (lv in levels(PlantGrowth$group)) jarr(paste0("plant_", lv), PlantGrowth$weight[PlantGrowth$group == lv])
for (lv in levels(chickwts$feed)) jarr(paste0("chick_", lv), chickwts$weight[chickwts$feed == lv])
for (lv in levels(InsectSprays$spray)) jarr(paste0("spray_", lv), InsectSprays$count[InsectSprays$spray == lv])
for (v in c("mpg", "wt", "hp", "qsec")) jarr(paste0("mtcars_", v), mtcars[[v]])
oz <- airquality$Ozone[!is.na(airquality$Ozone)]; jarr("ozone", oz)

# --- t-tests ---
w <- t.test(g1, g2); show("welch t", w$statistic); show("welch df", w$parameter); show("welch p", w$p.value); show("welch ci", w$conf.int)
s <- t.test(g1, g2, var.equal = TRUE); show("student t", s$statistic); show("student df", s$parameter); show("student p", s$p.value); show("student ci", s$conf.int)
p <- t.test(g1, g2, paired = TRUE); show("paired t", p$statistic); show("paired p", p$p.value); show("paired ci", p$conf.int)
o <- t.test(g2, mu = 1, alternative = "greater", conf.level = 0.99); show("one t", o$statistic); show("one p", o$p.value); show("one ci", o$conf.int)
wl <- t.test(PlantGrowth$weight[PlantGrowth$group == "trt2"], PlantGrowth$weight[PlantGrowth$group == "trt1"], alternative = "less")
show("welch less t", wl$statistic); show("welch less df", wl$parameter); show("welch less p", wl$p.value); show("welch less ci", wl$conf.int)

# --- Mann-Whitney ---
m <- wilcox.test(g1, g2, exact = FALSE, correct = TRUE, conf.int = TRUE, tol.root = 1e-12)
show("mw W", m$statistic); show("mw p", m$p.value); show("mw ci", m$conf.int)
x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46); y <- c(1.15, 0.88, 0.90, 0.74, 1.21)
m2 <- wilcox.test(x, y, alternative = "greater", exact = FALSE, correct = TRUE, conf.int = TRUE, tol.root = 1e-12)
show("mw2 W", m2$statistic); show("mw2 p", m2$p.value); show("mw2 ci", m2$conf.int)
m3 <- wilcox.test(PlantGrowth$weight[PlantGrowth$group == "ctrl"], PlantGrowth$weight[PlantGrowth$group == "trt2"], exact = FALSE, correct = TRUE, conf.int = TRUE, tol.root = 1e-12)
show("mw3 W", m3$statistic); show("mw3 p", m3$p.value); show("mw3 ci", m3$conf.int)

# --- ANOVA, Tukey ---
a <- summary(aov(weight ~ group, data = PlantGrowth))[[1]]; show("plant F", a$`F value`[1]); show("plant p", a$`Pr(>F)`[1]); show("plant SS", a$`Sum Sq`)
print(TukeyHSD(aov(weight ~ group, data = PlantGrowth)), digits = 17)
a2 <- summary(aov(weight ~ feed, data = chickwts))[[1]]; show("chick F", a2$`F value`[1]); show("chick p", a2$`Pr(>F)`[1])
print(TukeyHSD(aov(weight ~ feed, data = chickwts)), digits = 17)

# --- Kruskal-Wallis ---
k <- kruskal.test(weight ~ group, data = PlantGrowth); show("kw plant H", k$statistic); show("kw plant p", k$p.value)
k2 <- kruskal.test(count ~ spray, data = InsectSprays); show("kw spray H", k2$statistic); show("kw spray p", k2$p.value)

# --- chi-square, Fisher ---
M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477)))
c1 <- chisq.test(M); show("chi M", c1$statistic); show("chi M p", c1$p.value); show("chi M expected", c1$expected); show("chi M stdres", c1$stdres)
T2 <- matrix(c(12, 5, 7, 9), nrow = 2, byrow = TRUE)
c2 <- chisq.test(T2); show("chi 2x2 yates", c2$statistic); show("chi 2x2 yates p", c2$p.value)
c3 <- chisq.test(T2, correct = FALSE); show("chi 2x2 plain", c3$statistic); show("chi 2x2 plain p", c3$p.value)
Convictions <- matrix(c(2, 10, 15, 3), nrow = 2)
f1 <- fisher.test(Convictions); show("fisher conv p", f1$p.value)
f2 <- fisher.test(Convictions, alternative = "less"); show("fisher conv less p", f2$p.value)
f3 <- fisher.test(matrix(c(3, 1, 1, 3), nrow = 2)); show("fisher tea p", f3$p.value)
f4 <- fisher.test(T2); show("fisher T2 p", f4$p.value)

# --- correlations ---
cx <- c(44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1); cy <- c(2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8)
cp <- cor.test(cx, cy); show("pearson r", cp$estimate); show("pearson p", cp$p.value); show("pearson ci", cp$conf.int)
cs <- cor.test(cx, cy, method = "spearman", exact = FALSE); show("spearman rho", cs$estimate); show("spearman p", cs$p.value)
ck <- cor.test(cx, cy, method = "kendall", exact = FALSE); show("kendall tau", ck$estimate); show("kendall p", ck$p.value)
ck2 <- cor.test(mtcars$mpg, mtcars$hp, method = "kendall", exact = FALSE); show("kendall mtcars tau", ck2$estimate); show("kendall mtcars p", ck2$p.value)
cs2 <- cor.test(mtcars$mpg, mtcars$wt, method = "spearman", exact = FALSE); show("spearman mtcars rho", cs2$estimate); show("spearman mtcars p", cs2$p.value)
cp2 <- cor.test(mtcars$mpg, mtcars$wt); show("pearson mtcars r", cp2$estimate); show("pearson mtcars p", cp2$p.value); show("pearson mtcars ci", cp2$conf.int)

# --- normality, variances ---
sw1 <- shapiro.test(oz); show("sw ozone W", sw1$statistic); show("sw ozone p", sw1$p.value)
sw2 <- shapiro.test(PlantGrowth$weight); show("sw plant W", sw2$statistic); show("sw plant p", sw2$p.value)
sw3 <- shapiro.test(c(2.1, 3.4, 1.9, 5.6, 4.4, 2.2, 8.0)); show("sw7 W", sw3$statistic); show("sw7 p", sw3$p.value)
sw4 <- shapiro.test(c(1, 2, 4)); show("sw3 W", sw4$statistic); show("sw3 p", sw4$p.value)
sw6 <- shapiro.test(c(2.3, 4.1, 2.9, 8.8, 3.3)); show("sw5 W", sw6$statistic); show("sw5 p", sw6$p.value)
sw7 <- shapiro.test(c(5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 7.9, 4.4, 5.0, 5.6, 6.1)); show("sw12 W", sw7$statistic); show("sw12 p", sw7$p.value)
sw5 <- shapiro.test(g1); show("sw sleep1 W", sw5$statistic); show("sw sleep1 p", sw5$p.value)
suppressMessages(library(car))
lt <- leveneTest(weight ~ group, data = PlantGrowth); show("levene plant F", lt$`F value`[1]); show("levene plant p", lt$`Pr(>F)`[1])
lt2 <- leveneTest(count ~ spray, data = InsectSprays); show("levene spray F", lt2$`F value`[1]); show("levene spray p", lt2$`Pr(>F)`[1])

# --- studentized range (R's ptukey is less accurate than the reference implementation for small df) ---
show("ptukey(3.5,3,12,lower=F)", ptukey(3.5, 3, 12, lower.tail = FALSE))
show("2*pt(-12/sqrt(2),50)", 2 * pt(-12 / sqrt(2), 50))
show("2*pt(-8/sqrt(2),1000)", 2 * pt(-8 / sqrt(2), 1000))
show("2*pt(-5/sqrt(2),1)", 2 * pt(-5 / sqrt(2), 1))
