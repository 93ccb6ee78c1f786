"""Interp-level tests of funcargs.method_of, sorting.do_sort (a permutation
of raw elements) and flatreductions.complex_sum (NumPy's complex pairwise
order)."""

from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.objspace.objspace import ObjSpace
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.funcargs import method_of
from pypy.module.micronumpy.sorting import do_sort
from pypy.module.micronumpy.flatreductions import complex_sum

space = ObjSpace()
c16 = dt.complex128_dtype


def complex_array(values):
    w_a = new_array(space, [len(values)], c16)
    for k in range(len(values)):
        c16.write_complex(w_a.storage, k * 16, values[k].real,
                          values[k].imag)
    return w_a


def complex_values(w_a, n):
    return [complex(c16.read_float(w_a.storage, k * 16),
                    c16.read_imag(w_a.storage, k * 16)) for k in range(n)]


def message(e):
    return space.text_utf8(space.str(e.w_value))


def test_method_of_passes_self_as_first_argument():
    seen = []

    def np_f(space, args):
        seen.append(args)
        return args.arguments_w[0]
    method = method_of(np_f, 'f', ['a', 'only'])
    w_arr = new_array(space, [2], dt.float64_dtype)
    assert method(space, Arguments([w_arr, space.newint(1)],
                                   ['b'], [space.newint(2)])) is w_arr
    assert seen[0].arguments_w[0] is w_arr
    for name in ['a', 'only']:
        try:
            method(space, Arguments([w_arr], [name], [space.newint(1)]))
        except OperationError as e:
            assert name in message(e) and 'f()' in message(e)
        else:
            assert False, name
    try:
        method(space, Arguments([space.newint(1)]))
    except OperationError as e:
        assert 'numpy.ndarray' in message(e)
    else:
        assert False


def test_do_sort_moves_whole_complex_elements():
    values = [2 + 1j, 1 - 3j, 1 + 5j, -1 + 0j, 2 - 1j]
    w_a = complex_array(values)
    do_sort(space, w_a, 0)
    assert complex_values(w_a, 5) == sorted(values,
                                            key=lambda v: (v.real, v.imag))


def test_complex_sum_blocks():
    # 4 accumulators per part: 1e16 and the small values of the other
    # lanes do not meet until the accumulators are added
    values = [complex(1e16, -1e16), 1 + 1j, 1 + 1j, 1 + 1j] * 3 + [1 + 1j]
    w_box = complex_sum(space, 'sum', complex_array(values))
    r = [1e16, 1.0, 1.0, 1.0]
    s = [-1e16, 1.0, 1.0, 1.0]
    for k in range(4, 12, 4):
        for j in range(4):
            r[j] += values[k + j].real
            s[j] += values[k + j].imag
    re = (r[0] + r[1]) + (r[2] + r[3]) + 1.0
    im = (s[0] + s[1]) + (s[2] + s[3]) + 1.0
    assert (w_box.real, w_box.imag) == (re, im)
