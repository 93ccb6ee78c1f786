"""The keywords of a ufunc call past out=: where= (the items computed),
dtype= and signature= (the loop), casting= (the casts allowed into and out
of it), with NumPy's errors."""

import warnings

import numpy as np
import pytest
from numpy._core._exceptions import _UFuncCastingError


def raises_message(exc, func, message):
    with pytest.raises(exc) as info:
        func()
    assert str(info.value) == message


A = np.arange(4.0)
B = np.arange(4.0) + 1
I = np.arange(4)
J = np.arange(4) + 2
MASK = [True, False, True, False]


def without_warnings(func):
    """func(), checking it warns of nothing."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = func()
    assert [str(w.message) for w in caught] == []
    return result


# ____________________________________________________________
# where=

def test_where_binary_with_out():
    out = np.full(4, -1.0)
    assert np.add(A, B, where=MASK, out=out) is out
    assert out.tolist() == [1.0, -1.0, 5.0, -1.0]
    out = np.full(4, 7)
    np.multiply(I, J, out=out, where=np.array(MASK))
    assert out.tolist() == [0, 7, 8, 7]


def test_where_unary_with_out():
    out = np.full(4, 9.0)
    np.negative(A, where=A > 1, out=out)
    assert out.tolist() == [9.0, 9.0, -2.0, -3.0]
    out = np.zeros(4)
    np.sqrt(A, out, where=A != 1)
    assert out.tolist() == [0.0, 0.0, np.sqrt(2.0), np.sqrt(3.0)]


def test_where_mask_broadcasts_into_out():
    out = np.zeros((2, 4))
    np.add(A, B, where=[[True], [False]], out=out)
    assert out.tolist() == [[1.0, 3.0, 5.0, 7.0], [0.0] * 4]
    out = np.ones((3, 4))
    np.subtract(np.ones((3, 1)), A, where=MASK, out=out)
    assert out.tolist() == [[1.0, 1.0, -1.0, 1.0]] * 3


def test_where_true_and_scalar_masks():
    assert np.add(A, B, where=True).tolist() == [1.0, 3.0, 5.0, 7.0]
    out = np.zeros(4)
    np.add(A, B, where=1, out=out)
    assert out.tolist() == [1.0, 3.0, 5.0, 7.0]
    out = np.zeros(4)
    np.add(A, B, where=False, out=out)
    assert out.tolist() == [0.0] * 4
    # a list of Python ints is a mask of truth values
    out = np.zeros(4)
    np.add(A, B, where=[1, 0, 1, 0], out=out)
    assert out.tolist() == [1.0, 0.0, 5.0, 0.0]


def test_where_in_place_reads_the_old_items():
    a = np.arange(5.0)
    np.multiply(a, 10, out=a, where=a > 2)
    assert a.tolist() == [0.0, 1.0, 2.0, 30.0, 40.0]
    x = np.array([4.0, 0.0, 9.0])
    np.sqrt(x, out=x, where=x > 0)
    assert x.tolist() == [2.0, 0.0, 3.0]


def test_where_skips_the_errors_of_masked_out_items():
    a = np.array([1.0, 0.0, 4.0])
    out = np.zeros(3)
    without_warnings(lambda: np.divide(1.0, a, out=out, where=a != 0))
    assert out.tolist() == [1.0, 0.0, 0.25]
    out = np.full(3, -5.0)
    without_warnings(lambda: np.log(a - 1, out=out, where=a > 1))
    assert out.tolist() == [-5.0, -5.0, np.log(3.0)]
    i = np.array([6, 0, 9])
    out = np.zeros(3, int)
    without_warnings(lambda: np.floor_divide(12, i, out=out, where=i != 0))
    assert out.tolist() == [2, 0, 1]
    with np.errstate(all='raise'):
        out = np.zeros(3)
        np.divide(1.0, a, out=out, where=a != 0)
        assert out.tolist() == [1.0, 0.0, 0.25]
        with pytest.raises(FloatingPointError):
            np.divide(1.0, a, out=out, where=a == 0)


def test_where_casts_into_out():
    out = np.zeros(4, np.float32)
    np.add(A, 0.5, out=out, where=MASK)
    assert out.dtype == np.float32 and out.tolist() == [0.5, 0.0, 2.5, 0.0]
    out = np.full(4, 0.5)
    np.multiply(I, 2, out=out, where=MASK)
    assert out.tolist() == [0.0, 0.5, 4.0, 0.5]


def test_where_two_outputs():
    m, e = np.zeros(4), np.zeros(4, np.int32)
    np.frexp(A, where=A > 1, out=(m, e))
    assert m.tolist() == [0.0, 0.0, 0.5, 0.75]
    assert e.tolist() == [0, 0, 2, 2]
    q, r = np.full(4, -1.0), np.full(4, -1.0)
    np.divmod(A + 5, 2.0, out=(q, r), where=MASK)
    assert q.tolist() == [2.0, -1.0, 3.0, -1.0]
    assert r.tolist() == [1.0, -1.0, 1.0, -1.0]


def test_where_without_out_warns_and_sets_the_masked_items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        r = np.add(A, B, where=MASK)
    assert [w.category for w in caught] == [UserWarning]
    assert str(caught[0].message) == (
        "'where' used without 'out', expect unitialized memory in output. "
        "If this is intentional, use out=None.")
    assert r.shape == (4,) and r.dtype == np.float64
    assert r[0] == 1.0 and r[2] == 5.0
    r = without_warnings(lambda: np.add(A, B, where=[[True], [False]],
                                        out=None))
    assert r.shape == (2, 4) and r[0].tolist() == [1.0, 3.0, 5.0, 7.0]
    r = without_warnings(lambda: np.sqrt(I, where=I > 1, out=None))
    assert r.dtype == np.float64 and r[2:].tolist() == [np.sqrt(2.0),
                                                         np.sqrt(3.0)]


def test_where_errors():
    raises_message(ValueError,
                   lambda: np.add(A, B, where=[True, False], out=None),
                   "operands could not be broadcast together with shapes "
                   "(4,) (4,) (2,) ")
    raises_message(ValueError,
                   lambda: np.add(A, B, where=[True, False], out=np.zeros(4)),
                   "operands could not be broadcast together with shapes "
                   "(4,) (4,) (4,) (2,) ")
    raises_message(TypeError,
                   lambda: np.add(A, B, where=np.array([1, 0, 1, 0]),
                                  out=np.zeros(4)),
                   "Cannot cast array data from dtype('int64') to "
                   "dtype('bool') according to the rule 'safe'")


# ____________________________________________________________
# dtype=, signature=, casting=

def test_dtype_chooses_the_loop():
    r = np.add(A, B, dtype=np.float32)
    assert r.dtype == np.float32 and r.tolist() == [1.0, 3.0, 5.0, 7.0]
    r = np.multiply(I, J, dtype=float)
    assert r.dtype == np.float64 and r.tolist() == [0.0, 3.0, 8.0, 15.0]
    r = np.sqrt(A, dtype=np.float32)
    assert r.dtype == np.float32
    assert r.tolist() == np.sqrt(A.astype(np.float32)).tolist()
    r = np.add(I, J, dtype='i1')
    assert r.dtype == np.int8 and r.tolist() == [2, 4, 6, 8]
    r = np.add(A, B, dtype=complex)
    assert r.dtype == np.complex128 and r.tolist() == [1, 3, 5, 7]
    assert np.add(A, 2, dtype=np.float32).dtype == np.float32
    assert np.add(A, B, dtype=None).dtype == np.float64
    assert np.less(A, B, dtype=bool).tolist() == [True] * 4
    assert np.isnan(A, dtype=bool).tolist() == [False] * 4


def test_dtype_with_out():
    out = np.zeros(4)
    r = np.add(A, B, dtype=np.float32, out=out)
    assert r is out and out.tolist() == [1.0, 3.0, 5.0, 7.0]
    raises_message(_UFuncCastingError,
                   lambda: np.add(A, B, dtype=np.float32,
                                  out=np.zeros(4, int)),
                   "Cannot cast ufunc 'add' output from dtype('float32') to "
                   "dtype('int64') with casting rule 'same_kind'")


def test_dtype_without_a_loop():
    for func in [lambda: np.sqrt(I, dtype=np.int64),
                 lambda: np.divide(I, J, dtype=int),
                 lambda: np.less(A, B, dtype=float),
                 lambda: np.logical_and(A, B, dtype=float),
                 lambda: np.isnan(A, dtype=float)]:
        with pytest.raises(TypeError) as info:
            func()
        name = str(info.value).split()[-1]
        assert str(info.value) == (
            "No loop matching the specified signature and casting was found "
            "for ufunc %s" % name)


def test_casting_of_inputs():
    raises_message(_UFuncCastingError,
                   lambda: np.add(A, B, dtype=np.int64),
                   "Cannot cast ufunc 'add' input 0 from dtype('float64') to "
                   "dtype('int64') with casting rule 'same_kind'")
    r = np.add(A + 0.5, B, dtype=np.int64, casting='unsafe')
    assert r.dtype == np.int64 and r.tolist() == [1, 3, 5, 7]
    raises_message(_UFuncCastingError,
                   lambda: np.add(I, J, dtype=np.int32, casting='safe'),
                   "Cannot cast ufunc 'add' input 0 from dtype('int64') to "
                   "dtype('int32') with casting rule 'safe'")
    raises_message(_UFuncCastingError, lambda: np.add(I, B, casting='no'),
                   "Cannot cast ufunc 'add' input 0 from dtype('int64') to "
                   "dtype('float64') with casting rule 'no'")
    raises_message(_UFuncCastingError, lambda: np.add(I, B, casting='equiv'),
                   "Cannot cast ufunc 'add' input 0 from dtype('int64') to "
                   "dtype('float64') with casting rule 'equiv'")
    raises_message(_UFuncCastingError, lambda: np.add(I, 2.5, dtype=int),
                   "Cannot cast ufunc 'add' input 1 from dtype('float64') to "
                   "dtype('int64') with casting rule 'same_kind'")
    raises_message(_UFuncCastingError,
                   lambda: np.floor_divide(A, B, dtype=int),
                   "Cannot cast ufunc 'floor_divide' input 0 from "
                   "dtype('float64') to dtype('int64') with casting rule "
                   "'same_kind'")
    assert np.add(A, B, casting='no').tolist() == [1.0, 3.0, 5.0, 7.0]
    assert np.add(A, 2, casting='no').tolist() == [2.0, 3.0, 4.0, 5.0]
    assert np.add(I, B, casting='safe').dtype == np.float64


def test_casting_of_the_output():
    out = np.zeros(4, int)
    np.add(A, B, out=out, casting='unsafe')
    assert out.tolist() == [1, 3, 5, 7]
    raises_message(_UFuncCastingError,
                   lambda: np.add(A, B, out=np.zeros(4, np.float32),
                                  casting='safe'),
                   "Cannot cast ufunc 'add' output from dtype('float64') to "
                   "dtype('float32') with casting rule 'safe'")
    out = np.zeros(4, np.float32)
    np.sqrt(A, out=out, casting='same_kind')
    assert out.tolist() == np.sqrt(A.astype(np.float32)).tolist()


def test_casting_argument_errors():
    raises_message(ValueError, lambda: np.add(A, B, casting='bogus'),
                   "casting must be one of 'no', 'equiv', 'safe', "
                   "'same_kind', 'unsafe' (got 'bogus')")
    raises_message(TypeError, lambda: np.add(A, B, casting=1),
                   "casting must be str, not int")


def test_signature():
    assert np.add(A, B, signature='dd->d').dtype == np.float64
    r = np.add(A, B, signature='ff->f')
    assert r.dtype == np.float32 and r.tolist() == [1.0, 3.0, 5.0, 7.0]
    assert np.add(A, B, signature=('f4', 'f4', 'f4')).dtype == np.float32
    assert np.add(A, B, signature=(None, None, 'f4')).dtype == np.float32
    assert np.add(A, B, signature=('f8', None, None)).dtype == np.float64
    assert np.less(A, B, signature='dd->?').tolist() == [True] * 4


def test_signature_errors():
    raises_message(TypeError,
                   lambda: np.add(A, B, dtype='f4', signature='ff->f'),
                   "cannot specify both 'signature' and 'dtype'")
    raises_message(ValueError,
                   lambda: np.add(A, B, signature=('f8', 'f8')),
                   "a type-tuple must be specified of length 3 for ufunc "
                   "'add'")
    raises_message(ValueError, lambda: np.add(A, B, signature='xyz'),
                   "a type-string for add, 2 typecode(s) before and 1 after "
                   "the -> sign")
    raises_message(TypeError, lambda: np.add(A, B, signature=None),
                   "the signature object to ufunc must be a string or a "
                   "tuple.")
    raises_message(TypeError, lambda: np.add(A, B, dtype='xx'),
                   "data type 'xx' not understood")
