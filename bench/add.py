# The "add" program of the 2011 post: a fused expression over 10M float64.
import numpy


def f():
    a = numpy.zeros(10000000)
    a = a + a + a + a + a
    a[0] = 3.0
    return a


result = f()[:3].tolist()
print(result)
assert result == [3.0, 0.0, 0.0], result
print("OK")
