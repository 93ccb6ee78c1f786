"""Calling ufuncs: operand conversion, NumPy's promotion rules (NEP 50 for
Python scalars), broadcasting, `out=`, `where=` and the loop chosen by
`dtype=`/`signature=` (ufunc_keywords.py); and the app-level ufunc
objects (np.add, np.sqrt, ...)."""

from rpython.rlib import jit, rfloat
from pypy.interpreter.arguments import keyword_value, check_keywords
from pypy.objspace.root import W_Root
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import complexmath as cm
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy.boxes import python_int_side, check_c_long, \
    check_python_int
from pypy.module.micronumpy import lazy
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.concrete import W_ConcreteArray
from pypy.module.micronumpy.strides import broadcast_shapes, same_shape, \
    shape_repr, shape_size
from pypy.module.micronumpy.operands import convert_operand, leaf_for
from pypy.module.micronumpy.subclass import ufunc_result
from pypy.module.micronumpy.loop import assign_result
from pypy.module.micronumpy.elements import read_flat
from pypy.module.micronumpy.flatreductions import reduce_flat
from pypy.module.micronumpy.ufunc_keywords import DEFAULT_KEYWORDS, \
    can_cast, ufunc_keywords, where_keyword, no_matching_loop, \
    input_casting_error
from pypy.module.micronumpy import errstate


def fit_python_int(space, operand, w_obj, dtype, kind):
    """NEP 50: a Python int used with an integer dtype must fit it
    (OverflowError), except where NumPy 2 gives a well-defined answer:
    comparisons with an int beyond the range (compared as an infinity,
    exactly: all True or all False), logical ufuncs (any such int is
    true) and np.where (kind 'where': cast unsafely, wrapping around)."""
    side = python_int_side(space, w_obj, dtype)
    if side == 0:
        return
    if kind == 'cmp':
        operand.dtype = dt.float64_dtype
        operand.floatval = rfloat.INFINITY if side > 0 else \
            -rfloat.INFINITY
    elif kind == 'logic':
        check_c_long(space, w_obj, dtype)
        operand.dtype = dt.bool_dtype
        operand.intval = 1
        operand.floatval = 1.0
    elif kind == 'where':
        check_c_long(space, w_obj, dtype)
    elif kind == 'float' or kind == 'truediv' or kind == 'float64':
        # an integer array's loop computes in floats: the int is one too
        # (a / 2**40, np.arctan2(u8, 300)), never out of an int range
        pass
    else:
        check_python_int(space, w_obj, dtype)


def bound_beyond_range(space, w_arr, w_bound, side):
    """Whether w_bound is a Python int beyond the integer range of w_arr's
    dtype on that side (-1 below, 1 above): np.clip drops such a bound,
    which clips nothing (a bound beyond the other side is an error)."""
    a = convert_operand(space, w_arr)
    if a is None or a.weak:
        return False
    return python_int_side(space, w_bound, a.dtype) == side


def common_dtype(space, a, b, w_a, w_b, kind):
    """The dtype a and b promote to for a ufunc of that kind (see
    ufuncs.BINARY_UFUNCS; 'where' for np.where)."""
    if a.weak and not b.weak:
        fit_python_int(space, a, w_a, b.dtype, kind)
    if b.weak and not a.weak:
        fit_python_int(space, b, w_b, a.dtype, kind)
    if a.weak and b.weak:
        return default_dtype_of_kind(max(dt.kind_rank(a.dtype.kind),
                                         dt.kind_rank(b.dtype.kind)))
    if a.weak:
        return dt.result_with_python_scalar(b.dtype, a.dtype.kind)
    if b.weak:
        return dt.result_with_python_scalar(a.dtype, b.dtype.kind)
    if kind == 'float' and a.dtype.is_int_like() and b.dtype.is_int_like():
        # NumPy takes the first float loop both cast to safely, not the
        # float of their promotion: int16 and uint16 compute in float32
        return dt.promote_types(uf.float_for_int(a.dtype),
                                uf.float_for_int(b.dtype))
    return dt.promote_types(a.dtype, b.dtype)


