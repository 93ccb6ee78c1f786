"""Signatures: interned, immutable descriptions of an expression tree's
shape (node kinds, ops, dtypes, leaf layouts).  A signature is the green
key of the loops in loop.py, so the JIT compiles one kernel per distinct
signature, and evaluates a tree by walking its signature, whose every
field is a constant in the trace.

Evaluation of element i: `off8` is i * 8, carried by the loop as a byte
offset so that 8-byte leaves are read at `base + off8`, the form the JIT's
vectorizer recognises."""

from rpython.rlib import jit
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf

_interned = {}


def intern(sig):
    key = sig.key()
    existing = _interned.get(key, None)
    if existing is not None:
        return existing
    _interned[key] = sig
    return sig


class Signature(object):
    _immutable_fields_ = ['dtype']

    def __init__(self, dtype):
        self.dtype = dtype

    def key(self):
        raise NotImplementedError

    def eval_float(self, node, i, off8):
        raise NotImplementedError

    def eval_int(self, node, i, off8):
        raise NotImplementedError

    def eval_as_float(self, node, i, off8):
        if self.dtype.is_float():
            return self.eval_float(node, i, off8)
        return self.dtype.int_to_float(self.eval_int(node, i, off8))

    def eval_as_int(self, node, i, off8):
        """The element converted to an integer (C casting: truncation)."""
        if self.dtype.is_float():
            return float_to_int(self.eval_float(node, i, off8))
        return self.eval_int(node, i, off8)


def float_to_int(x):
    if x != x or x >= 9.2233720368547758e18 or x < -9.2233720368547758e18:
        return -9223372036854775807 - 1      # what C gives on x86-64
    return int(x)


class ArrayLeafSig(Signature):
    """A leaf read from memory.  flat: C-contiguous with the shape of the
    expression, so element i is at start + i * itemsize."""
    _immutable_fields_ = ['flat', 'ndim']

    def __init__(self, dtype, flat, ndim):
        Signature.__init__(self, dtype)
        self.flat = flat
        self.ndim = ndim

    def key(self):
        return 'L(%s,%d,%d)' % (self.dtype.name, int(self.flat), self.ndim)

    @jit.unroll_safe
    def offset(self, leaf, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(leaf, ArrayLeaf)
        if self.flat:
            if self.dtype.itemsize == 8:
                return off8
            return i * self.dtype.itemsize
        offset = 0
        rest = i
        k = self.ndim - 1
        while k >= 0:
            n = leaf.shape[k]
            offset += (rest % n) * leaf.strides[k]
            rest = rest // n
            k -= 1
        return offset

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        return self.dtype.read_float(node.base, self.offset(node, i, off8))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import ArrayLeaf
        assert isinstance(node, ArrayLeaf)
        return self.dtype.read_int(node.base, self.offset(node, i, off8))


class ScalarSig(Signature):
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


class Call1Sig(Signature):
    """op(child) computed in calc_dtype, giving dtype."""
    _immutable_fields_ = ['op', 'calc_dtype', 'child']

    def __init__(self, op, calc_dtype, dtype, child):
        Signature.__init__(self, dtype)
        self.op = op
        self.calc_dtype = calc_dtype
        self.child = child

    def key(self):
        return 'C1(%d,%s,%s,%s)' % (self.op, self.calc_dtype.name,
                                    self.dtype.name, self.child.key())

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call1
        assert isinstance(node, Call1)
        if self.op == uf.CAST:
            return self.dtype.wrap_float(
                self.child.eval_as_float(node.child, i, off8))
        x = self.child.eval_as_float(node.child, i, off8)
        return self.dtype.wrap_float(uf.float_unop(self.op, x))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call1
        assert isinstance(node, Call1)
        if self.op == uf.CAST:
            if self.dtype.kind == dt.KIND_BOOL:
                if self.child.dtype.is_float():
                    return int(self.child.eval_float(node.child, i, off8)
                               != 0.0)
                return int(self.child.eval_int(node.child, i, off8) != 0)
            return self.dtype.wrap_int(
                self.child.eval_as_int(node.child, i, off8))
        if self.calc_dtype.is_float():
            x = self.child.eval_as_float(node.child, i, off8)
            return int(uf.float_test(self.op, x))
        x = self.child.eval_as_int(node.child, i, off8)
        if self.dtype.kind == dt.KIND_BOOL and self.calc_dtype is not \
                self.dtype:
            return int(uf.int_test(self.op, x))
        return self.dtype.wrap_int(uf.int_unop(self.op, self.calc_dtype, x))


class Call2Sig(Signature):
    """op(left, right) computed in calc_dtype, giving dtype."""
    _immutable_fields_ = ['op', 'calc_dtype', 'left', 'right']

    def __init__(self, op, calc_dtype, dtype, left, right):
        Signature.__init__(self, dtype)
        self.op = op
        self.calc_dtype = calc_dtype
        self.left = left
        self.right = right

    def key(self):
        return 'C2(%d,%s,%s,%s,%s)' % (self.op, self.calc_dtype.name,
                                       self.dtype.name, self.left.key(),
                                       self.right.key())

    def is_predicate(self):
        return self.op >= uf.LOGICAL_AND

    def eval_float(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call2
        assert isinstance(node, Call2)
        x = self.left.eval_as_float(node.left, i, off8)
        y = self.right.eval_as_float(node.right, i, off8)
        return self.dtype.wrap_float(uf.float_binop(self.op, x, y))

    def eval_int(self, node, i, off8):
        from pypy.module.micronumpy.lazy import Call2
        assert isinstance(node, Call2)
        if self.calc_dtype.is_float():
            x = self.left.eval_as_float(node.left, i, off8)
            y = self.right.eval_as_float(node.right, i, off8)
            return int(uf.float_cmp(self.op, x, y))
        x = self.left.eval_as_int(node.left, i, off8)
        y = self.right.eval_as_int(node.right, i, off8)
        if self.is_predicate():
            return int(uf.int_cmp(self.op, self.calc_dtype, x, y))
        return self.dtype.wrap_int(uf.int_binop(self.op, self.calc_dtype, x,
                                                y))
