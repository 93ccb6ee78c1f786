# A pure-Python loop over array elements: an exponential moving average
# y[i] = y[i-1] + alpha*(x[i] - y[i-1]), reading x and writing y one
# element at a time (a recurrence: no whole-array form).
import sys

import numpy as np

N = 100000 if "--quick" in sys.argv else 1000000
alpha = 0.01

x = np.linspace(0.0, 1.0, N)            # x_i = i*h
y = np.zeros(N)
acc = 0.0
for i in range(N):
    acc += alpha * (x[i] - acc)
    y[i] = acc

# For a ramp the lag x_i - y_i is e*(1 - (1-alpha)**i), e = (1-alpha)*h/alpha.
h = 1.0 / (N - 1)
e = (1.0 - alpha) * h / alpha
for k in (1, N // 2, N - 1):
    ref = k * h - e * (1.0 - (1.0 - alpha) ** k)
    assert abs(float(y[k]) - ref) < 1e-9, (k, float(y[k]), ref)
print("y[-1] = %.12g" % float(y[N - 1]))
print("OK")
