"""A seeded generator of small random NumPy programs.

`program(seed)` returns the source of one Python 3 program that runs on
CPython + NumPy (the oracle) and on pypy-c. Every statement is printed
before it runs, as a header line `## <kind> :: <source>`, and runs in its own
try block: a result is shown by `show()` (arrays as dtype, shape and
tolist(), scalars as type name and repr), an exception as its type name
and message, so that one failing statement does not stop the program.
run_fuzz.py compares the two outputs line by line; the kind in a header
names the class of a statement (`binop //`, `ufunc sin`, `reduce sum` ...)
so that differences can be grouped by it.

A header kind ending in `~` marks a transcendental result (NumPy's own SIMD
code on some CPUs, the C library on others: equal within a few ulps only).
Such results are shown, never stored in a variable, so that they cannot
flow into comparisons, casts or integer code where an ulp turns into a
different integer.

float16 and complex64 are generated only with `half=True`, until
micronumpy has them.
"""

import random

INT_DTYPES = ['int8', 'int16', 'int32', 'int64',
              'uint8', 'uint16', 'uint32', 'uint64']
FLOAT_DTYPES = ['float32', 'float64']
COMPLEX_DTYPES = ['complex128']
HALF_DTYPES = ['float16', 'complex64']

INT_RANGE = {
    'int8': (-128, 127), 'int16': (-32768, 32767),
    'int32': (-2 ** 31, 2 ** 31 - 1), 'int64': (-2 ** 63, 2 ** 63 - 1),
    'uint8': (0, 255), 'uint16': (0, 65535),
    'uint32': (0, 2 ** 32 - 1), 'uint64': (0, 2 ** 64 - 1),
}

# ufuncs micronumpy exposes, by arity; the transcendental ones (results
# equal within ulps only: tests/app/support/ulp.py) are listed apart
UNARY_EXACT = ['abs', 'absolute', 'bitwise_not', 'ceil', 'conj',
               'conjugate', 'deg2rad', 'degrees', 'fabs', 'floor', 'invert',
               'isfinite', 'isinf', 'isnan', 'logical_not', 'negative',
               'positive', 'rad2deg', 'radians', 'reciprocal', 'rint',
               'sign', 'sqrt', 'square', 'trunc']
UNARY_TRANSCENDENTAL = ['arccos', 'arccosh', 'arcsin', 'arcsinh', 'arctan',
                        'arctanh', 'cbrt', 'cos', 'cosh', 'exp', 'exp2',
                        'expm1', 'log', 'log10', 'log1p', 'log2', 'sin',
                        'sinh', 'tan', 'tanh']
BINARY_EXACT = ['add', 'bitwise_and', 'bitwise_or', 'bitwise_xor',
                'copysign', 'divide', 'divmod', 'equal', 'floor_divide',
                'fmax',
                'fmin', 'greater', 'greater_equal', 'left_shift', 'less',
                'less_equal', 'logical_and', 'logical_or', 'logical_xor',
                'maximum', 'minimum', 'mod', 'multiply', 'nextafter',
                'not_equal', 'remainder', 'right_shift', 'subtract',
                'true_divide']
ONE_OUTPUT_BINARY = [name for name in BINARY_EXACT if name != 'divmod']
BINARY_TRANSCENDENTAL = ['arctan2', 'float_power', 'hypot', 'logaddexp',
                         'logaddexp2', 'power']

BINOPS = ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>',
          '<', '<=', '==', '!=', '>', '>=']
INPLACE_OPS = ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '&=', '|=',
               '^=', '<<=', '>>=']
REDUCTIONS = ['sum', 'prod', 'max', 'min', 'all', 'any', 'mean', 'argmax',
              'argmin', 'cumsum', 'cumprod', 'std', 'var']
UFUNC_REDUCERS = ['add', 'multiply', 'maximum', 'minimum', 'logical_and',
                  'logical_or', 'bitwise_xor']

