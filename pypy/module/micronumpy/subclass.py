"""Python subclasses of ndarray (class A(np.ndarray)): their instances,
and how the results of operations on them become instances of the class,
as NumPy's __array_finalize__, __array_wrap__ and __array_priority__
decide.  Plain ndarrays never reach this module: W_NDArray's result hooks
(derived, operator_result) return the result as it is, and W_ArrayUser
overrides them."""

from pypy.interpreter.arguments import keyword_value
from pypy.objspace.typeobject import W_TypeObject
from pypy.objspace.usersubclass import make_user_class
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.concrete import W_ConcreteArray, concrete_of
from pypy.module.micronumpy.operands import array_from_w


class W_ArrayUser(make_user_class(W_ConcreteArray)):
    """An instance of a Python subclass of ndarray.  Always concrete: its
    memory is that of the array it was made from."""
    _attrs_ = []
    is_subclass_instance = True

    def derived(self, space, w_result):
        if isinstance(w_result, W_NDArray) and w_result is not self:
            return as_subclass(space, self.w_type, w_result, self)
        return w_result

    def operator_result(self, space, ufunc_name, w_a, w_b, w_result):
        inputs_w = [w_a] if w_b is None else [w_a, w_b]
        return ufunc_result(space, ufunc_name, inputs_w, w_result, 0)


def as_subclass(space, w_type, w_arr, w_from):
    """w_arr's memory as an instance of the ndarray subclass w_type (a
    scalar becomes a 0-d array), finalized from w_from (None or an
    array)."""
    assert isinstance(w_type, W_TypeObject)
    if not isinstance(w_arr, W_NDArray):
        w_arr = array_from_w(space, w_arr, None)
    w_conc = concrete_of(space, w_arr)
    w_new = W_ArrayUser(w_conc.shape, w_conc.dtype, w_conc.buffer,
                        w_conc.start, w_conc.strides,
                        w_conc.w_base).init_user(w_type)
    finalize(space, w_new, w_from)
    return w_new


def finalize(space, w_new, w_from):
    """w_new.__array_finalize__(w_from) when the class defines it."""
    w_hook = w_new.override('__array_finalize__')
    if w_hook is not None:
        space.call_function(w_hook.get(space, w_new, w_new.w_type),
                            w_from if w_from is not None else space.w_None)


def priority(space, w_arr):
    return space.float_w(space.getattr(w_arr, '__array_priority__'))


def wrapping_input(space, inputs_w):
    """The input whose class the result of a ufunc takes: among the
    instances of subclasses, the one of highest __array_priority__, the
    first on ties; None when there is none."""
    w_best = None
    best = 0.0
    for w_input in inputs_w:
        if isinstance(w_input, W_ArrayUser):
            p = priority(space, w_input)
            if w_best is None or p > best:
                w_best = w_input
                best = p
    return w_best


def ufunc_result(space, ufunc_name, inputs_w, w_result, output):
    """Output number `output` of the ufunc numpy.<ufunc_name> on inputs_w
    (computed without out=) as the class of the wrapping input: what its
    __array_wrap__ gives, or the result finalized from that input."""
    w_by = wrapping_input(space, inputs_w)
    if w_by is None:
        return w_result
    w_wrap = w_by.override('__array_wrap__')
    if w_wrap is None:
        return as_subclass(space, w_by.w_type, w_result, w_by)
    # the context NumPy passes: (ufunc, inputs, index of the output)
    w_numpy = space.import_name('numpy', space.w_None, 0, None)
    w_context = space.newtuple([
        space.getattr(w_numpy, ufunc_name),
        space.newtuple(inputs_w[:]), space.newint(output)])
    return call_wrap(space, w_wrap, w_by, w_result, w_context, False)


def reduction_result(space, w_self, w_result):
    """The result of a reduction (a.sum(), a.max(axis=0)) of w_self, an
    instance of a subclass: its __array_wrap__'s result with
    return_scalar=True, or an instance of the class (a 0-d one for a
    single value)."""
    assert isinstance(w_self, W_ArrayUser)
    w_wrap = w_self.override('__array_wrap__')
    if w_wrap is None:
        return as_subclass(space, w_self.w_type, w_result, w_self)
    return call_wrap(space, w_wrap, w_self, w_result, space.w_None, True)


def call_wrap(space, w_wrap, w_by, w_result, w_context, return_scalar):
    """w_by.__array_wrap__(result as an array, context, return_scalar)."""
    if not isinstance(w_result, W_NDArray):
        w_result = array_from_w(space, w_result, None)
    return space.call_function(w_wrap.get(space, w_by, w_by.w_type),
                               w_result, w_context,
                               space.newbool(return_scalar))


def out_given(space, args):
    """Whether an out= array is given (which the operation returns as it
    is, whatever the class of its operands)."""
    w_out = keyword_value(args, 'out')
    return w_out is not None and not space.is_none(w_out)


def base_class_view(w_arr):
    """np.asarray(a): a itself, or for an instance of a subclass a plain
    ndarray view of its memory."""
    if isinstance(w_arr, W_ArrayUser):
        return w_arr.view(w_arr.shape, w_arr.strides, w_arr.start)
    return w_arr
