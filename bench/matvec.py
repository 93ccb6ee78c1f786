# Matrix-vector products: power iteration (v <- A v / |A v|) for the
# largest eigenvalue of a dense symmetric 1500x1500 matrix.
import sys

import numpy as np

n, iters = (500, 50) if "--quick" in sys.argv else (1500, 100)

i = np.arange(n)
A = 1.0 / (1.0 + np.abs(i[:, None] - i[None, :]))      # A[i, j] = 1/(1+|i-j|)
v = np.ones(n)
for _ in range(iters):
    w = np.dot(A, v)
    v = w / np.sqrt(np.dot(w, w))
lam = float(np.dot(v, np.dot(A, v)))                    # Rayleigh quotient

expected = 10.747715697770497 if n == 500 else 12.933989557644763
print("largest eigenvalue %.12g" % lam)
assert abs(lam - expected) < 1e-9 * expected, lam
print("OK")