PRELUDE = '''\
import numpy as np
np.seterr(all='ignore')

def show(x):
    if isinstance(x, np.ndarray):
        print('A', x.dtype, x.shape, repr(x.tolist()))
    elif isinstance(x, tuple):
        print('T', len(x))
        for item in x:
            show(item)
    else:
        print('S', type(x).__name__, repr(x))

def fail(e):
    print('E', type(e).__name__, str(e).splitlines()[0] if str(e) else '')

'''


class Var(object):
    def __init__(self, name, dtype, shape):
        self.name = name
        self.dtype = dtype      # None when not known to the generator
        self.shape = shape      # None when not known to the generator


class Generator(object):
    def __init__(self, seed, half=False):
        self.rng = random.Random(seed)
        self.dtypes = (['bool'] + INT_DTYPES + FLOAT_DTYPES + COMPLEX_DTYPES
                       + (HALF_DTYPES if half else []))
        self.vars = []
        self.lines = []
        self.count = 0

    # ---- values -------------------------------------------------------

    def value(self, dtype):
        r = self.rng
        if dtype == 'bool':
            return r.choice(['True', 'False'])
        if dtype in INT_RANGE:
            lo, hi = INT_RANGE[dtype]
            if r.random() < 0.1:
                return str(r.choice([lo, hi]))
            return str(r.randint(max(lo, -20), min(hi, 20)))
        real = self.float_value()
        if dtype.startswith('complex'):
            return 'complex(%s, %s)' % (real, self.float_value())
        return real

    def float_value(self):
        r = self.rng
        x = r.random()
        if x < 0.06:
            return r.choice(["float('nan')", "float('inf')", "-float('inf')",
                             '-0.0'])
        if x < 0.1:
            return r.choice(['1e30', '-1e30', '1e-30', '65504.0', '3e38'])
        # quarters: exact in every float format
        return repr(r.randint(-40, 40) / 4.0)

    def shape(self):
        ndim = self.rng.choice([0, 1, 1, 1, 2, 2, 3])
        return tuple(self.rng.choice([0, 1, 2, 2, 3, 3, 4])
                     if self.rng.random() < 0.9 else 0
                     for _ in range(ndim))

    def nested(self, dtype, shape):
        if not shape:
            return self.value(dtype)
        return '[%s]' % ', '.join(self.nested(dtype, shape[1:])
                                  for _ in range(shape[0]))

    def python_scalar(self):
        r = self.rng
        return r.choice([str(r.randint(-5, 5)), str(r.choice([300, -1000,
                         2 ** 40])), repr(r.randint(-8, 8) / 2.0), 'True',
                         'complex(1, -2)', "float('nan')"])

    def numpy_scalar(self):
        dtype = self.rng.choice(self.dtypes)
        return 'np.%s(%s)' % (self.np_name(dtype), self.value(dtype))

    def np_name(self, dtype):
        return 'bool_' if dtype == 'bool' else dtype

    # ---- statement output ---------------------------------------------

    def emit(self, kind, code, result=None, target=None):
        """One statement: header, then `code` run in a try block. `result`
        is the expression shown after it (default: the target)."""
        self.count += 1
        header = '## %s :: %s' % (kind, code)
        body = code
        if target is not None:
            body = '%s = %s' % (target, code)
            result = target if result is None else result
        lines = ['print(%r)' % header, 'try:']
        if result != code:
            lines.append('    ' + body)
        if result is not None:
            lines.append('    show(%s)' % result)
        lines += ['except Exception as e:', '    fail(e)', '']
        self.lines.extend(lines)

    def new_name(self):
        return 'v%d' % len(self.vars)

    def pick(self):
        return self.rng.choice(self.vars)

    def operand(self):
        x = self.rng.random()
        if x < 0.7 or not self.vars:
            return self.pick()
        if x < 0.85:
            return Var(self.python_scalar(), None, ())
        return Var(self.numpy_scalar(), None, ())

    # ---- statements ---------------------------------------------------

    def create(self):
        r = self.rng
        dtype = r.choice(self.dtypes)
        np_dtype = 'np.' + self.np_name(dtype)
        shape = self.shape()
        size = 1
        for n in shape:
            size *= n
        kind = r.choice(['array', 'array', 'array', 'arange', 'zeros',
                         'ones', 'full', 'linspace', 'eye', 'scalar',
                         'empty_like'])
        if kind == 'array':
            code = 'np.array(%s, dtype=%s)' % (self.nested(dtype, shape),
                                               np_dtype)
        elif kind == 'arange':
            shape = (r.randint(0, 12),)
            code = 'np.arange(%d, dtype=%s)' % (shape[0], np_dtype)
            if dtype in ('bool',) or shape[0] > 2 and dtype == 'int8':
                code = 'np.arange(%d, dtype=%s)' % (min(shape[0], 2),
                                                    np_dtype)
                shape = (min(shape[0], 2),)
            if len(self.vars) % 2 and size:
                code += '.reshape(%s)' % repr(shape)
        elif kind in ('zeros', 'ones'):
            code = 'np.%s(%r, dtype=%s)' % (kind, shape, np_dtype)
        elif kind == 'full':
            code = 'np.full(%r, %s, dtype=%s)' % (shape, self.value(dtype),
                                                  np_dtype)
        elif kind == 'linspace':
            n = r.randint(0, 6)
            shape = (n,)
            dtype = 'float64'
            code = 'np.linspace(%s, %s, %d)' % (r.randint(-3, 3),
                                                r.randint(-3, 3), n)
        elif kind == 'eye':
            n = r.randint(0, 4)
            shape = (n, n)
            code = 'np.eye(%d, dtype=%s)' % (n, np_dtype)
        elif kind == 'scalar':
            shape = ()
            code = 'np.array(%s, dtype=%s)' % (self.value(dtype), np_dtype)
        else:
            code = 'np.zeros_like(np.ones(%r, dtype=%s))' % (shape, np_dtype)
        name = self.new_name()
        self.emit('create ' + kind, code, target=name)
        self.vars.append(Var(name, dtype, shape))

    def binop(self):
        a, b = self.pick(), self.operand()
        if self.rng.random() < 0.2:
            a, b = b, a
        op = self.rng.choice(BINOPS)
        transcendental = op == '**' and (self.inexact(a) or self.inexact(b))
        code = '%s %s %s' % (a.name, op, b.name)
        self.emit('binop %s%s' % (op, '~' if transcendental else ''), code,
                  target=None if transcendental else self.new_name(),
                  result=code if transcendental else None)
        if not transcendental:
            self.vars.append(Var('v%d' % len(self.vars), None,
                                 self.broadcast(a.shape, b.shape)))

    def inexact(self, var):
        return var.dtype is None or var.dtype.startswith(('float', 'complex'))

    def broadcast(self, s1, s2):
        if s1 is None or s2 is None:
            return None
        n = max(len(s1), len(s2))
        s1 = (1,) * (n - len(s1)) + s1
        s2 = (1,) * (n - len(s2)) + s2
        out = []
        for x, y in zip(s1, s2):
            if x != y and 1 not in (x, y):
                return None
            out.append(y if x == 1 else x)
        return tuple(out)

    def inplace(self):
        a = self.pick()
        b = self.operand()
        if self.rng.random() < 0.25:
            # out= follows the same casting rule ('same_kind') as a += b
            name = self.rng.choice(ONE_OUTPUT_BINARY)
            self.emit('out= ' + name, 'np.%s(%s, %s, out=%s)'
                      % (name, a.name, b.name, a.name), result=a.name)
            return
        op = self.rng.choice(INPLACE_OPS)
        if op == '**=' and self.inexact(a):
            op = '*='
        self.emit('inplace ' + op, '%s %s %s' % (a.name, op, b.name),
                  result=a.name)

    def ufunc(self):
        r = self.rng
        if r.random() < 0.5:
            name = r.choice(UNARY_EXACT + UNARY_TRANSCENDENTAL)
            args = [self.pick()]
            transcendental = name in UNARY_TRANSCENDENTAL
        else:
            name = r.choice(BINARY_EXACT + BINARY_TRANSCENDENTAL)
            args = [self.pick(), self.operand()]
            transcendental = name in BINARY_TRANSCENDENTAL
        call = 'np.%s(%s)' % (name, ', '.join(a.name for a in args))
        kind = 'ufunc %s%s' % (name, '~' if transcendental else '')
        if transcendental:
            if r.random() < 0.3:
                call += '.%s()' % r.choice(['sum', 'max', 'min'])
            self.emit(kind, call, result=call)
        else:
            shape = args[0].shape if len(args) == 1 else self.broadcast(
                args[0].shape, args[1].shape)
            self.emit(kind, call, target=self.new_name())
            self.vars.append(Var(self.new_name(), None, shape))

    def axis(self, shape):
        r = self.rng
        ndim = len(shape) if shape is not None else 2
        x = r.random()
        if x < 0.3:
            return None
        if x < 0.6 or ndim == 0:
            return r.randint(-ndim - 1, ndim)
        if x < 0.7:
            return ()
        axes = r.sample(range(ndim), r.randint(1, ndim))
        return tuple(a - ndim if r.random() < 0.2 else a for a in axes)

    def reduction(self):
        r = self.rng
        a = self.pick()
        axis = self.axis(a.shape)
        if r.random() < 0.2:
            fn = r.choice(UFUNC_REDUCERS)
            how = r.choice(['reduce', 'reduce', 'accumulate'])
            if how == 'accumulate' and not isinstance(axis, int):
                axis = 0
            code = 'np.%s.%s(%s, axis=%r)' % (fn, how, a.name, axis)
            self.emit('reduce %s.%s' % (fn, how), code, result=code)
            return
        fn = r.choice(REDUCTIONS)
        if fn in ('argmax', 'argmin', 'cumsum', 'cumprod') and \
                not (axis is None or isinstance(axis, int)):
            axis = None
        kwargs = '' if axis is None and r.random() < 0.5 else 'axis=%r' % (axis,)
        if fn not in ('argmax', 'argmin', 'cumsum', 'cumprod') and \
                r.random() < 0.2:
            kwargs += ', keepdims=True' if kwargs else 'keepdims=True'
        if r.random() < 0.5:
            code = '%s.%s(%s)' % (a.name, fn, kwargs)
        else:
            code = 'np.%s(%s%s)' % ({'max': 'amax', 'min': 'amin'}.get(fn, fn)
                                    if r.random() < 0.3 else fn, a.name,
                                    ', ' + kwargs if kwargs else '')
        # mean, std and var divide sums whose order may differ from NumPy's
        self.emit('reduce %s%s' % (fn, '~' if fn in ('std', 'var') else ''),
                  code, result=code)

    def index(self):
        r = self.rng
        a = self.pick()
        shape = a.shape if a.shape is not None else (2,)
        x = r.random()
        if x < 0.35:
            parts = []
            for n in shape[:r.randint(1, max(1, len(shape)))] or [1]:
                if r.random() < 0.3:
                    parts.append(str(r.randint(-n - 1, n)))
                else:
                    parts.append(self.slice_text())
            if r.random() < 0.15:
                parts.append(r.choice(['None', '...']))
            idx = ', '.join(parts)
            kind = 'index basic'
        elif x < 0.6:
            idx = '%s %s %s' % (a.name, r.choice(['>', '<', '==', '!=']),
                                r.randint(-2, 3))
            kind = 'index mask'
        elif x < 0.8:
            n = shape[0] if shape else 1
            idx = '[%s]' % ', '.join(str(r.randint(-n - 1, n))
                                     for _ in range(r.randint(0, 4)))
            kind = 'index fancy'
        else:
            n = shape[0] if shape else 1
            idx = 'np.array([%s], dtype=np.intp)' % ', '.join(
                str(r.randint(-n, max(n - 1, 0))) for _ in range(r.randint(1, 3)))
            kind = 'index fancy-array'
        if r.random() < 0.3:
            value = self.operand().name
            self.emit('setitem ' + kind.split()[1],
                      '%s[%s] = %s' % (a.name, idx, value), result=a.name)
        else:
            self.emit(kind, '%s[%s]' % (a.name, idx), target=self.new_name())
            self.vars.append(Var(self.new_name(), a.dtype, None))

    def slice_text(self):
        r = self.rng

        def part():
            return '' if r.random() < 0.4 else str(r.randint(-4, 4))
        text = part() + ':' + part()
        if r.random() < 0.3:
            text += ':' + str(r.choice([1, 2, -1, -2, 3]))
        return text

    def where(self):
        r = self.rng
        a = self.pick()
        cond = '%s %s %s' % (a.name, r.choice(['>', '<', '!=']),
                             r.randint(-1, 2))
        if r.random() < 0.2:
            self.emit('where one-arg', 'np.where(%s)' % cond,
                      result='np.where(%s)' % cond)
            return
        x, y = self.operand(), self.operand()
        self.emit('where', 'np.where(%s, %s, %s)' % (cond, x.name, y.name),
                  target=self.new_name())
        self.vars.append(Var(self.new_name(), None, None))

    def printing(self):
        a = self.pick()
        how = self.rng.choice(['repr', 'str'])
        self.emit('print ' + how, 'print(%s(%s))' % (how, a.name))

    def cast(self):
        r = self.rng
        a = self.pick()
        dtype = r.choice(self.dtypes)
        x = r.random()
        if x < 0.6:
            self.emit('cast astype', '%s.astype(np.%s)'
                      % (a.name, self.np_name(dtype)), target=self.new_name())
            self.vars.append(Var(self.new_name(), dtype, a.shape))
        elif x < 0.8:
            code = 'np.%s(%s)' % (self.np_name(dtype), self.python_scalar())
            self.emit('cast scalar', code, result=code)
        else:
            fn = r.choice(['int', 'float', 'bool', 'complex'])
            code = '%s(%s)' % (fn, a.name)
            self.emit('cast builtin', code, result=code)

    def shape_op(self):
        r = self.rng
        a = self.pick()
        code = r.choice(['%s.T', '%s.ravel()', '%s.reshape(-1)',
                         '%s.copy()', 'np.sort(%s)', 'np.clip(%s, -2, 3)',
                         '%s.flatten()', 'np.concatenate([%s, %s])'
                         ]).replace('%s', a.name)
        self.emit('shape ' + code.replace(a.name, 'a'), code,
                  target=self.new_name())
        self.vars.append(Var(self.new_name(), a.dtype, None))

    def program(self, statements):
        for _ in range(self.rng.randint(1, 3)):
            self.create()
        makers = [(self.create, 2), (self.binop, 4), (self.inplace, 2),
                  (self.ufunc, 4), (self.reduction, 3), (self.index, 3),
                  (self.where, 1), (self.printing, 1), (self.cast, 2),
                  (self.shape_op, 1)]
        choices = [m for m, w in makers for _ in range(w)]
        for _ in range(statements):
            self.rng.choice(choices)()
        return PRELUDE + '\n'.join(self.lines)


def program(seed, half=False, statements=10):
    """The source of the program numbered `seed`."""
    return Generator(seed, half).program(statements)


if __name__ == '__main__':
    import sys
    print(program(int(sys.argv[1]) if len(sys.argv) > 1 else 0,
                  half='--half' in sys.argv))
