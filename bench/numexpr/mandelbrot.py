# bench/mandelbrot.py written for numexpr: each update is one
# numexpr.evaluate call (same grid and checks).
import sys

import numexpr as ne
import numpy as np

if "--quick" in sys.argv:
    h, w, maxiter = 100, 150, 30
else:
    h, w, maxiter = 300, 450, 50

cx = np.zeros((h, w)) + np.linspace(-2.0, 1.0, w)[None, :]
cy = np.zeros((h, w)) + np.linspace(-1.25, 1.25, h)[:, None]
zx = np.zeros((h, w))
zy = np.zeros((h, w))
count = np.zeros((h, w))
for _ in range(maxiter):
    inside = ne.evaluate("zx * zx + zy * zy <= 4.0")
    count = ne.evaluate("count + where(inside, 1.0, 0.0)")
    zx, zy = (ne.evaluate("where(inside, zx * zx - zy * zy + cx, zx)"),
              ne.evaluate("where(inside, 2.0 * zx * zy + cy, zy)"))   # escaped points stop

total = int(count.sum())
members = int((count == maxiter).sum())
expected = (148970, 3248) if maxiter == 30 else (1932574, 28420)
print("iterations %d, points inside %d" % (total, members))
assert (total, members) == expected, (total, members)
print("OK")
