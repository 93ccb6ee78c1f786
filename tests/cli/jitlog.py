"""A parser of the PYPYLOG file that pypy-c writes with
PYPYLOG=jit-log-opt,jit-summary,jit-tracing,jit-backend:FILE, for tests
that assert on the JIT's optimized traces (tests/cli/test_jit_traces.py).

What is read:
  - {jit-log-opt-loop / {jit-log-opt-bridge sections: the optimized loops
    and bridges, as lists of operations;
  - {jit-summary: the counters ("abort: trace too long", "Total # of
    loops", ...);
  - "~~~ ABORTING TRACING <REASON>" lines, which the tracer prints inside
    {jit-tracing when it gives up on a trace;
  - {jit-backend-counts: how many times each loop label was entered (only
    written when the jit-backend category is on: the backend adds its
    counters to the code only then);
  - {vec-opt-loop: the vectorizer's "vecopt factor", the items of one
    type a vector loop's iteration computes.
Sections nest (a loop's log is printed inside its jit-tracing section):
a line belongs to the innermost open one."""

import re

SECTION_START = re.compile(r'^\[[0-9a-f]+\] \{([\w-]+)$')
SECTION_END = re.compile(r'^\[[0-9a-f]+\] ([\w-]+)\}$')
# "+203: i1 = getfield_gc_i(p0, descr=<...>) [failargs]"; the "+offset: "
# is missing on some operations (debug_merge_point, a few guards)
OPERATION = re.compile(r'^(?:\+\d+: )?(?:([a-z]\d+) = )?([a-z_0-9]+)\((.*)$')
ABORT = re.compile(r'^~~~ ABORTING TRACING (\w+)$')
LOOP_TITLE = re.compile(r'^# Loop (\d+) \((.*)\) : (.*) with \d+ ops$')
BRIDGE_TITLE = re.compile(r'^# bridge out of Guard (0x[0-9a-f]+) with \d+ ops$')
COUNT = re.compile(r'^(.*):(\d+)$')
TARGET_TOKEN = re.compile(r'TargetToken\((\d+)\)')
VECOPT_FACTOR = re.compile(r'^# vecopt factor: (\d+) ')


class Operation(object):
    def __init__(self, name, args, result, descr, failargs):
        self.name = name          # "float_add"
        self.args = args          # ["f33", "f32"]: constants as printed
        self.result = result      # "f34", None for no result
        self.descr = descr        # "<Guard0x...>", None without descr=
        self.failargs = failargs  # the guards' [...] list, else None

    def __repr__(self):
        res = self.result + ' = ' if self.result else ''
        return '%s%s(%s)' % (res, self.name, ', '.join(self.args))


class Trace(object):
    """One optimized loop (kind "loop" or "entry bridge") or bridge
    (kind "bridge"): its location is the loop's green key, e.g.
    "f:4 #16 LOAD_FAST", or the guard a bridge leaves."""

    def __init__(self, kind, number, location, operations):
        self.kind = kind
        self.number = number
        self.location = location
        self.operations = operations

    @property
    def names(self):
        """The operation names, without the debug_merge_points."""
        return [op.name for op in self.operations
                if op.name != 'debug_merge_point']

    def last_label(self):
        labels = [op for op in self.operations if op.name == 'label']
        return labels[-1] if labels else None

    @property
    def body(self):
        """The operations after the last label: the peeled loop that runs
        in steady state (a loop's first iteration, the preamble, runs once
        before it). Without a label, all of them."""
        label = self.last_label()
        start = self.operations.index(label) + 1 if label else 0
        return self.operations[start:]

    @property
    def body_names(self):
        return [op.name for op in self.body if op.name != 'debug_merge_point']

    def __repr__(self):
        return '<%s %s %s: %s>' % (self.kind, self.number, self.location,
                                   ' '.join(self.names))


