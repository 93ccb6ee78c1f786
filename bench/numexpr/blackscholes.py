# bench/blackscholes.py written for numexpr: each formula is one
# numexpr.evaluate call (same inputs and checks).
import sys

import numexpr as ne
import numpy as np

N = 200000 if "--quick" in sys.argv else 2000000

def cnd(x):
    # the normal CDF approximation of bench/blackscholes.py
    k = ne.evaluate("1.0 / (1.0 + 0.2316419 * abs(x))")
    w = ne.evaluate("1.0 - 0.3989422804014327 * exp(-0.5 * x * x) * k * (0.319381530"
                    " + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978"
                    " + k * 1.330274429))))")
    return ne.evaluate("where(x < 0.0, 1.0 - w, w)")


def black_scholes(S, K, T, r, v):
    d1 = ne.evaluate("(log(S / K) + (r + 0.5 * v * v) * T) / (v * sqrt(T))")
    d2 = ne.evaluate("d1 - v * sqrt(T)")
    disc = ne.evaluate("K * exp(-r * T)")
    c1, c2 = cnd(d1), cnd(d2)
    call = ne.evaluate("S * c1 - disc * c2")
    put = ne.evaluate("disc * (1.0 - c2) - S * (1.0 - c1)")
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
