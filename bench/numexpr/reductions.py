# bench/reductions.py written for numexpr: numexpr's sum() reduces the
# expression without a temporary; mean and std are sums divided by N.
import math
import sys

import numexpr as ne
import numpy as np

N = 500000 if "--quick" in sys.argv else 5000000

x = np.linspace(0.0, 1.0, N)        # x_i = i*h, h = 1/(N-1)
h = 1.0 / (N - 1)

s = float(ne.evaluate("sum(x * x)"))
m = float(ne.evaluate("sum(sin(x) * 2.0 + 1.0)")) / N
mu = float(ne.evaluate("sum(x * 3.0 - 1.0)")) / N
sd = math.sqrt(float(ne.evaluate("sum((x * 3.0 - 1.0 - mu) ** 2)")) / N)
d = float(ne.evaluate("sum(sqrt(x * 4.0 + 1.0) - 1.0)"))

# sum of (i*h)^2; sum of sin(i*h) (a finite trigonometric sum); the
# standard deviation of an arithmetic sequence; sqrt(4x+1)-1 ~ its integral
s_ref = N * (2.0 * N - 1.0) / (6.0 * (N - 1))
m_ref = 1.0 + 2.0 * math.sin(N * h / 2) * math.sin((N - 1) * h / 2) / math.sin(h / 2) / N
sd_ref = 3.0 * math.sqrt((N + 1.0) / (12.0 * (N - 1)))
d_ref = (N - 1) * ((5.0 ** 1.5 - 1.0) / 6.0 - 1.0) + (math.sqrt(5.0) - 1.0) / 2.0
print("sum %.12g mean %.12g std %.12g trapezoid %.9g" % (s, m, sd, d))
assert abs(s - s_ref) < 1e-9 * s_ref, (s, s_ref)
assert abs(m - m_ref) < 1e-9 * m_ref, (m, m_ref)
assert abs(sd - sd_ref) < 1e-9 * sd_ref, (sd, sd_ref)
assert abs(d - d_ref) < 1e-6 * d_ref, (d, d_ref)
print("OK")
