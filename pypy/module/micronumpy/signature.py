"""Signatures: interned, immutable descriptions of an expression tree's
shape (node kinds, ops, dtypes, leaf layouts).  A signature is the green
key of the loops in loop.py, so the JIT compiles one kernel per distinct
signature, and evaluates a tree by walking its signature, whose every
field is a constant in the trace.

Evaluation goes row by row (a row is the last axis, or the whole array
when every leaf is flat): start_row points each leaf at the row, then
element i of the row is read at `row_base + off8` (off8 = i * 8, carried
by the loop as a byte offset: the form the JIT's vectorizer recognises)
for flat leaves, `row_base + i * inner_stride` for the others.  Only the
row start needs a division, so strided and broadcast operands cost a
multiply per element."""

from rpython.rlib import jit
from rpython.rtyper.lltypesystem import rffi
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import complexmath as cm
from pypy.module.micronumpy.strides import index_offset

# Interning: equal trees get the same signature object.  Children are
# interned first, so a node's signature is found by identity from its
# children's: each signature keeps the signatures built on it (by op),
# and making a node costs a dict lookup and a short scan, no key string.
# Leaves are cached per dtype number.
_array_leaf_sigs = {}   # dtype.num -> [ArrayLeafSig]
_scalar_sigs = {}       # dtype.num -> ScalarSig


@jit.elidable
def array_leaf_sig(dtype, flat, ndim):
    sigs = _array_leaf_sigs.get(dtype.num, None)
    if sigs is None:
        sigs = []
        _array_leaf_sigs[dtype.num] = sigs
    for sig in sigs:
        if sig.flat == flat and sig.ndim == ndim:
            return sig
    sig = ArrayLeafSig(dtype, flat, ndim)
    sigs.append(sig)
    return sig


@jit.elidable
def scalar_sig(dtype):
    sig = _scalar_sigs.get(dtype.num, None)
    if sig is None:
        sig = ScalarSig(dtype)
        _scalar_sigs[dtype.num] = sig
    return sig


@jit.elidable
def call1_sig(op, calc_dtype, dtype, child):
    sigs = child.call1_parents.get(op, None)
    if sigs is None:
        sigs = []
        child.call1_parents[op] = sigs
    for sig in sigs:
        if sig.calc_dtype is calc_dtype and sig.dtype is dtype:
            return sig
    sig = Call1Sig(op, calc_dtype, dtype, child)
    sigs.append(sig)
    return sig


@jit.elidable
def call2_sig(op, calc_dtype, dtype, left, right):
    sigs = left.call2_parents.get(op, None)
    if sigs is None:
        sigs = []
        left.call2_parents[op] = sigs
    for sig in sigs:
        if sig.right is right and sig.calc_dtype is calc_dtype and \
                sig.dtype is dtype:
            return sig
    sig = Call2Sig(op, calc_dtype, dtype, left, right)
    sigs.append(sig)
    return sig


@jit.elidable
def where_sig(dtype, cond, x, y, masked=False):
    for sig in cond.where_parents:
        if sig.x is x and sig.y is y and sig.dtype is dtype and \
                sig.masked == masked:
            return sig
    sig = WhereSig(dtype, cond, x, y, masked)
    cond.where_parents.append(sig)
    return sig


# The vectorizer of rpython 0.2.1 is trusted with flat trees of plain
# arithmetic on floats and int64/int32 (ints need patches/rpython/0004;
# * for int32 only: SSE has PMULLD but no 64-bit multiply), with few
# enough operands (each takes an SSE register for the whole loop) that
# nothing spills.
VECTOR_OPS2 = [uf.ADD, uf.SUB, uf.MUL, uf.TRUEDIV]
INT32_VECTOR_OPS2 = [uf.ADD, uf.SUB, uf.MUL]
INT64_VECTOR_OPS2 = [uf.ADD, uf.SUB]
VECTOR_OPS1 = [uf.NEG, uf.SQRT]     # (SQRT: patches/rpython/0017)
MAX_VECTOR_OPERANDS = 8
# complex operations that act on the real and imaginary parts alike
COMPLEX_PARTS_OPS2 = [uf.ADD, uf.SUB]
COMPLEX_PARTS_OPS1 = [uf.NEG, uf.POS]