def default_dtype_of_kind(kind_rank):
    """The dtype of a Python scalar of that kind (dt.kind_rank) alone."""
    return [dt.bool_dtype, dt.int64_dtype, dt.float64_dtype,
            dt.complex128_dtype][kind_rank]


def operand_dtype(operand):
    """The dtype an operand computes in alone (a Python scalar's
    default)."""
    if operand.weak:
        return default_dtype_of_kind(dt.kind_rank(operand.dtype.kind))
    return operand.dtype


def ldexp_dtype(space, name, a, b, w_b):
    """The dtype of NumPy's ldexp loop ('fi->f', 'dl->d', ...) for the
    operands: the first one's float type (an integer's: the float it
    computes in), the exponent any integer that casts safely to a C
    long."""
    dtype = operand_dtype(a)
    if dtype.is_complex() or not b.dtype.is_int_like() or (
            b.dtype.is_unsigned64() and not b.weak):
        raise uf.not_supported(space, name)
    if b.weak:
        check_c_long(space, w_b, dt.int64_dtype)
    if dtype.is_float():
        return dtype
    return uf.float_for_int(dtype)


def broadcast_operands(space, shapes, w_out):
    """The shape the ufunc's input shapes broadcast to, after NumPy's
    checks, whose errors name every operand (out= last)."""
    all_shapes = shapes + [w_out.shape] if w_out is not None else shapes
    if not broadcastable(all_shapes):
        raise space.error(space.w_ValueError,
                          "operands could not be broadcast together with "
                          "shapes %s" % ''.join([shape_repr(shape) + ' '
                                                 for shape in all_shapes]))
    shape = shapes[0]
    for other in shapes[1:]:
        shape = broadcast_shapes(space, shape, other)
    if w_out is not None and not same_shape(
            broadcast_shapes(space, shape, w_out.shape), w_out.shape):
        raise space.error(space.w_ValueError,
                          "non-broadcastable output operand with shape %s "
                          "doesn't match the broadcast shape %s" % (
                              shape_repr(w_out.shape), shape_repr(shape)))
    return shape


def broadcast_pair(space, shape_a, shape_b, w_out):
    """The shape of a binary ufunc's result: broadcast_operands, whose
    loops (a call in a JIT trace) the common cases skip: equal shapes, or
    a scalar with an array."""
    if w_out is None:
        if len(shape_b) == 0 or same_shape(shape_a, shape_b):
            return shape_a
        if len(shape_a) == 0:
            return shape_b
    elif same_shape(shape_a, w_out.shape) and (
            len(shape_b) == 0 or same_shape(shape_b, w_out.shape)):
        return w_out.shape
    shape = broadcast_operands(space, [shape_a, shape_b], w_out)
    if w_out is not None:
        return w_out.shape
    return shape


def broadcastable(shapes):
    """Whether the shapes broadcast together: along each axis (aligned
    from the last), the sizes other than 1 are all equal."""
    ndim = 0
    for shape in shapes:
        ndim = max(ndim, len(shape))
    for i in range(1, ndim + 1):
        size = 1
        for shape in shapes:
            if i <= len(shape) and shape[len(shape) - i] != 1:
                if size != 1 and shape[len(shape) - i] != size:
                    return False
                size = shape[len(shape) - i]
    return True


def operand_shape(operand):
    if operand.w_array is not None:
        return operand.w_array.shape
    return []


def check_output_cast(space, ufunc, res, w_out, output, casting):
    """out= (and in-place operators) take the result with the casting
    rule (default 'same_kind'), checked with the types, before any
    broadcasting (NumPy numbers the outputs, from 1, where there are
    several)."""
    if w_out is not None and not can_cast(res, w_out.dtype, casting):
        which = ' %d' % (output + 1) if ufunc.nout > 1 else ''
        raise space.error(space.w_UFuncOutputCastingError,
                          "Cannot cast ufunc '%s' output%s from dtype('%s') "
                          "to dtype('%s') with casting rule '%s'" % (
                              ufunc.name, which, res.name, w_out.dtype.name,
                              casting))


