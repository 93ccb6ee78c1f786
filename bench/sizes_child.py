"""The timing child of bench/sizes.py: one process per (system, size).

    SYSTEM bench/sizes_child.py --size N [--target SECONDS]

Run unchanged by ./pypy-c and by CPython + NumPy, so every operation is
the same code on both.  It reads operation names from stdin, one a line,
and for each runs one batch of that operation and prints `@start NAME`
before and `@op {...}` (a Python literal: op, number, batch, error, ...)
after it, so the parent can tell which operation a crash or a hang
happened in and interleave the batches of the two systems.

The first request for an operation builds the inputs it needs (once per
process, each right after np.random.seed(its index in INPUTS)), makes a
function looping over the statement with the inputs as local variables,
makes one untimed call (its result's dtype/shape and a checksum are
reported, to compare the systems), then runs batches of 1, 8, 64 ... (then
doubling) iterations until one lasts at least --target seconds: that batch
is the reply.  An iteration is the statement, then a read of the first
element of its result (or of the array a statement assigns to): pypy-c
evaluates array expressions lazily, when observed.  Later requests run one batch of that many iterations (the
count doubled when a batch falls below a quarter of the target, as after a
JIT warm-up).  A batch's reply has its time.perf_counter() seconds and the
seconds of them the process spent waiting for a CPU (runnable, not running:
the kernel's /proc/thread-self/schedstat; 0 where unreadable), which the
parent subtracts on a busy machine.  An operation that raises (or whose inputs can't be built)
answers with its error class and message, every time.

    printf 'add\nadd\nsort\n' | ./pypy-c bench/sizes_child.py --size 1000

Kept to plain Python (no imports but sys, time, numpy; open() for the
schedstat): pypy-c's standard library is small.
"""

import sys
import time

# (name, code, private): `code` is a statement run with the inputs below
# as local variables; the names in `private` get a fresh copy for this
# operation only (the statement mutates them; repeating it must be harmless:
# a *= -1.0 flips signs, a += b grows, a[mask] = 0 is idempotent).
OPS = [
    ("add", "c = a + b", ()),
    ("iadd", "a += b", ("a",)),
    ("imul", "a *= -1.0", ("a",)),
    ("expr", "a * b + a - b", ()),
    ("lt", "a < b", ()),
    ("exp", "np.exp(a)", ()),
    ("sin", "np.sin(a)", ()),
    ("sqrt", "np.sqrt(a)", ()),
    ("log", "np.log(a)", ()),
    ("sum", "a.sum()", ()),
    ("max", "a.max()", ()),
    ("dot", "np.dot(a, b)", ()),
    ("cumsum", "np.cumsum(a)", ()),
    ("copy", "a.copy()", ()),
    ("astype", "a.astype(np.float32)", ()),
    ("arange", "np.arange(n)", ()),
    ("rand", "np.random.rand(n)", ()),
    ("concat", "np.concatenate((a, b))", ()),
    ("where", "np.where(a > .5, a, b)", ()),
    ("boolidx", "a[a > .5]", ()),
    ("setmask", "a[mask] = 0", ("a",)),
    ("fancyidx", "a[idx]", ()),
    ("sort", "np.sort(a)", ()),
    ("int32", "i4 * j4 + i4", ()),
    ("int64", "i8 * j8 + i8", ()),
    ("floordiv", "i8 // 7", ()),
    ("float32", "f4 * g4 + f4", ()),
    ("T+1", "x.T + 1", ()),
    ("sum0", "x.sum(axis=0)", ()),
    ("strided", "x[::2, ::2] * 2", ()),
    ("stencil", "x[1:-1, 1:-1] + x[:-2, 1:-1] + x[2:, 1:-1]", ()),
    ("Treshape", "x.T.reshape(-1)", ()),
    ("matmul", "u @ w", ()),
    ("cadd", "z + y", ()),
    ("cmul", "z * y", ()),
    ("cexpr", "z * y + z * 2j", ()),
    ("cabs", "abs(z)", ()),
    ("cexp", "np.exp(z)", ()),
]

