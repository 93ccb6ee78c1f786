# Mandelbrot set with whole-array operations: every pixel iterates
# z = z*z + c (in real arithmetic) until |z| > 2, counted by masks.
import sys

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
    zx2 = zx * zx
    zy2 = zy * zy
    inside = zx2 + zy2 <= 4.0
    count = count + np.where(inside, 1.0, 0.0)
    zy = np.where(inside, 2.0 * zx * zy + cy, zy)       # escaped points stop
    zx = np.where(inside, zx2 - zy2 + cx, zx)

total = int(count.sum())
members = int((count == maxiter).sum())
expected = (148970, 3248) if maxiter == 30 else (1932574, 28420)
print("iterations %d, points inside %d" % (total, members))
assert (total, members) == expected, (total, members)
print("OK")