# the ufuncs whose result is bool whatever their loop's dtype: dtype=
# names their output, not their loop
PREDICATE_KINDS = ['cmp', 'logic', 'test']


def requested_loop(ufunc, kw, dtype):
    """The dtype to choose the loop for: signature='s inputs, else
    dtype='s where the loop's dtype is its result's, else `dtype`, the
    inputs' promotion."""
    if kw.loop is not None:
        return kw.loop
    if kw.result is not None and ufunc.kind not in PREDICATE_KINDS:
        return kw.result
    return dtype


def check_loop(space, ufunc, kw, calc, res, operands):
    """The loop chosen (computing in calc, giving res) is the one dtype=
    or signature= asked for, and the inputs cast to it by kw's rule (a
    Python scalar of no higher kind always does).  Loop-free, so that
    the JIT inlines it: a residual call here would let the operands
    escape and hide the operand trees' signatures from the JIT."""
    if kw.checks_inputs:
        check_input_casts(space, ufunc, kw, calc, res, operands)


def check_input_casts(space, ufunc, kw, calc, res, operands):
    if kw.loop is not None and calc is not kw.loop or \
            kw.result is not None and res is not kw.result:
        raise no_matching_loop(space, ufunc.name)
    for k in range(len(operands)):
        dtype = operand_dtype(operands[k])
        if operands[k].weak and \
                dt.kind_rank(dtype.kind) <= dt.kind_rank(calc.kind):
            continue
        if not can_cast(dtype, calc, kw.casting):
            raise input_casting_error(space, ufunc.name, k, dtype, calc,
                                      kw.casting)


def finish(space, w_result, w_out):
    """The ufunc's return value: w_out if given, a scalar for 0-d results,
    else the pending expression."""
    if w_out is not None:
        w_dest = w_out.get_concrete(space)
        assert isinstance(w_dest, W_ConcreteArray)
        assign_result(space, w_dest, w_result)
        return w_out
    if not w_result.shape:
        return read_flat(space, w_result.get_concrete(space), 0)
    return w_result


def has_negative_int(space, operand):
    """Whether a signed integer operand holds a negative value (NumPy
    refuses integers to negative integer powers)."""
    if operand.w_array is None:
        return operand.dtype.is_int_like() and operand.intval < 0
    w_arr = operand.w_array
    if w_arr.dtype.kind != dt.KIND_INT or w_arr.get_size() == 0:
        return False
    w_min = reduce_flat(space, 'min', w_arr, None)
    return space.is_true(space.lt(w_min, space.newint(0)))


def call_binary(space, ufunc, w_a, w_b, w_out=None):
    """ufunc(w_a, w_b, out=w_out), or None when an operand can't take part
    in a ufunc."""
    w_result = binary_output(space, ufunc, 0, w_a, w_b, w_out)
    if w_result is None:
        return None
    return finish(space, w_result, w_out)