# name -> code of the shared inputs (n elements each, but w); evaluated with
# np, n, R, C (x's shape: R*C == n, R <= C, as square as n allows) and the
# inputs they name.  Each one right after np.random.seed(its index).
INPUTS = [
    ("a", "np.random.rand(n)"),
    ("b", "np.random.rand(n)"),
    ("idx", "np.random.randint(0, n, n)"),
    ("mask", "a > .5"),
    ("x", "np.random.rand(R, C)"),
    ("u", "np.random.rand(n // 16, 16)"),     # u @ w: n elements in and out
    ("w", "np.random.rand(16, 16)"),
    ("i4", "np.random.randint(0, 1000, n).astype(np.int32)"),
    ("j4", "np.random.randint(1, 1000, n).astype(np.int32)"),
    ("i8", "np.random.randint(0, 1000, n).astype(np.int64)"),
    ("j8", "np.random.randint(1, 1000, n).astype(np.int64)"),
    ("f4", "np.random.rand(n).astype(np.float32)"),
    ("g4", "np.random.rand(n).astype(np.float32)"),
    ("z", "np.random.rand(n) + 1j * np.random.rand(n)"),
    ("y", "np.random.rand(n) - 1j * np.random.rand(n)"),
]


def identifiers(code):
    """The names a piece of code reads (identifiers not after a '.')."""
    names = []
    word = ""
    prev = ""
    for ch in code + " ":
        if ch.isalnum() or ch == "_":
            word += ch
            continue
        if word and not word[0].isdigit() and prev != ".":
            if word not in names:
                names.append(word)
        if word:
            prev = ""
        if ch != " ":
            prev = ch
        word = ""
    return names


def input_deps(name, seen=None):
    """name and the inputs it is built from, transitively, dependencies first."""
    codes = dict(INPUTS)
    out = [] if seen is None else seen
    for dep in identifiers(codes[name]):
        if dep in codes and dep not in out:
            input_deps(dep, out)
    if name not in out:
        out.append(name)
    return out


def op_inputs(code, private):
    codes = dict(INPUTS)
    out = []
    for name in identifiers(code) + list(private):
        if name in codes:
            input_deps(name, out)
    return out


def shape_2d(n):
    r = 1
    i = 1
    while i * i <= n:
        if n % i == 0:
            r = i
        i += 1
    return r, n // r


def error_text(e):
    msg = str(e).replace("\n", " ")
    if len(msg) > 160:
        msg = msg[:160] + "..."
    return "%s: %s" % (type(e).__name__, msg)


def describe(np, r):
    """(dtype and shape or type name, repr of its sum or None)."""
    if r is None:
        return "None", None
    desc = type(r).__name__
    if hasattr(r, "dtype") and hasattr(r, "shape"):
        desc = "%s%s" % (r.dtype, tuple(r.shape))
    try:
        if hasattr(r, "sum"):
            s = r.sum()
        else:
            s = r
        return desc, repr(float(s))
    except Exception:
        return desc, None


def run_delay():
    """Nanoseconds this thread has waited on a run queue, runnable but not
    running (the kernel's schedstat), or -1."""
    try:
        f = open("/proc/thread-self/schedstat")
        text = f.read()
        f.close()
        return int(text.split()[1])
    except Exception:
        return -1


def observe_index(np, r):
    """The index of an array's first element ((0, 0) for 2-D, () for 0-d),
    or None (a scalar, an empty array)."""
    if not isinstance(r, np.ndarray):
        return None
    for d in r.shape:
        if d == 0:
            return None
    return tuple([0] * r.ndim)


def timed(f, number, vals):
    """(seconds, seconds of them spent waiting for a CPU) of one batch.
    The schedstat reads are inside the timed interval, so every wait they
    count happened in it: the difference never underestimates."""
    t0 = time.perf_counter()
    d0 = run_delay()
    f(number, *vals)
    d1 = run_delay()
    t = time.perf_counter() - t0
    if d0 < 0 or d1 < 0:
        return t, 0.0
    return t, (d1 - d0) * 1e-9


class Op(object):
    def __init__(self, name, code, private):
        self.name = name
        self.code = code
        self.private = private
        self.f = None
        self.src = None
        self.vals = None
        self.number = 1
        self.error = None


