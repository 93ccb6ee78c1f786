"""Python loops over array items, which pypy-c's JIT compiles (and
vectorizes where it can: vec_all on the eval loop) once they have run
enough times: the results are those of the same loops over lists.  The
loops of numpy.polynomial's series (reads and writes at n + 1 and n - 1)
stopped the process when compiled."""

import numpy as np


def list_of_zeros(n):
    return [0.0] * n


def mulx(c, zeros=np.zeros):
    product = zeros(len(c) + 1)
    for n in range(len(c)):
        product[n + 1] += c[n]
        if n > 0:
            product[n - 1] += c[n] * n
    return product


def derivative(c, zeros=np.zeros):
    n = len(c) - 1
    der = zeros(n)
    for j in range(n, 2, -1):
        der[j - 1] = (2 * j - 1) * c[j]
        c[j - 2] += c[j]
    if n > 1:
        der[1] = 3 * c[2]
    der[0] = c[1]
    return der


def elementwise_sum(a, b):
    c = np.empty(len(a))
    for i in range(len(a)):
        c[i] = a[i] + 2.0 * b[i]
    return c


def test_reads_and_writes_around_the_index():
    c = np.arange(1.0, 60.0)
    want = mulx(c.tolist(), list_of_zeros)
    for i in range(300):
        assert mulx(c).tolist() == want


def test_writes_behind_the_index_of_a_countdown():
    for i in range(400):
        n = 2 + i % 13
        c = np.cos(np.arange(n) * (i + 1.0))
        want = derivative(c.tolist(), list_of_zeros)
        assert derivative(c).tolist() == want


def test_elementwise_loop():
    a = np.arange(1000.0)
    b = np.linspace(0.0, 1.0, 1000)
    want = [x + 2.0 * y for x, y in zip(a.tolist(), b.tolist())]
    for i in range(50):
        assert elementwise_sum(a, b).tolist() == want