def binary_output(space, ufunc, output, w_a, w_b, w_out,
                  kw=DEFAULT_KEYWORDS):
    """The pending expression of output number `output` of a binary ufunc
    on w_a and w_b, after the checks of its out= array w_out (None if
    absent) and of the keywords kw; None when an operand can't take part
    in a ufunc."""
    ufunc = jit.promote(ufunc)      # (its kind and name tests fold away)
    a = convert_operand(space, w_a)
    b = convert_operand(space, w_b)
    if a is None or b is None:
        return None
    if ufunc.kind == 'ldexp':
        return ldexp_output(space, ufunc, a, b, w_b, w_out, kw)
    dtype = requested_loop(ufunc, kw, common_dtype(space, a, b, w_a, w_b,
                                                   ufunc.kind))
    if ufunc.kind == 'int' and (not dtype.is_int_like() or
                                dtype.kind == dt.KIND_BOOL):
        raise uf.no_loop(space, ufunc.name, [(a.dtype, a.weak),
                                             (b.dtype, b.weak)])
    op = ufunc.op if output == 0 else ufunc.op2
    if dtype.is_complex():
        if ufunc.kind == 'float64':     # float_power: in complex128
            dtype = dt.complex128_dtype
        calc = dtype
        res = cm.binary_result(op, dtype)
        if res is None:
            raise uf.not_supported(space, ufunc.name)
    else:
        calc, res = uf.binary_result_dtypes(space, ufunc.name, ufunc.kind,
                                            dtype)
        op = uf.op_for(op, calc, uf.F32_BINARY, uf.F16_BINARY)
    check_loop(space, ufunc, kw, calc, res, [a, b])
    check_output_cast(space, ufunc, res, w_out, output, kw.casting)
    shape = broadcast_pair(space, operand_shape(a), operand_shape(b), w_out)
    if ufunc.op == uf.POW and calc.is_int_like() and \
            shape_size(shape) > 0 and has_negative_int(space, b):
        raise space.error(space.w_ValueError,
                          "Integers to negative integer powers are not "
                          "allowed.")
    left, lsig, lnodes = leaf_for(space, a, calc, shape)
    right, rsig, rnodes = leaf_for(space, b, calc, shape)
    return lazy.make_call2(space, op, calc, res, shape, left, lsig, lnodes,
                           right, rsig, rnodes)


def ldexp_output(space, ufunc, a, b, w_b, w_out, kw):
    """ldexp(a, b): a computed in its float type, the integer exponent
    read as a float64 (exact for every exponent short of the clamp of
    ufuncs.c_int_exponent)."""
    calc = ldexp_dtype(space, ufunc.name, a, b, w_b)
    check_loop(space, ufunc, kw, calc, calc, [a])
    check_output_cast(space, ufunc, calc, w_out, 0, kw.casting)
    shape = broadcast_pair(space, operand_shape(a), operand_shape(b), w_out)
    left, lsig, lnodes = leaf_for(space, a, calc, shape)
    right, rsig, rnodes = leaf_for(space, b, dt.float64_dtype, shape)
    return lazy.make_call2(space, uf.op_for(ufunc.op, calc, uf.F32_BINARY),
                           calc, calc, shape, left, lsig, lnodes, right, rsig,
                           rnodes)


def call_unary(space, ufunc, w_a, w_out=None):
    return finish(space, unary_output(space, ufunc, 0, w_a, w_out), w_out)


def unary_output(space, ufunc, output, w_a, w_out, kw=DEFAULT_KEYWORDS):
    """The pending expression of output number `output` of a unary ufunc
    on w_a, after the checks of its out= array w_out (None if absent) and
    of the keywords kw."""
    ufunc = jit.promote(ufunc)
    a = convert_operand(space, w_a)
    if a is None:
        raise not_an_operand(space, ufunc)
    dtype = requested_loop(ufunc, kw, operand_dtype(a))
    op = ufunc.op if output == 0 else ufunc.op2
    if dtype.is_complex():
        calc = dtype
        res = cm.unary_result(op, dtype)
        if res is None:
            raise uf.not_supported(space, ufunc.name)
    else:
        calc, res = uf.unary_result_dtypes(space, ufunc.name, ufunc.kind,
                                           dtype)
        if op == uf.FREXP_EXPONENT:
            res = dt.int32_dtype
        op = uf.op_for(op, calc, uf.F32_UNARY, uf.F16_UNARY)
    check_loop(space, ufunc, kw, calc, res, [a])
    check_output_cast(space, ufunc, res, w_out, output, kw.casting)
    if w_out is None:
        shape = operand_shape(a)
    else:
        shape = broadcast_operands(space, [operand_shape(a)], w_out)
    child, csig, cnodes = leaf_for(space, a, calc, shape)
    return lazy.make_call1(space, op, calc, res, shape, child, csig, cnodes)


