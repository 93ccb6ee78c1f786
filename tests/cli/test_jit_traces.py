"""The JIT's optimized traces of small programs, as pypy-c logs them
(PYPYLOG, parsed by jitlog.py), in the way of PyPy's test_pypy_c: which
operations the steady-state loop body keeps tells whether allocations,
dictionary lookups and calls were optimized away.  Seconds on the
translated pypy-c, where the same checks under rpython's meta-interpreter
took minutes each.  Against CPython (no --pypy-c) these tests are
skipped: only a translated pypy-c has a JIT that logs."""

import os
import subprocess
import sys

import pytest

# pytest imports test files with --import-mode=importlib: no sys.path entry
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jitlog  # noqa: E402

# jit-backend makes the backend count the loops' entries (jit-backend-counts)
CATEGORIES = 'jit-log-opt,jit-summary,jit-tracing'
WITH_COUNTS = CATEGORIES + ',jit-backend'
ABORT_COUNTERS = ['abort: trace too long', 'abort: compiling',
                  'abort: vable escape', 'abort: bad loop',
                  'abort: force quasi-immut']


@pytest.fixture
def traced(interpreter, translated, request, tmp_path):
    """traced(source, categories=CATEGORIES) -> (stdout, JitLog) of pypy-c
    running source."""
    if not translated:
        pytest.skip('JIT traces are logged by a translated pypy-c only')
    timeout = request.config.getoption('pypy_c_timeout')

    def traced(source, categories=CATEGORIES, options=()):
        (tmp_path / 'prog.py').write_text(source)
        log = tmp_path / 'jit.log'
        env = {k: v for k, v in os.environ.items()
               if not k.startswith('PYTHON') and k != 'PYPYLOG'}
        env['PYPYLOG'] = '%s:%s' % (categories, log)
        proc = subprocess.run([interpreter] + list(options) + ['prog.py'],
                              cwd=str(tmp_path),
                              env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout, jitlog.parse_file(str(log))
    return traced


def cpu_has_avx2():
    with open('/proc/cpuinfo') as f:
        return any(line.startswith('flags') and ' avx2' in line
                   for line in f)


def oracle_output(tmp_path, source):
    """What CPython (with NumPy) prints running source."""
    path = tmp_path / 'oracle.py'
    path.write_text(source)
    proc = subprocess.run([sys.executable, str(path)], cwd=str(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def only_loop(log, function):
    """The one loop compiled for `function`, which needs no bridge."""
    loops = log.loops_at(function + ':')
    assert len(loops) == 1, log.loops
    return loops[0]


def calls(names):
    """Residual calls: everything named call* but call_assembler (a call
    of another compiled loop)."""
    return [n for n in names
            if n.startswith('call') and not n.startswith('call_assembler')]


def allocations(names):
    return [n for n in names if n.startswith('new')]


def assert_no_abort(log):
    assert log.aborts == []
    assert {name: log.summary[name] for name in ABORT_COUNTERS} == \
        {name: 0 for name in ABORT_COUNTERS}


FLOAT_SUM = """
def f(n):
    i = 0
    s = 0.0
    while i < n:
        s += i * 0.5
        i += 1
    return s
print(f(100000))
"""


def test_float_sum_loop_is_one_loop_without_allocation(traced):
    out, log = traced(FLOAT_SUM)
    assert out == '%r\n' % sum(i * 0.5 for i in range(100000))
    assert log.summary['Total # of loops'] == 1
    assert log.summary['Total # of bridges'] == 0
    body = only_loop(log, 'f').body_names
    counted = ['float_add', 'float_mul', 'cast_int_to_float', 'int_lt',
               'guard_true']
    assert [body.count(name) for name in counted] == [1] * 5, body
    assert calls(body) + allocations(body) == [], body


def test_global_lookups_are_constant_folded(traced):
    # LOAD_GLOBAL of a module global and of a builtin: the cells are
    # found by an elidable lookup, so no dict lookup call is left, not
    # even in the preamble
    out, log = traced("""
K = 3
def f(n):
    i = 0
    s = 0
    while i < n:
        s = s + K
        if abs is None:
            s = 0
        i = i + 1
    return s
print(f(100000))
""")
    assert out == '300000\n'
    loop = only_loop(log, 'f')
    assert calls(loop.names) + allocations(loop.names) == [], loop.names


def test_method_call_and_attributes_have_no_call(traced):
    # instance attributes live in map storage: reading and writing
    # self.x is a guard on the map (in the preamble, once) and an array
    # access, no dict call; inc() is inlined (a portal frame of its own,
    # no call_assembler)
    out, log = traced("""
class P:
    def __init__(self):
        self.x = 0
    def inc(self, d):
        self.x = self.x + d
def f(n):
    p = P()
    i = 0
    while i < n:
        p.inc(2)
        i = i + 1
    return p.x
print(f(100000))
""")
    assert out == '200000\n'
    loop = only_loop(log, 'f')
    assert [n for n in loop.names if n.startswith('call')] == [], loop.names
    assert loop.body_names.count('enter_portal_frame') == 1, loop.body_names
    maps = [op.result for op in loop.operations
            if op.descr and 'W_InstanceObject.inst_map' in op.descr]
    assert [op for op in loop.operations
            if op.name == 'guard_value' and op.args[0] in maps], loop.names


def test_small_function_and_method_calls_are_inlined(traced):
    # the callee's frame is virtual: topframe is a virtual reference,
    # PyFrame.__init__ and setup_arguments are seen through, so the loop
    # body has neither an allocation nor a call
    out, log = traced("""
class P:
    def __init__(self):
        self.x = 0
    def get(self, d):
        return self.x + d
def add(a, b):
    return a + b
def f(n):
    p = P()
    i = 0
    s = 0
    while i < n:
        s = add(s, 1)
        s = p.get(s)
        i = i + 1
    return s
print(f(100000))
""")
    assert out == '100000\n'
    body = only_loop(log, 'f').body_names
    assert body.count('enter_portal_frame') == 2, body
    assert [n for n in body if n.startswith('call')] + allocations(body) \
        == [], body


ELEMENTWISE_ADD = """
import numpy as np
def f(a, b, c, n):
    for i in range(n):
        c[i] = a[i] + b[i]
n = %d
a = np.arange(n, dtype=np.float64) + 1.0
b = np.full(n, 0.5)
c = np.zeros(n)
for k in range(%d):
    f(a, b, c, n)
print(float((c * np.arange(1, n + 1)).sum()))
"""


def test_elementwise_add_is_vectorized(traced, tmp_path):
    """The eval loop's driver has vec_all on (targetpypy.py): the
    Python loop c[i] = a[i] + b[i] over float64 arrays becomes SIMD code,
    and that code is what runs."""
    n, calls_of_f = 3000, 20
    source = ELEMENTWISE_ADD % (n, calls_of_f)
    out, log = traced(source, WITH_COUNTS)
    assert out == oracle_output(tmp_path, source)
    assert log.summary['vecopt success'] >= 1
    loop = only_loop(log, 'f')
    body = loop.body_names
    assert body.count('vec_load_f') == 2, body
    assert body.count('vec_float_add') == 1, body
    assert body.count('vec_store') == 1, body
    # the vector loop ran, not a guard's bridge: the x86 backend's vectors
    # are 16 bytes, two float64 per iteration (32 bytes with AVX2: four),
    # over every call after the first (the loop is compiled during the
    # first one)
    items = 4 if cpu_has_avx2() else 2
    assert log.body_runs(loop) * items >= (calls_of_f - 1) * (n - 4)


THREE_ARRAY_SUM = """
import numpy as np
a = np.arange(10000.0)
b = a * 0.5
c = a * 0.25
for i in range(50):
    d = a + b + c
print(float(d[1234]), float(d[9999]))
"""


@pytest.mark.parametrize('options, factor',
                         [((), 8), (('--jit', 'vec_wide=0'), 4)])
def test_fused_expression_vectorizes_with_the_widest_registers(
        traced, tmp_path, options, factor):
    # two vectors an iteration (patches/rpython/0014), each four float64
    # on AVX2's ymm registers (0016), two on SSE's xmm; --jit vec_wide=0
    # keeps SSE's
    out, log = traced(THREE_ARRAY_SUM, CATEGORIES + ',vec-opt-loop',
                      options)
    assert out == oracle_output(tmp_path, THREE_ARRAY_SUM)
    if not cpu_has_avx2():
        factor = 4
    assert max(log.vecopt_factors) == factor, log.vecopt_factors


SQUARE_ROOTS = """
import numpy as np
a = np.arange(10000.0) - 100.0       # negative items too: NaN, as NumPy's
with np.errstate(invalid='ignore'):
    for i in range(50):
        r = np.sqrt(a * 0.5)
print(float(r[1234]), float(r[9999]), str(r[3]))
"""


def test_square_roots_are_vector_operations(traced, tmp_path):
    # np.sqrt's loop is under the vectorizing driver, and the calls of
    # math.sqrt in it become vec_float_sqrt (patches/rpython/0017)
    out, log = traced(SQUARE_ROOTS, CATEGORIES)
    assert out == oracle_output(tmp_path, SQUARE_ROOTS)
    names = [name for loop in log.loops for name in loop.body_names]
    assert 'vec_float_sqrt' in names, names


FLOAT_SUM_OVER_ARRAY = """
import numpy as np
def f(a, n):
    s = 0.0
    for i in range(n):
        s += a[i]
    return s
a = np.arange(5000, dtype=np.float64) + 1.0
f(a, 5000)                       # compiles the loop
for n in list(range(40)) + [301, 1000, 4999]:
    print(n, f(a, n))
"""


def test_float_sum_stays_correct_for_every_trip_count(traced, tmp_path):
    # the items are whole numbers: any order of the additions gives the
    # same sum, so a vectorized reduction must too
    out, log = traced(FLOAT_SUM_OVER_ARRAY)
    assert out == oracle_output(tmp_path, FLOAT_SUM_OVER_ARRAY)
    assert log.loops_at('f:')
    assert_no_abort(log)


BOUNDS = """
import numpy as np
def f(a, b, c, n):
    i = -1
    try:
        for i in range(n):
            c[i] = a[i] + %s
    except IndexError:
        return i
    return -1

def length_of_a(n):
    # 3 items short every third time: the IndexError comes at a's end
    return max(n - 3, 0) if n %% 3 == 2 else n

def run(n):
    c = np.zeros(n)
    stop = f(np.arange(length_of_a(n), dtype=np.float64) + 1.0,
             np.arange(n + 1, dtype=np.float64) + 100.0, c, n)
    return stop, float((c * np.arange(1, n + 1)).sum())

run(3000)                        # compiles the loop
for n in range(40):
    print(n, *run(n))
"""


@pytest.mark.parametrize('b_item, vectorized', [('b[i]', True),
                                                ('b[i + 1]', False)])
def test_bounds_stay_right_for_every_trip_count(traced, tmp_path, b_item,
                                                vectorized):
    """c[i] = a[i] + b[...] for trip counts 0..39 once the loop is
    compiled, a 3 items short every third time: the IndexError comes at
    the end of a, c right up to there (rpython's vectorizer resumed such
    early exits one item late: patches/rpython/0003).  With b[i + 1] the
    loop is not vectorized today: only the results are asserted then."""
    source = BOUNDS % b_item
    out, log = traced(source)
    assert out == oracle_output(tmp_path, source)
    body = only_loop(log, 'f').body_names
    if vectorized:
        assert 'vec_store' in body, body


# issue 18: opcodes that pop a variable number of values (closures,
# displays, calls with * and **, unpacking, f-strings) and comprehensions
# in a hot loop: none makes the frame escape (vable escape) or aborts the
# trace, and the loop of f is compiled
LOOP_WITH = """
def g(a, b, c=0, **kw):
    return a + b + c + len(kw)

def unpack(xs):
    a, *rest = xs
    b, c = rest
    return a + b + c

def f(n):
    total = 0
    args = (1, 2)
    kw = {'c': 3}
    xs = [1, 2, 3]
    for i in range(n):
        total += %s
    return total
print(f(20000))
"""
LOOP_ITEMS = {
    'list comprehension': '[x * 2 for x in xs][2]',
    'lambda closure': '(lambda y: y + i)(1)',
    'star call': 'g(*args)',
    'star star call': 'g(*args, **kw) + g(1, 2, c=i)',
    'set display with star': 'len({*xs, i})',
    'list and dict displays with stars': 'len([*xs, *args]) + len({"a": i, **kw})',
    'displays': 'len((i, 1)) + len([i, 2]) + len({i, 3}) + len({i: 4})',
    'unpacking': 'unpack(xs)',
    'f-string': 'len(f"{i}-{total}")',
    'generator expression': 'sum(x for x in xs)',
}


@pytest.mark.parametrize('item', sorted(LOOP_ITEMS))
def test_loop_compiles_without_abort(traced, tmp_path, item):
    source = LOOP_WITH % LOOP_ITEMS[item]
    out, log = traced(source)
    assert out == oracle_output(tmp_path, source)
    assert_no_abort(log)
    assert log.loops_at('f:'), log.loops


GENERATOR_CONSUMER = """
data = list(range(1000))
words = [str(x) for x in data]
def plus_one(xs):
    for x in xs:
        yield x + 1
def f(n):
    t = 0
    for k in range(n):
        t += %s
    return t
print(f(50))
"""
# the builtins that reduce a generator to a number
REDUCERS = ['sum(x * 2 for x in data)', 'min(x - k for x in data)',
            'max(x + k for x in data)', 'any(x > 2000 for x in data)',
            'all(x >= 0 for x in data)', 'sum(plus_one(data))']
# the builtins that collect a generator's items (pypy/objspace/consumers.py
# collect())
COLLECTORS = ['len(list(x * 2 for x in data))',
              'len(tuple(x for x in data))', 'sorted(x for x in data)[k]',
              'len(",".join(w for w in words))',
              'len(dict((x, k) for x in data))', 'len(set(x for x in data))']


def consumer_loop(log):
    """The loop of the builtin consuming a generator: its green key is the
    generator's code (with a flag of the builtin's in front for min and
    max, any and all), not a line of f."""
    loops = [loop for loop in log.loops
             if loop.location.endswith(('<generator <genexpr>>',
                                        '<generator plus_one>'))]
    assert len(loops) == 1, log.loops
    return loops[0]


@pytest.mark.parametrize('consumer', REDUCERS + COLLECTORS)
def test_generator_consumer_inlines_the_generator(traced, tmp_path,
                                                  consumer):
    # the builtin's loop over the generator is compiled, with the
    # generator's body inline (should_unroll_one_iteration in
    # pypy/interpreter/pyopcode.py): no residual call, and no
    # call_assembler of the generator's own compiled loop
    source = GENERATOR_CONSUMER % consumer
    out, log = traced(source)
    assert out == oracle_output(tmp_path, source)
    assert_no_abort(log)
    body = consumer_loop(log).body_names
    assert [n for n in body if n.startswith('call')] == [], body


@pytest.mark.parametrize('consumer', REDUCERS)
def test_generator_reduced_by_a_builtin_allocates_nothing(traced, consumer):
    # the yielded items stay virtual (the generator frame's stack slots
    # are at constant indices: W_Generator.resume promotes the depth), and
    # so does the frame's virtual reference
    out, log = traced(GENERATOR_CONSUMER % consumer)
    body = consumer_loop(log).body_names
    assert allocations(body) == [], body


GENERATORS_OF_EVERY_SHAPE = """
data = list(range(1000))
def two_yields(xs):
    for x in xs:
        yield x
        yield -x
def inner_loop_and_finally(xs):
    t = 0
    try:
        for x in xs:
            for j in range(3):
                t += j
            yield x + t
    finally:
        t = 0
def delegating(xs):
    r = yield from iter(xs)
    yield r
def f(n):
    t = 0
    for k in range(n):
        t += any(x > 20 + k for x in data)
        t += sum(two_yields(data)) + max(two_yields(data))
        t += sum(inner_loop_and_finally(data))
        t += sum(y * 2 for y in two_yields(data) if y > k)
        for z in inner_loop_and_finally(data):
            t += z
        t += sum(x for x in delegating(data) if x is not None)
        g = two_yields(data)
        t += next(g) + next(g) + next(g)
    return t
print(f(50))
"""


def test_generators_inlined_into_loops_give_cpythons_results(traced,
                                                            tmp_path):
    # generators whose resume points move (two yields), with a loop
    # between yields, a finally, yield from, early exits (any) and manual
    # next(): inlined into the builtins' and f's loops, they still
    # compute what CPython does
    out, log = traced(GENERATORS_OF_EVERY_SHAPE)
    assert out == oracle_output(tmp_path, GENERATORS_OF_EVERY_SHAPE)
    assert_no_abort(log)


REGEX_SCAN = """
import re
text = 'order 66 shipped to a@b.org, 12 items; ' * 2000
numbers = re.compile(r'[0-9]+')
total = 0
for i in range(20):
    total += sum(int(m.group()) for m in numbers.finditer(text))
print(total, len(re.findall(r'[a-z]+@[a-z.]+', text)))
"""


def test_regex_matching_is_jit_compiled(traced, tmp_path):
    # _sre matches with rpython's rsre, whose loops have JitDrivers of
    # their own: the scan of the text and the repeat of [0-9]+ are
    # compiled loops of the pattern's code, free of residual calls
    out, log = traced(REGEX_SCAN)
    assert out == oracle_output(tmp_path, REGEX_SCAN)
    search = log.loops_at('re RegularSearch')
    repeat = log.loops_at('re RepeatOne') + log.loops_at('re UniMatchIn')
    assert search and repeat, [loop.location for loop in log.loops]
    for loop in search + repeat:
        assert calls(loop.body_names) == [], loop.body_names
