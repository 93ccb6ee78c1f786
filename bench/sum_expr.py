# A reduction over a fused expression: (a*b+c).sum() on 10M float64.
import numpy


def f():
    n = 10000000
    a = numpy.arange(n) * 0.5
    b = numpy.ones(n) * 0.25
    c = numpy.arange(n) * 1e-3
    return (a * b + c).sum()


print(float(f()))