def vector_op2(op, dtype):
    """Whether the vector loops take op on two operands of dtype."""
    if dtype.is_float():
        return op in VECTOR_OPS2
    if dtype.is_complex():
        return False
    if dtype is dt.int32_dtype:
        return op in INT32_VECTOR_OPS2
    return op in INT64_VECTOR_OPS2


def vector_leaf(dtype):
    """1 (one operand) for leaves of a dtype the vector loops take (not
    complex: the vectorizer of rpython 0.2.1 packs a complex element's
    two parts into nonsense)."""
    if dtype.is_float() or dtype is dt.int64_dtype or \
            dtype is dt.int32_dtype:
        return 1
    return -1


class Signature(object):
    """flat: every leaf is C-contiguous with the expression's shape.
    vector_operands: leaves and scalars in a tree the vectorizer may
    take, or -1 if it is not one."""
    _immutable_fields_ = ['dtype', 'flat', 'vector_operands',
                          'complex_parts']

    def __init__(self, dtype, flat, vector_operands, complex_parts=False):
        self.dtype = dtype
        self.flat = flat
        # complex128 additions, subtractions and negations of C-contiguous
        # complex128 arrays: the same operations on their float64 parts,
        # a flat vectorizable float loop (loop.compute)
        self.complex_parts = complex_parts
        if vector_operands > MAX_VECTOR_OPERANDS:
            vector_operands = -1
        self.vector_operands = vector_operands
        # the interned signatures with this one as child (Call1), left
        # operand (Call2) or condition (Where): see call1_sig and below
        self.call1_parents = {}
        self.call2_parents = {}
        self.where_parents = []

    def vectorizable(self):
        return self.flat and self.vector_operands > 0

    def start_row(self, node, row):
        pass

    def key(self):
        raise NotImplementedError

    def ufunc_name(self):
        """NumPy's name of the operation at the root, in its messages."""
        return 'cast'

    def eval_float(self, node, i, off8):
        raise NotImplementedError

    def eval_int(self, node, i, off8):
        raise NotImplementedError

    def eval_as_float(self, node, i, off8):
        if self.dtype.is_inexact():
            return self.eval_float(node, i, off8)
        return self.dtype.int_to_float(self.eval_int(node, i, off8))

    def eval_as_int(self, node, i, off8):
        """The element converted to an integer (C casting: truncation)."""
        if self.dtype.is_inexact():
            return float_to_int(self.eval_float(node, i, off8))
        return self.eval_int(node, i, off8)

    def eval_complex(self, node, i, off8):
        """The element as (real, imag) (a virtual pair in the trace)."""
        return (self.eval_as_float(node, i, off8), 0.0)

    def eval_nonzero(self, node, i, off8):
        """The element cast to bool."""
        if self.dtype.is_complex():
            re, im = self.eval_complex(node, i, off8)
            return re != 0.0 or im != 0.0
        if self.dtype.is_float():
            return self.eval_float(node, i, off8) != 0.0
        return self.eval_int(node, i, off8) != 0


float_to_int = dt.float_to_int64


