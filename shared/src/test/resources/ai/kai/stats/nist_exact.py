# Exact ANOVA sums of squares of the NIST StRD values *as parsed into doubles* (Python fractions, no rounding):
# the best any algorithm that receives doubles can do. python3 nist_exact.py <path to shared/data/nist/anova>
import re
import sys
from fractions import Fraction as F

def read(path):
    data, reading = {}, False
    for line in open(path).read().splitlines():
        s = line.strip()
        if re.match(r"Data:\s+[A-Za-z]+\s+[A-Za-z]+$", s):
            reading = True
        elif reading and s:
            g, v = s.split()
            data.setdefault(g, []).append(F(float(v)))
    return list(data.values())

for name in ["SmLs07", "SmLs08", "SmLs09"]:
    groups = read(f"{sys.argv[1]}/{name}.dat")
    n, k = sum(len(g) for g in groups), len(groups)
    grand = sum(sum(g) for g in groups) / n
    ssb = sum(len(g) * (sum(g) / len(g) - grand) ** 2 for g in groups)
    ssw = sum(sum((x - sum(g) / len(g)) ** 2 for x in g) for g in groups)
    print(name, repr(float(ssb)), repr(float(ssw)), repr(float((ssb / (k - 1)) / (ssw / (n - k)))))
