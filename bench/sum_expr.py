# A reduction over a fused expression: (a*b+c).sum() on 10M float64.
import sys

import numpy

N = 1000000 if "--quick" in sys.argv else 10000000


def f():
    n = N
    a = numpy.arange(n) * 0.5
    b = numpy.ones(n) * 0.25
    c = numpy.arange(n) * 1e-3
    return (a * b + c).sum()


result = float(f())
print(result)
expected = 0.126 * N * (N - 1) / 2             # sum of i*(0.5*0.25 + 1e-3)
assert abs(result - expected) < 1e-9 * expected, result
print("OK")
