"""The floating-point status flags (fpflags.py) and the kernels' error
branches that raise them."""

from pypy.module.micronumpy import fpflags
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.half import half_from_float


def flags_of(func, *args):
    fpflags.clear()
    func(*args)
    return fpflags.test()


def test_clear_then_test():
    fpflags.raise_flags(fpflags.FE_OVERFLOW)
    assert fpflags.test() & fpflags.FE_OVERFLOW
    fpflags.clear()
    assert fpflags.test() == 0


def test_the_cpu_sets_them():
    assert flags_of(lambda x: x * x, 1e300) == fpflags.FE_OVERFLOW
    assert flags_of(lambda x: x * 2.0, 1.5) == 0


def test_computed_error_results_raise_their_flag():
    assert flags_of(uf.float_div, 1.0, 0.0) == fpflags.FE_DIVBYZERO
    assert flags_of(uf.float_div, 0.0, 0.0) == fpflags.FE_INVALID
    assert flags_of(uf.float_div, float('nan'), 0.0) == 0
    assert flags_of(uf.float_unop, uf.SQRT, -1.0) == fpflags.FE_INVALID
    assert flags_of(uf.float_pow, 0.0, -1.0) == fpflags.FE_DIVBYZERO
    for op in [uf.FLOORDIV, uf.MOD, uf.FMOD]:
        assert flags_of(uf.int_binop, op, dt.int64_dtype, 1, 0) == \
            fpflags.FE_DIVBYZERO
    assert flags_of(half_from_float, 1e5) == fpflags.FE_OVERFLOW
    assert flags_of(half_from_float, 65520.0) == fpflags.FE_OVERFLOW
    assert flags_of(half_from_float, 65504.0) == 0


def test_scalar_integer_overflow():
    assert uf.int_overflows(uf.MUL, dt.int64_dtype, 2 ** 62, 4)
    assert not uf.int_overflows(uf.MUL, dt.int64_dtype, 2 ** 30, 4)
    assert uf.int_overflows(uf.ADD, dt.int8_dtype, 100, 100)
    assert uf.int_overflows(uf.SUB, dt.uint64_dtype, 1, 2)
    assert not uf.int_overflows(uf.FLOORDIV, dt.int64_dtype, 1, 0)
