# bench/add.py written for numexpr: the five-term sum is one evaluate call.
import numexpr
import numpy


def f():
    a = numpy.zeros(10000000)
    a = numexpr.evaluate("a + a + a + a + a")
    a[0] = 3.0
    return a


result = f()[:3].tolist()
print(result)
assert result == [3.0, 0.0, 0.0], result
print("OK")
