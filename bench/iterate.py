# The "iterate" program of the 2011 post: a Python loop reading an array.
import numpy


def f():
    sum = 0
    a = numpy.zeros(10000000)
    for i in range(10000000):
        sum += a[i]
    return sum


result = float(f())
print(result)
assert result == 0.0, result
print("OK")