class Child(object):
    def __init__(self, n, target):
        import numpy as np
        self.np = np
        self.n = n
        self.target = target
        R, C = shape_2d(n)
        self.ns = {"np": np, "n": n, "R": R, "C": C}
        self.input_errors = {}
        self.ops = {}
        for name, code, private in OPS:
            self.ops[name] = Op(name, code, private)

    def build_inputs(self, op):
        codes = dict(INPUTS)
        names = [k for k, _ in INPUTS]
        for inp in op_inputs(op.code, op.private):
            if inp in self.ns or inp in self.input_errors:
                continue
            try:
                self.np.random.seed(names.index(inp) + 1)
                self.ns[inp] = eval(codes[inp], self.ns)
            except Exception as e:
                self.input_errors[inp] = error_text(e)
        for inp in op_inputs(op.code, op.private):
            if inp in self.input_errors:
                return "setup of %s: %s" % (inp, self.input_errors[inp])
        return None

    def first(self, op, res):
        """Inputs, one untimed run of the statement, the function timing it,
        then batches of 1, 8, 64 ... iterations until one lasts the target."""
        t0 = time.perf_counter()
        op.error = self.build_inputs(op)
        if op.error:
            return
        local = dict(self.ns)
        for p in op.private:
            local[p] = self.ns[p].copy()
        res["setup"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            code = compile(op.code, "<%s>" % op.name, "eval")
        except SyntaxError:
            code = None
        if code is not None:            # an expression: its value
            first = eval(code, local)
            stmt = "_r = " + op.code
            target = "_r"
        else:                           # a statement: what it assigns to
            exec(op.code, local)
            target = identifiers(op.code)[0]
            first = local[target]
            stmt = op.code
        res["first"] = time.perf_counter() - t0
        res["result"], res["check"] = describe(self.np, first)
        # Each iteration reads one element of the result: pypy-c computes
        # array expressions when they are observed (lazy.py), NumPy at once.
        ix = observe_index(self.np, first)
        first = None
        if ix is not None:
            stmt += "\n        %s[_ix]" % target
        argnames = [k for k in identifiers(op.code) if k in local]
        src = "def _bench(_k, _ix, %s):\n    for _i in range(_k):\n        %s\n" % (
            ", ".join(argnames), stmt)
        env = {}
        exec(src, env)
        op.f = env["_bench"]
        op.vals = [ix] + [local[k] for k in argnames]
        op.src = src
        number = 1
        while True:
            t, wait = timed(op.f, number, op.vals)
            if t - wait >= self.target or number >= 1 << 30:
                break
            if (t - wait) * 64 < self.target:
                number *= 8
            else:
                number *= 2
        op.number = number
        return t, wait

    def batch(self, name):
        op = self.ops[name]
        res = {"op": name, "number": 0, "batch": None, "wait": None,
               "error": None}
        tw = None
        if op.error is None and op.f is None:
            try:
                tw = self.first(op, res)
            except Exception as e:
                op.error = error_text(e)
        if op.error is None and tw is None:
            try:
                tw = timed(op.f, op.number, op.vals)
            except Exception as e:
                op.error = error_text(e)
        res["error"] = op.error
        if op.error is None:
            res["number"] = op.number
            res["batch"], res["wait"] = tw
            if (tw[0] - tw[1]) * 4 < self.target:   # calibrated during a warm-up
                op.number *= 2
        return res


def main(argv):
    opts = {"--size": "1000", "--target": "0.01"}
    i = 1
    while i < len(argv):
        if argv[i] not in opts or i + 1 >= len(argv):
            print("usage: sizes_child.py --size N [--target SECONDS] "
                  "< operation names, one a line")
            return 2
        opts[argv[i]] = argv[i + 1]
        i += 2
    child = Child(int(opts["--size"]), float(opts["--target"]))
    print("@ready n=%d x=%dx%d" % (child.n, child.ns["R"], child.ns["C"]))
    sys.stdout.flush()
    while True:
        try:
            name = input().strip()
        except EOFError:
            break
        if name == "quit":
            break
        if not name:
            continue
        if name not in child.ops:
            print("@op " + repr({"op": name, "error": "unknown operation"}))
        else:
            print("@start " + name)
            sys.stdout.flush()
            print("@op " + repr(child.batch(name)))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
