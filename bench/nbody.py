# N-body: the Sun and the four gas giants (the Computer Language Benchmarks
# Game's initial conditions), advanced with whole-array operations on tiny
# (5x3, 5x5x3) arrays: many steps, little data per operation.
import sys

import numpy as np

STEPS = 1000 if "--quick" in sys.argv else 20000
PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

pos = np.array([
    [0.0, 0.0, 0.0],
    [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
    [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
    [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
    [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01]])
vel = np.array([
    [0.0, 0.0, 0.0],
    [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05],
    [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05],
    [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05],
    [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05]]) * DAYS_PER_YEAR
mass = np.array([1.0, 9.54791938424326609e-04, 2.85885980666130812e-04,
                 4.36624404335156298e-05, 5.15138902046611451e-05]) * SOLAR_MASS
n = len(mass)


def energy():
    e = 0.5 * float((mass * (vel * vel).sum(axis=1)).sum())
    for i in range(n):
        for j in range(i + 1, n):
            d = pos[i] - pos[j]
            e -= float(mass[i] * mass[j]) / float(np.sqrt((d * d).sum()))
    return e


def advance(dt, steps):
    global pos, vel
    eye = np.eye(n)
    for _ in range(steps):
        d = pos[:, None, :] - pos[None, :, :]           # d[i, j] = pos[i] - pos[j]
        dist2 = (d * d).sum(axis=2) + eye               # + eye: no 0/0 for i == j
        mag = dt / (dist2 * np.sqrt(dist2))
        vel = vel - (d * (mass[None, :] * mag)[:, :, None]).sum(axis=1)
        pos = pos + dt * vel


vel[0] = -(vel * mass[:, None]).sum(axis=0) / SOLAR_MASS   # zero total momentum
e0 = energy()
advance(0.01, STEPS)
e1 = energy()
print("energy %.9f -> %.9f" % (e0, e1))
expected = -0.169087605 if STEPS == 1000 else -0.169089263
assert abs(e0 - -0.169075164) < 1e-9, e0
assert abs(e1 - expected) < 1e-9, e1
print("OK")