def call_two_outputs(space, ufunc, args_w, outs, kw=DEFAULT_KEYWORDS,
                     mask=None):
    """A ufunc with two outputs (frexp, modf, divmod) on its inputs
    args_w: the tuple of both results.  Both are computed before either
    is stored, as NumPy's loop computes them together: an out= array may
    be an input."""
    w_first = ufunc_output(space, ufunc, 0, args_w, outs[0], kw, mask)
    w_second = ufunc_output(space, ufunc, 1, args_w, outs[1], kw, mask)
    if outs[0] is not None or outs[1] is not None:
        w_first = w_first.get_concrete(space)
        w_second = w_second.get_concrete(space)
    w_first = finish(space, w_first, outs[0])
    w_second = finish(space, w_second, outs[1])
    if outs[0] is None:
        w_first = ufunc_result(space, ufunc.name, args_w, w_first, 0)
    if outs[1] is None:
        w_second = ufunc_result(space, ufunc.name, args_w, w_second, 1)
    return space.newtuple([w_first, w_second])


def ufunc_output(space, ufunc, output, args_w, w_out, kw, mask):
    """The pending expression of output number `output` of the ufunc on
    its inputs args_w, only where the where= mask (an Operand, or None:
    everywhere) holds."""
    if mask is None:
        return unmasked_output(space, ufunc, output, args_w, w_out, kw)
    # np.errstate's 'raise' computes every new node at once; the ufunc's
    # is computed with the mask, whose items left alone raise nothing
    raises = errstate.settings.raises
    errstate.settings.raises = False
    try:
        w_result = unmasked_output(space, ufunc, output, args_w, w_out, kw)
    finally:
        errstate.settings.raises = raises
    return masked_output(space, w_result, mask, w_out)


def unmasked_output(space, ufunc, output, args_w, w_out, kw):
    if ufunc.nin == 1:
        return unary_output(space, ufunc, output, args_w[0], w_out, kw)
    w_result = binary_output(space, ufunc, output, args_w[0], args_w[1],
                             w_out, kw)
    if w_result is None:
        raise not_an_operand(space, ufunc)
    return w_result


def masked_output(space, w_result, mask, w_out):
    """where=: w_result where the mask holds, else what w_out holds (0
    without out=, where NumPy leaves the memory it allocated as it was).
    The loop computes w_result only where the mask holds."""
    mask_shape = operand_shape(mask)
    if w_out is not None:
        shape = w_out.shape
        check_mask_into(space, mask_shape, shape)
    else:
        shape = broadcast_shapes(space, w_result.shape, mask_shape)
    dtype = w_out.dtype if w_out is not None else w_result.dtype
    x, xsig, xnodes = lazy.operand(space, w_result, shape)
    if w_result.dtype is not dtype:
        x = lazy.make_call1(space, uf.CAST, w_result.dtype, dtype, shape, x,
                            xsig, xnodes)
        xsig = x.sig
        xnodes = x.nodes
    cond, csig, cnodes = bool_condition(space, mask, shape)
    if w_out is not None:
        y, ysig, ynodes = lazy.operand(space, w_out, shape)
    else:
        y, ysig, ynodes = lazy.scalar_operand(dtype, 0, 0.0)
    return lazy.make_where(space, dtype, shape, cond, csig, cnodes, x, xsig,
                           xnodes, y, ysig, ynodes, True)


def check_mask_into(space, mask_shape, shape):
    if not same_shape(broadcast_shapes(space, shape, mask_shape), shape):
        raise space.error(space.w_ValueError,
                          "non-broadcastable output operand with shape %s "
                          "doesn't match the broadcast shape %s" % (
                              shape_repr(shape), shape_repr(
                                  broadcast_shapes(space, shape,
                                                   mask_shape))))


