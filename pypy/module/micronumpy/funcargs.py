"""The arguments of numpy's functions and methods: by position or keyword,
the array a method is bound to, and axis numbers."""

from pypy.interpreter.arguments import keyword_value
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy.ndarray import W_NDArray


def check_axis(space, axis, ndim, prefix=''):
    if axis < -ndim or axis >= ndim:
        raise space.error(space.w_AxisError,
                          "%saxis %d is out of bounds for array of dimension "
                          "%d" % (prefix, axis, ndim))
    if axis < 0:
        axis += ndim
    return axis


def arg(space, args, position, name):
    """The argument given by keyword `name` or at `position`, or None."""
    w_value = keyword_value(args, name)
    if w_value is None and len(args.arguments_w) > position:
        w_value = args.arguments_w[position]
    return w_value


def int_arg(space, args, position, name, default):
    w_value = arg(space, args, position, name)
    if w_value is None:
        return default
    return space.getindex_w(w_value)


def first_arg(space, args, fname, name):
    w_value = arg(space, args, 0, name)
    if w_value is None:
        raise space.error(space.w_TypeError,
                          "%s() missing required argument '%s' (pos 1)" % (
                              fname, name))
    return w_value


def second_arg(space, args, fname, name):
    """The argument at position 1 or by keyword `name`, which a function
    written in Python (NumPy's) requires."""
    w_value = arg(space, args, 1, name)
    if w_value is None:
        raise space.error(space.w_TypeError,
                          "%s() missing 1 required positional argument: "
                          "'%s'" % (fname, name))
    return w_value


def self_array(space, args):
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_NDArray):
        raise space.error(space.w_TypeError,
                          "descriptor requires a 'numpy.ndarray' object")
    return w_self


def method_of(func, fname, function_only=['a']):
    """The ndarray method a.fname(...) made from the function
    np.fname(a, ...) = func(space, args): the method's self is the
    function's first positional argument, so the same positions and
    keywords serve both, except the keywords only the function takes
    (its first argument's name, and a few more for some functions)."""
    def method(space, args):
        self_array(space, args)
        for name in function_only:
            if keyword_value(args, name) is not None:
                raise space.error(space.w_TypeError,
                                  "'%s' is an invalid keyword argument for "
                                  "%s()" % (name, fname))
        return func(space, args)
    method.func_name = 'method_' + func.func_name
    return method


def is_axis_none(space, w_axis):
    return w_axis is None or space.is_none(w_axis)


def shape_from_w_any(space, w_shape):
    if isinstance(w_shape, W_TupleObject) or not space.isinstance_w(
            w_shape, space.w_int):
        return [space.getindex_w(w_n) for w_n in
                space.unpackiterable(w_shape)]
    return [space.getindex_w(w_shape)]
