# Black-Scholes call and put prices: a fused transcendental expression
# (exp, log, sqrt, a polynomial normal CDF) over 2M float64 options.
import sys

import numpy as np

N = 200000 if "--quick" in sys.argv else 2000000


def cnd(x):
    # Standard normal CDF, Abramowitz & Stegun 26.2.17 (|error| < 7.5e-8):
    # needs no erf, and cnd(x) + cnd(-x) == 1 exactly.
    k = 1.0 / (1.0 + 0.2316419 * np.abs(x))
    poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937
                + k * (-1.821255978 + k * 1.330274429))))
    w = 1.0 - 0.3989422804014327 * np.exp(-0.5 * x * x) * poly
    return np.where(x < 0.0, 1.0 - w, w)


def black_scholes(S, K, T, r, v):
    sqrt_t = np.sqrt(T)
    d1 = (np.log(S / K) + (r + 0.5 * v * v) * T) / (v * sqrt_t)
    d2 = d1 - v * sqrt_t
    disc = K * np.exp(-r * T)
    call = S * cnd(d1) - disc * cnd(d2)
    put = disc * cnd(-d2) - S * cnd(-d1)
    return call, put, disc


S = np.linspace(10.0, 200.0, N)     # spot
K = np.linspace(150.0, 50.0, N)     # strike
T = np.linspace(0.1, 3.0, N)        # years to expiry
call, put, disc = black_scholes(S, K, T, 0.02, 0.3)

total = float(call.sum())
parity = float(np.abs(call - put - (S - disc)).max())   # put-call parity
expected = 8565926.892702967 if N == 200000 else 85658966.11071673
print("call sum %.10g, parity error %.3g" % (total, parity))
assert abs(total - expected) < 1e-9 * expected, total
assert parity < 1e-9, parity
print("OK")