def where_mask(space, w_where, inputs_w, outs):
    """The where= mask as an Operand, after NumPy's check that it
    broadcasts with the inputs and outputs (its error names them all,
    the mask last)."""
    mask = convert_operand(space, w_where)
    if mask is None:
        raise space.error(space.w_TypeError,
                          "Cannot cast array data from dtype('O') to "
                          "dtype('bool') according to the rule 'safe'")
    shapes = []
    for w_input in inputs_w:
        operand = convert_operand(space, w_input)
        if operand is not None:
            shapes.append(operand_shape(operand))
    for w_out in outs:
        if w_out is not None:
            shapes.append(w_out.shape)
    shapes.append(operand_shape(mask))
    if not broadcastable(shapes):
        raise space.error(space.w_ValueError,
                          "operands could not be broadcast together with "
                          "shapes %s" % ''.join([shape_repr(shape) + ' '
                                                 for shape in shapes]))
    return mask


def bool_condition(space, c, shape):
    """(node, signature, operation count) of the operand c read as a
    condition: its truth value, a bool."""
    cond, csig, cnodes = leaf_for(space, c, c.dtype, shape)
    if c.dtype is dt.bool_dtype:
        return cond, csig, cnodes
    w_cond = lazy.make_call1(space, uf.CAST, c.dtype, dt.bool_dtype, shape,
                             cond, csig, cnodes)
    return w_cond, w_cond.sig, w_cond.nodes


def call_where(space, w_cond, w_x, w_y):
    """np.where(cond, x, y) as a pending expression, or None when an
    operand is not array-like (the caller computes it)."""
    c = convert_operand(space, w_cond)
    x = convert_operand(space, w_x)
    y = convert_operand(space, w_y)
    if c is None or x is None or y is None:
        return None
    dtype = common_dtype(space, x, y, w_x, w_y, 'where')
    shape = broadcast_operands(space, [operand_shape(c), operand_shape(x),
                                       operand_shape(y)], None)
    cond, csig, cnodes = bool_condition(space, c, shape)
    xnode, xsig, xnodes = leaf_for(space, x, dtype, shape)
    ynode, ysig, ynodes = leaf_for(space, y, dtype, shape)
    return lazy.make_where(space, dtype, shape, cond, csig, cnodes, xnode,
                           xsig, xnodes, ynode, ysig, ynodes)


# ____________________________________________________________
# app-level ufunc objects

def out_array(space, w_out):
    """A ufunc's out= argument: the array, or None where out= is absent or
    None."""
    if w_out is None or space.is_none(w_out):
        return None
    if not isinstance(w_out, W_NDArray):
        raise space.error(space.w_TypeError,
                          "return arrays must be of ArrayType")
    return w_out


class W_Ufunc(W_Root):
    """op2: the op of the second output, if any (-1: one output)."""
    _immutable_fields_ = ['name', 'op', 'kind', 'nin', 'op2', 'nout']

    def __init__(self, name, op, kind, nin, op2=-1):
        self.name = name
        self.op = op
        self.kind = kind
        self.nin = nin
        self.op2 = op2
        self.nout = 1 if op2 < 0 else 2

    def getclass(self, space):
        return space.w_ufunc

    def repr(self, space):
        return space.newtext_utf8("<ufunc '%s'>" % self.name)

    def call(self, space, args):
        check_keywords(space, args, self.name, ['out', 'where', 'dtype',
                                                'casting', 'signature'])
        args_w = args.arguments_w
        nargs = self.nin + self.nout
        if len(args_w) < self.nin or len(args_w) > nargs:
            raise space.error(space.w_TypeError,
                              "%s() takes from %d to %d positional arguments"
                              " but %d %s given" % (
                                  self.name, self.nin, nargs, len(args_w),
                                  'was' if len(args_w) == 1 else 'were'))
        w_out = keyword_value(args, 'out')
        outs = self.output_arrays(space, args_w, w_out)
        kw = ufunc_keywords(space, self.name, self.nin, self.nout, args)
        inputs_w = args_w[:self.nin]
        mask = None
        w_where = where_keyword(space, args)
        if w_where is not None:
            mask = where_mask(space, w_where, inputs_w, outs)
            if w_out is None and len(args_w) == self.nin:
                errstate.warn(space, "'where' used without 'out', expect "
                              "unitialized memory in output. If this is "
                              "intentional, use out=None.",
                              space.w_UserWarning)
        if self.nout == 2:
            return call_two_outputs(space, self, inputs_w, outs, kw, mask)
        w_result = finish(space, ufunc_output(space, self, 0, inputs_w,
                                              outs[0], kw, mask), outs[0])
        if outs[0] is not None:
            return w_result
        return ufunc_result(space, self.name, inputs_w, w_result, 0)

    def output_arrays(self, space, args_w, w_out):
        """The out= arrays, one per output (None where not given), from
        the positional arguments past the inputs or from out= (a tuple,
        or the array itself where there is one output)."""
        outs = [None] * self.nout
        if w_out is None:
            for i in range(len(args_w) - self.nin):
                outs[i] = out_array(space, args_w[self.nin + i])
        elif len(args_w) > self.nin:
            raise space.error(space.w_TypeError,
                              "cannot specify 'out' as both a positional "
                              "and keyword argument")
        elif isinstance(w_out, W_TupleObject):
            if len(w_out.items_w) != self.nout:
                raise space.error(space.w_ValueError,
                                  "The 'out' tuple must have exactly one "
                                  "entry per ufunc output")
            for i in range(self.nout):
                outs[i] = out_array(space, w_out.items_w[i])
        elif self.nout == 1:
            outs[0] = out_array(space, w_out)
        else:
            raise space.error(space.w_TypeError,
                              "'out' must be a tuple of arrays")
        return outs


