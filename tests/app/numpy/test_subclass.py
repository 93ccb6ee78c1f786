"""Python subclasses of ndarray: construction through __new__ (a view of
np.asarray(x), or ndarray.__new__), instance attributes,
__array_finalize__ on every array made from an instance (views, slices,
copies, ufunc and reduction results), __array_wrap__,
__array_priority__, view(dtype, type), asarray/asanyarray/array(subok=)
and the repr."""

import numpy as np
import pytest


class Info(np.ndarray):
    """NumPy's documented example: an attribute carried to every array
    made from an instance."""

    def __new__(cls, x, info=None):
        obj = np.asarray(x).view(cls)
        obj.info = info
        return obj

    def __array_finalize__(self, obj):
        self.info = getattr(obj, 'info', 'default')


class Plain(np.ndarray):
    pass


class Counting(np.ndarray):
    def __array_finalize__(self, obj):
        self.generation = getattr(obj, 'generation', 0) + 1


def info_array():
    return Info([1, 2, 3], info='hi')


def test_subclass_instance_is_an_ndarray_of_its_class():
    x = info_array()
    assert type(x) is Info
    assert isinstance(x, np.ndarray)
    assert x.info == 'hi'
    assert x.tolist() == [1, 2, 3]
    assert x.dtype == np.arange(1).dtype


def test_instance_dict():
    b = np.arange(3).view(Plain)
    b.z = 5
    assert b.__dict__ == {'z': 5}
    assert b.z == 5


DERIVED = [
    lambda x: x + 1, lambda x: 1 + x, lambda x: x[1:], lambda x: x.T,
    lambda x: x.copy(), lambda x: x.real, lambda x: x.imag, lambda x: -x, lambda x: np.sin(x),
    lambda x: np.add(x, 1), lambda x: x == 1, lambda x: x.reshape(3, 1),
    lambda x: x.astype(float), lambda x: x.ravel(), lambda x: x[...],
    lambda x: x[[0, 1]], lambda x: x[x > 1], lambda x: np.arange(3) + x,
    lambda x: x.sum(axis=0, keepdims=True), lambda x: x.view(np.int32),
    np.zeros_like, lambda x: np.full_like(x, 7), np.transpose, np.sort,
    np.ravel, np.cumsum, lambda x: np.reshape(x, (3, 1)),
    lambda x: np.clip(x, 1, 2), lambda x: np.take(x, [0, 2])]


def test_two_output_ufuncs():
    x = info_array()
    for pair in [np.divmod(x, 2), divmod(x, 2), np.modf(x * 0.5)]:
        assert [type(r) for r in pair] == [Info, Info]
        assert pair[1].info == 'hi'
    q, r = np.divmod(x, 2)
    assert q.tolist() == [0, 1, 1] and r.tolist() == [1, 0, 1]


def test_functions_that_make_a_new_array_give_plain_ones():
    x = info_array()
    for r in [np.concatenate([x, x]), np.where(x > 1, x, 0)]:
        assert type(r) is np.ndarray


def test_arrays_made_from_an_instance_keep_class_and_attributes():
    for make in DERIVED:
        r = make(info_array())
        assert type(r) is Info
        assert r.info == 'hi'


def test_reductions_give_0d_instances():
    x = info_array()
    for r, value in [(x.sum(), 6), (x.max(), 3), (x.min(), 1),
                     (x.mean(), 2.0), (np.sum(x), 6)]:
        assert type(r) is Info
        assert r.shape == ()
        assert r.info == 'hi'
        assert r == value


def test_0d_repr():
    assert repr(info_array().sum()) == 'Info(6)'


def test_rows_of_an_instance_are_of_its_class():
    rows = list(Info([[1, 2], [3, 4]], info='m'))
    assert [type(r) for r in rows] == [Info, Info]
    assert rows[1].info == 'm' and rows[1].tolist() == [3, 4]


def test_method_out_is_returned_as_it_is():
    x = Info([0.5, 1.5], info='o')
    for call in [lambda out: x.clip(0, 1, out=out),
                 lambda out: x.cumsum(out=out)]:
        out = np.zeros(2)
        assert call(out) is out
        assert type(out) is np.ndarray


def test_argmax_without_axis_is_a_scalar():
    x = np.arange(4).reshape(2, 2).view(Plain)
    assert type(x.argmax()) is np.int64
    assert type(x.argmax(axis=0)) is Plain


def test_elements_are_scalars():
    x = info_array()
    assert type(x[0]) is np.int64
    assert x[0] == 1
    assert x.item(1) == 2


def test_asarray_gives_a_plain_view_asanyarray_keeps_the_class():
    x = info_array()
    a = np.asarray(x)
    assert type(a) is np.ndarray
    a[0] = 10
    assert x[0] == 10
    assert np.asanyarray(x) is x
    assert type(np.array(x)) is np.ndarray
    copied = np.array(x, subok=True)
    assert type(copied) is Info and copied.info == 'hi'
    copied[0] = 0
    assert x[0] == 10


def test_like_functions_subok():
    x = info_array()
    assert type(np.ones_like(x, subok=False)) is np.ndarray
    assert np.ones_like(x).tolist() == [1, 1, 1]


def test_copy_module():
    import copy
    x = info_array()
    for c in [copy.copy(x), copy.deepcopy(x)]:
        assert type(c) is Info and c.info == 'hi'
        c[0] = 9
        assert x[0] == 1
    a = np.arange(6).reshape(2, 3).T
    c = copy.copy(a)
    assert type(c) is np.ndarray and c.tolist() == a.tolist()
    assert c.flags.f_contiguous


