# Small matrix-matrix products: 20000 products of 8x8 matrices. R holds
# four 2-D rotations on its diagonal, so R**k is known exactly.
import math
import sys

import numpy as np

STEPS = 2000 if "--quick" in sys.argv else 20000
n = 8

R = np.zeros((n, n))
for b in range(n // 2):                 # block b rotates by angle 0.001*(b+1)
    c, s = math.cos(0.001 * (b + 1)), math.sin(0.001 * (b + 1))
    R[2 * b, 2 * b], R[2 * b, 2 * b + 1] = c, -s
    R[2 * b + 1, 2 * b], R[2 * b + 1, 2 * b + 1] = s, c

P = np.eye(n)
for _ in range(STEPS):
    P = np.dot(P, R)

err = 0.0
for b in range(n // 2):
    angle = 0.001 * (b + 1) * STEPS
    err = max(err, abs(float(P[2 * b, 2 * b]) - math.cos(angle)),
              abs(float(P[2 * b + 1, 2 * b]) - math.sin(angle)))
print("%d products, max error %.3g" % (STEPS, err))
assert err < 1e-10, err
assert float(np.abs(P).sum()) < 2 * n       # nothing leaked out of the blocks
print("OK")