def call_binary_checked(space, ufunc, w_a, w_b, w_out=None):
    """call_binary, with NumPy's TypeError for operands that can't take
    part in a ufunc."""
    w_result = call_binary(space, ufunc, w_a, w_b, w_out)
    if w_result is None:
        raise not_an_operand(space, ufunc)
    return w_result


def not_an_operand(space, ufunc):
    return space.error(space.w_TypeError,
                       "ufunc '%s' not supported for the input types" %
                       ufunc.name)


def make_ufuncs():
    result = {}
    for name, op, kind in uf.BINARY_UFUNCS:
        result[name] = W_Ufunc(name, op, kind, 2)
    for name, op, kind in uf.UNARY_UFUNCS:
        result[name] = W_Ufunc(name, op, kind, 1)
    for name, op, op2, kind in uf.UNARY_TWO_OUTPUT_UFUNCS:
        result[name] = W_Ufunc(name, op, kind, 1, op2)
    for name, op, op2, kind in uf.BINARY_TWO_OUTPUT_UFUNCS:
        result[name] = W_Ufunc(name, op, kind, 2, op2)
    # NumPy's names of these ufuncs
    result['true_divide'] = result['divide']
    result['mod'] = result['remainder']
    result['abs'] = result['absolute']
    result['bitwise_not'] = result['invert']
    return result

ALL_UFUNCS = make_ufuncs()


@jit.elidable
def ufunc_named(name):
    return ALL_UFUNCS[name]


def call_binary_by_name(space, name, w_a, w_b, w_out=None):
    return call_binary(space, ufunc_named(name), w_a, w_b, w_out)


def call_unary_by_name(space, name, w_a, w_out=None):
    return call_unary(space, ufunc_named(name), w_a, w_out)


def fast_power_ufunc(w_arr, w_exponent):
    """NumPy's fast_scalar_power: a float or complex array ** a Python
    int -1 or 2 or a Python float 0.5 (exactly those types, not NumPy
    scalars) is the ufunc reciprocal, square or sqrt; '' otherwise."""
    if not w_arr.dtype.is_inexact():
        return ''
    if isinstance(w_exponent, W_IntObject) and \
            not isinstance(w_exponent, W_BoolObject) and \
            not isinstance(w_exponent, boxes.W_IntBox):
        if w_exponent.intval == -1:
            return 'reciprocal'
        if w_exponent.intval == 2:
            return 'square'
    elif isinstance(w_exponent, W_FloatObject) and \
            not isinstance(w_exponent, boxes.W_FloatBox):
        if w_exponent.floatval == 0.5:
            return 'sqrt'
    return ''
