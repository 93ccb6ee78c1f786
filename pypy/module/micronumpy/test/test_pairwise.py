"""loop.pairwise_sum against NumPy's recursive pairwise summation, for
sizes around every boundary of its block/split structure."""

from pypy.module.micronumpy import loop
from pypy.module.micronumpy.test.test_zjit import filled_array, pairwise
from pypy.module.micronumpy.lazy import operand
from pypy.module.micronumpy.test.test_zjit import space


def test_pairwise_sum_matches_numpy_order():
    for n in [0, 1, 7, 8, 9, 15, 16, 127, 128, 129, 135, 136, 255, 256, 257,
              1000, 4097]:
        w_a = filled_array(n, 0.1)
        node, sig, _ = operand(space, w_a, w_a.shape)
        values = [0.1 + i for i in range(n)]
        assert loop.pairwise_sum(sig, node, 0, n) == pairwise(values), n
        if n > 20:
            got = loop.pairwise_sum(sig, node, 3, n - 20)
            assert got == pairwise(values[3:n - 17]), n