class ArrayLeafSig(Signature):
    """A leaf read from memory.  flat: C-contiguous with the shape of the
    expression, so element i of a row is at row_base + i * itemsize."""
    _immutable_fields_ = ['ndim']

    def __init__(self, dtype, flat, ndim):
        Signature.__init__(self, dtype, flat, vector_leaf(dtype),
                           flat and dtype is dt.complex128_dtype)
        self.ndim = ndim

    def key(self):
        return 'L(%s,%d,%d)' % (self.dtype.name, int(self.flat), self.ndim)

    def start_row(self, node, row):
        """Row `row` of the leaf's shape but the last axis (the whole
        array for row 0 of a one-row loop)."""
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        node.row_base = rffi.ptradd(node.base, index_offset(
            row, node.shape, node.strides, self.ndim - 1))

    def offset(self, leaf, i, off8):
        if self.flat:
            if self.dtype.itemsize == 8:
                return off8
            return i * self.dtype.itemsize
        return i * leaf.inner_stride

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        return self.dtype.read_float(node.row_base,
                                     self.offset(node, i, off8))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        return self.dtype.read_int(node.row_base,
                                   self.offset(node, i, off8))

    def eval_as_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        return self.dtype.read_as_float(node.row_base,
                                        self.offset(node, i, off8))

    def eval_complex(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        offset = self.offset(node, i, off8)
        if self.dtype.is_complex():
            return (self.dtype.read_float(node.row_base, offset),
                    self.dtype.read_imag(node.row_base, offset))
        return (self.dtype.read_as_float(node.row_base, offset), 0.0)


class ScalarSig(Signature):
    def __init__(self, dtype):
        Signature.__init__(self, dtype, True, vector_leaf(dtype))

    def key(self):
        return 'S(%s)' % self.dtype.name

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ScalarLeaf
        assert isinstance(node, ScalarLeaf)
        return node.floatval

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ScalarLeaf
        assert isinstance(node, ScalarLeaf)
        return node.intval

    def eval_complex(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ScalarLeaf
        assert isinstance(node, ScalarLeaf)
        if self.dtype.is_complex():
            return (node.floatval, node.imagval)
        return (self.eval_as_float(node, i, off8), 0.0)


class Call1Sig(Signature):
    """op(child) computed in calc_dtype, giving dtype."""
    _immutable_fields_ = ['op', 'calc_dtype', 'child']

    def __init__(self, op, calc_dtype, dtype, child):
        vector_operands = -1
        if op in VECTOR_OPS1 and calc_dtype is dtype and \
                child.dtype is dtype and dtype.is_float():
            vector_operands = child.vector_operands
        Signature.__init__(self, dtype, child.flat, vector_operands,
                           op in COMPLEX_PARTS_OPS1 and
                           calc_dtype is dtype and child.complex_parts)
        self.op = op
        self.calc_dtype = calc_dtype
        self.child = child

    def start_row(self, node, row):
        from pypy.module.micronumpy.lazy import Call1
        assert isinstance(node, Call1)
        self.child.start_row(node.child, row)

    def key(self):
        return 'C1(%d,%s,%s,%s)' % (self.op, self.calc_dtype.name,
                                    self.dtype.name, self.child.key())

    def ufunc_name(self):
        return uf.ufunc_name(self.op, uf.UNARY_UFUNCS)

    def eval_float(self, node, i, off8):
        """(For a complex result: its real part, read by a cast.)"""
        from pypy.module.micronumpy.lazy import Call1
        assert isinstance(node, Call1)
        if self.dtype.is_complex():
            return self.eval_complex(node, i, off8)[0]
        if self.op == uf.CAST:
            return self.dtype.wrap_float(
                self.child.eval_as_float(node.child, i, off8))
        if self.calc_dtype.is_complex():        # absolute
            re, im = self.child.eval_complex(node.child, i, off8)
            return self.dtype.wrap_float(cm.c_abs(self.dtype, re, im))
        x = self.child.eval_as_float(node.child, i, off8)
        return self.dtype.wrap_float(uf.float_unop(self.op, x))

    def eval_complex(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call1
        assert isinstance(node, Call1)
        if not self.dtype.is_complex():
            return (self.eval_as_float(node, i, off8), 0.0)
        re, im = self.child.eval_complex(node.child, i, off8)
        if self.op != uf.CAST:
            re, im = cm.unop(self.op, dt.real_part(self.dtype), re, im)
        return (self.dtype.wrap_float(re), self.dtype.wrap_float(im))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call1
        assert isinstance(node, Call1)
        if self.op == uf.CAST:
            if self.dtype.kind == dt.KIND_BOOL:
                return int(self.child.eval_nonzero(node.child, i, off8))
            if self.child.dtype.is_inexact():
                return self.dtype.int_from_float(
                    self.child.eval_float(node.child, i, off8))
            return self.dtype.wrap_int(
                self.child.eval_int(node.child, i, off8))
        if self.calc_dtype.is_complex():
            re, im = self.child.eval_complex(node.child, i, off8)
            return int(cm.test(self.op, re, im))
        if self.calc_dtype.is_float():
            x = self.child.eval_as_float(node.child, i, off8)
            return uf.float_to_int_unop(self.op, x)
        x = self.child.eval_as_int(node.child, i, off8)
        if self.dtype.kind == dt.KIND_BOOL and self.calc_dtype is not \
                self.dtype:
            return int(uf.int_test(self.op, self.calc_dtype, x))
        return self.dtype.wrap_int(uf.int_unop(self.op, self.calc_dtype, x))


class Call2Sig(Signature):
    """op(left, right) computed in calc_dtype, giving dtype."""
    _immutable_fields_ = ['op', 'calc_dtype', 'left', 'right',
                          'constant_divisor']

    def __init__(self, op, calc_dtype, dtype, left, right):
        vector_operands = -1
        if vector_op2(op, dtype) and calc_dtype is dtype and \
                left.dtype is dtype and right.dtype is dtype and \
                left.vector_operands > 0 and right.vector_operands > 0:
            vector_operands = left.vector_operands + right.vector_operands
        Signature.__init__(self, dtype, left.flat and right.flat,
                           vector_operands,
                           op in COMPLEX_PARTS_OPS2 and calc_dtype is dtype
                           and left.complex_parts and right.complex_parts)
        self.op = op
        self.calc_dtype = calc_dtype
        self.left = left
        self.right = right
        # integer // and % by a scalar: the compiled loop takes the
        # divisor as a constant, which the JIT turns into a multiplication
        # (a division instruction per item costs 20-40 cycles); a program
        # dividing by another scalar gets a bridge for it
        self.constant_divisor = (op in (uf.FLOORDIV, uf.MOD, uf.FMOD) and
                                 calc_dtype.is_int_like() and
                                 isinstance(right, ScalarSig))

    def start_row(self, node, row):
        from pypy.module.micronumpy.lazy import Call2
        assert isinstance(node, Call2)
        self.left.start_row(node.left, row)
        self.right.start_row(node.right, row)

    def key(self):
        return 'C2(%d,%s,%s,%s,%s)' % (self.op, self.calc_dtype.name,
                                       self.dtype.name, self.left.key(),
                                       self.right.key())

    def ufunc_name(self):
        return uf.ufunc_name(self.op, uf.BINARY_UFUNCS)

    def is_predicate(self):
        return uf.LOGICAL_AND <= self.op <= uf.GE

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call2
        assert isinstance(node, Call2)
        if self.dtype.is_complex():
            return self.eval_complex(node, i, off8)[0]
        x = self.left.eval_as_float(node.left, i, off8)
        y = self.right.eval_as_float(node.right, i, off8)
        return self.dtype.wrap_float(uf.float_binop(self.op, x, y))

    def eval_complex(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call2
        assert isinstance(node, Call2)
        if not self.dtype.is_complex():
            return (self.eval_as_float(node, i, off8), 0.0)
        ar, ai = self.left.eval_complex(node.left, i, off8)
        br, bi = self.right.eval_complex(node.right, i, off8)
        re, im = cm.binop(self.op, dt.real_part(self.dtype), ar, ai, br, bi,
                          True)
        return (self.dtype.wrap_float(re), self.dtype.wrap_float(im))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call2
        assert isinstance(node, Call2)
        if self.calc_dtype.is_complex():
            ar, ai = self.left.eval_complex(node.left, i, off8)
            br, bi = self.right.eval_complex(node.right, i, off8)
            return int(cm.compare(self.op, ar, ai, br, bi))
        if self.calc_dtype.is_float():
            x = self.left.eval_as_float(node.left, i, off8)
            y = self.right.eval_as_float(node.right, i, off8)
            return int(uf.compare(self.op, x, y))
        x = self.left.eval_as_int(node.left, i, off8)
        y = self.right.eval_as_int(node.right, i, off8)
        if self.constant_divisor:
            y = jit.promote(y)
        if self.is_predicate():
            return int(uf.int_cmp(self.op, self.calc_dtype, x, y))
        return self.dtype.wrap_int(uf.int_binop(self.op, self.calc_dtype, x,
                                                y))


class WhereSig(Signature):
    """cond (a bool tree) ? x : y, both read in dtype.  Both sides are
    computed (as NumPy does) and the result's bits are selected by a mask:
    a branch would be a guard whose bridge runs for half the elements of
    a mixed condition.  Not vectorized (bool loads and bit casts).
    masked: a ufunc's where= (x is the ufunc, y what its output held),
    where NumPy computes x only where cond holds: a branch, so that the
    items left alone raise no floating-point flag."""
    _immutable_fields_ = ['cond', 'x', 'y', 'masked']

    def __init__(self, dtype, cond, x, y, masked):
        Signature.__init__(self, dtype, cond.flat and x.flat and y.flat, -1)
        self.cond = cond
        self.x = x
        self.y = y
        self.masked = masked

    def key(self):
        return '%s(%s,%s,%s,%s)' % ('M' if self.masked else 'W',
                                    self.dtype.name, self.cond.key(),
                                    self.x.key(), self.y.key())

    def start_row(self, node, row):
        from pypy.module.micronumpy.lazy import Where
        assert isinstance(node, Where)
        self.cond.start_row(node.cond, row)
        self.x.start_row(node.x, row)
        self.y.start_row(node.y, row)

    def mask(self, node, i, off8):
        """All ones where cond holds, else zero."""
        from pypy.module.micronumpy.lazy import Where
        assert isinstance(node, Where)
        return -int(self.cond.eval_int(node.cond, i, off8) != 0)

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Where
        assert isinstance(node, Where)
        if self.dtype.is_complex():
            return self.eval_complex(node, i, off8)[0]
        if self.masked:
            if self.mask(node, i, off8):
                return self.dtype.wrap_float(
                    self.x.eval_as_float(node.x, i, off8))
            return self.dtype.wrap_float(
                self.y.eval_as_float(node.y, i, off8))
        mask = self.mask(node, i, off8)
        return self.dtype.wrap_float(cm.select(
            mask, self.x.eval_as_float(node.x, i, off8),
            self.y.eval_as_float(node.y, i, off8)))

    def eval_complex(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Where
        assert isinstance(node, Where)
        if not self.dtype.is_complex():
            return (self.eval_as_float(node, i, off8), 0.0)
        if self.masked:
            if self.mask(node, i, off8):
                return self.x.eval_complex(node.x, i, off8)
            return self.y.eval_complex(node.y, i, off8)
        mask = self.mask(node, i, off8)
        xr, xi = self.x.eval_complex(node.x, i, off8)
        yr, yi = self.y.eval_complex(node.y, i, off8)
        return (cm.select(mask, xr, yr), cm.select(mask, xi, yi))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Where
        assert isinstance(node, Where)
        if self.masked:
            if self.mask(node, i, off8):
                return self.dtype.wrap_int(self.x.eval_as_int(node.x, i,
                                                              off8))
            return self.dtype.wrap_int(self.y.eval_as_int(node.y, i, off8))
        mask = self.mask(node, i, off8)
        x = self.x.eval_as_int(node.x, i, off8)
        y = self.y.eval_as_int(node.y, i, off8)
        return self.dtype.wrap_int(y ^ ((x ^ y) & mask))