def test_finalize_is_called_once_per_derived_array():
    c = np.arange(3).view(Counting)
    assert c.generation == 1
    assert (c + 1).generation == 2
    assert c[1:].generation == 2
    assert c.copy().generation == 2


def test_view_with_type():
    a = np.arange(3)
    for v in [a.view(Plain), a.view(type=Plain)]:
        assert type(v) is Plain
        v[0] = 7
        assert a[0] == 7
    v = a.view(np.int32, Plain)
    assert type(v) is Plain and v.dtype == np.int32
    assert type(v.view(np.ndarray)) is np.ndarray
    with pytest.raises(ValueError, match='Type must be a sub-type of '
                                         'ndarray type'):
        a.view(type=int)


def test_ndarray_new_for_a_subclass():
    y = np.ndarray.__new__(Info, (2,), dtype=int, buffer=np.array([5, 6]))
    assert type(y) is Info
    assert y.info == 'default'      # __array_finalize__(None)
    assert y.tolist() == [5, 6]


def test_subclass_with_its_own_new_calling_ndarray_new():
    class Zeros(np.ndarray):
        def __new__(cls, n):
            obj = super().__new__(cls, (n,), dtype=float)
            obj.fill(0)
            obj.n = n
            return obj

    z = Zeros(3)
    assert type(z) is Zeros and z.n == 3 and z.tolist() == [0, 0, 0]


def test_ndarray_constructor():
    assert np.ndarray((2, 3)).shape == (2, 3)
    assert np.ndarray(3, dtype=np.int8).dtype == np.int8
    a = np.ndarray((2,), dtype=int, buffer=np.array([7, 8, 9]), offset=8)
    assert a.tolist() == [8, 9]
    assert np.ndarray((2,), dtype=np.uint8, buffer=b'ab').tolist() == [97,
                                                                        98]
    b = np.arange(6)
    assert np.ndarray((3,), dtype=int, buffer=b,
                      strides=(16,)).tolist() == [0, 2, 4]
    assert np.ndarray((3,), dtype=int, buffer=b, offset=40,
                      strides=(-16,)).tolist() == [5, 3, 1]
    f = np.ndarray((2, 3), dtype=int, buffer=b, order='F')
    assert f.tolist() == [[0, 2, 4], [1, 3, 5]] and f.flags.f_contiguous
    assert np.ndarray((2, 3), order='F').flags.f_contiguous
    assert np.ndarray((0, 3)).strides == (0, 0)


def test_ndarray_constructor_errors():
    for make, exc, message in [
            (lambda: np.ndarray((2,), buffer=b'ab'), TypeError,
             'buffer is too small for requested array'),
            (lambda: np.ndarray(-1), ValueError,
             'negative dimensions are not allowed'),
            (lambda: np.ndarray(), TypeError,
             "missing required argument 'shape'"),
            (lambda: np.ndarray((4,), dtype=int, buffer=np.arange(6),
                                strides=(16,)), ValueError,
             'strides is incompatible with shape of requested array and '
             'size of buffer'),
            (lambda: np.ndarray((3,), strides=(16,)), ValueError,
             'strides is incompatible'),
            (lambda: np.ndarray((3,), dtype=int, buffer=np.arange(6),
                                strides=(8, 8)), ValueError,
             'strides, if given, must be the same length as shape'),
            (lambda: np.ndarray((3,), order='X'), ValueError,
             "order must be one of 'C', 'F', 'A', or 'K'")]:
        with pytest.raises(exc, match=message):
            make()


def test_repr_names_the_class():
    assert repr(info_array()) == 'Info([1, 2, 3])'
    assert repr(Info([[1, 2], [3, 4]])) == 'Info([[1, 2],\n      [3, 4]])'
    assert repr(Info(np.zeros(2))) == 'Info([0., 0.])'
    assert str(info_array()) == '[1 2 3]'


def test_unhashable():
    with pytest.raises(TypeError, match="unhashable type: 'Info'"):
        hash(info_array())


def test_array_priority_picks_the_result_class():
    class High(np.ndarray):
        __array_priority__ = 10

    x = info_array()
    p = np.arange(3).view(High)
    b = np.arange(3).view(Plain)
    assert type(x + p) is High
    assert type(p + x) is High
    assert type(b + x) is Plain     # equal priorities: the first
    assert type(x + b) is Info


def test_array_wrap():
    calls = []

    class Wrapping(np.ndarray):
        def __array_wrap__(self, arr, context=None, return_scalar=False):
            calls.append((type(arr), context is not None, return_scalar))
            return 42

    w = np.arange(3).view(Wrapping)
    assert w + 1 == 42
    assert np.sin(w) == 42
    assert w.sum() == 42
    assert calls == [(np.ndarray, True, False), (np.ndarray, True, False),
                     (np.ndarray, False, True)]


def test_array_wrap_through_super():
    class Tagged(np.ndarray):
        def __array_wrap__(self, arr, context=None, return_scalar=False):
            out = super().__array_wrap__(arr, context, return_scalar)
            out.tag = 'wrapped'
            return out

    t = np.arange(3).view(Tagged)
    r = t * 2
    assert type(r) is Tagged and r.tag == 'wrapped'
    assert r.tolist() == [0, 2, 4]


def test_operator_override_through_super():
    class Logged(np.ndarray):
        def __add__(self, other):
            return super().__add__(other) * 10

    x = np.arange(3).view(Logged)
    r = x + 1
    assert type(r) is Logged
    assert r.tolist() == [10, 20, 30]


def test_out_is_returned_as_it_is():
    x = info_array()
    out = np.zeros(3, dtype=x.dtype)
    assert np.add(x, 1, out=out) is out
    assert type(out) is np.ndarray