class JitLog(object):
    def __init__(self):
        self.loops = []      # loops and entry bridges, in compiling order
        self.bridges = []
        self.summary = {}    # "abort: vable escape" -> 0
        self.aborts = []     # ["ABORT_TOO_LONG", ...], one per abort
        self.label_counts = {}   # TargetToken number -> times entered
        self.vecopt_factors = []    # one per loop vectorized

    def loops_at(self, location_prefix):
        """The loops whose green key starts with location_prefix, e.g.
        "f:" for the loops of function f."""
        return [loop for loop in self.loops
                if loop.location.startswith(location_prefix)]

    def body_runs(self, trace):
        """How many times the steady-state body of trace ran (needs the
        jit-backend category)."""
        match = TARGET_TOKEN.search(trace.last_label().descr)
        return self.label_counts[int(match.group(1))]


def split_arguments(text):
    """'p0, descr=<A, B>, ConstClass(X)' -> ['p0', 'descr=<A, B>',
    'ConstClass(X)']: commas inside (), [], <> or quotes do not split."""
    args, depth, quote, start = [], 0, None, 0
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in '\'"':
            quote = char
        elif char in '([<':
            depth += 1
        elif char in ')]>':
            depth -= 1
        elif char == ',' and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        args.append(text[start:].strip())
    return args


def closing_paren(text):
    """The index of the ')' that closes an operation's argument list,
    text being what follows its '('."""
    depth, quote = 1, None
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in '\'"':
            quote = char
        elif char == '(':
            depth += 1
        elif char == ')':
            depth -= 1
            if depth == 0:
                return i
    raise ValueError('unbalanced operation: %r' % text)


def parse_operation(line):
    match = OPERATION.match(line)
    if match is None:
        return None
    result, name, rest = match.groups()
    end = closing_paren(rest)
    args = split_arguments(rest[:end])
    descr = None
    if args and args[-1].startswith('descr='):
        descr = args.pop()[len('descr='):]
    tail = rest[end + 1:].strip()
    failargs = split_arguments(tail[1:-1]) if tail.startswith('[') else None
    return Operation(name, args, result, descr, failargs)


def parse_trace(section, lines):
    """A jit-log-opt-loop or jit-log-opt-bridge section's lines."""
    kind, number, location = None, None, ''
    operations = []
    for line in lines:
        loop = LOOP_TITLE.match(line)
        bridge = BRIDGE_TITLE.match(line)
        if loop:
            number, location, kind = int(loop.group(1)), loop.group(2), \
                loop.group(3)
        elif bridge:
            kind, location = 'bridge', bridge.group(1)
        elif not line.startswith('[') and not line.startswith('#'):
            op = parse_operation(line)
            if op is not None:
                operations.append(op)
    if kind is None:
        raise ValueError('%s without a title: %r' % (section, lines[:2]))
    return Trace(kind, number, location, operations)


def parse_summary(log, lines):
    for line in lines:
        name, sep, value = line.rpartition(':')
        fields = value.split()
        if sep and fields and fields[0].isdigit():
            log.summary[name.strip()] = int(fields[0])


def parse_counts(log, lines):
    for line in lines:
        match = COUNT.match(line)
        if match:
            token = TARGET_TOKEN.match(match.group(1))
            if token:
                log.label_counts[int(token.group(1))] = int(match.group(2))


def parse(text):
    log = JitLog()
    stack = []     # [(section name, its lines)], innermost last
    for line in text.splitlines():
        start = SECTION_START.match(line)
        end = SECTION_END.match(line)
        if start:
            stack.append((start.group(1), []))
        elif end and stack and stack[-1][0] == end.group(1):
            name, lines = stack.pop()
            if name == 'jit-log-opt-loop':
                log.loops.append(parse_trace(name, lines))
            elif name == 'jit-log-opt-bridge':
                log.bridges.append(parse_trace(name, lines))
            elif name == 'jit-summary':
                parse_summary(log, lines)
            elif name == 'jit-backend-counts':
                parse_counts(log, lines)
            elif name == 'vec-opt-loop':
                log.vecopt_factors += [int(m.group(1)) for m in
                                       map(VECOPT_FACTOR.match, lines) if m]
        elif stack:
            abort = ABORT.match(line)
            if abort:
                log.aborts.append(abort.group(1))
            stack[-1][1].append(line)
    return log


def parse_file(path):
    with open(path) as f:
        return parse(f.read())
