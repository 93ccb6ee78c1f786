# Jacobi iteration for Laplace's equation on a 2-D grid: each sweep is one
# whole-array update of the interior from four shifted slices.
import sys

import numpy as np

if "--quick" in sys.argv:
    n, sweeps = 100, 200
else:
    n, sweeps = 200, 500

u = np.zeros((n, n))
u[0, :] = 1.0                       # the top edge is held at 1, the rest at 0
for _ in range(sweeps):
    u[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])

total = float(u.sum())
mirror = float(np.abs(u[:, 1:n // 2] - u[:, n - 2:n // 2 - 1:-1]).max())
expected = 778.3143787007381 if n == 100 else 2453.835020522547
print("sum %.13g, asymmetry %.3g" % (total, mirror))
assert abs(total - expected) < 1e-10 * expected, total
assert mirror < 1e-12, mirror           # the problem is symmetric left-right
print("OK")
