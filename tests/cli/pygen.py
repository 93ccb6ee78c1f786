"""A seeded generator of small Python programs for differential testing of
the interpreter and its JIT (tests/cli/fuzz_python.py runs them).

generate(seed) returns the source of a deterministic program: a few
functions, each a hot loop (thousands of iterations, past the JIT's
thresholds) whose body is random statements over ints, floats, strings,
lists, tuples, dicts and their live views, reused range objects,
generators, closures with nonlocal and captured (cell) variables, instance
attributes, countdown while loops, exceptions raised and caught, and ints
that overflow into big ints.  Each function prints its results, so the
first differing line names the function.  Values stay bounded (locals are
reduced modulo a prime, containers trimmed) and nothing depends on hashing
order or on libm, so every correct Python 3 prints the same text."""

import random

PRIME = 1000003
INT_OPS = ['+', '-', '*', '^', '&', '|']
CMP_OPS = ['<', '<=', '>', '>=', '==', '!=']
WIDE = [(1 << 62) - 1, (1 << 61) + 3, 1 << 63, -(1 << 62), 3037000500]

PRELUDE = '''\
class Box:
    def __init__(self, a):
        self.a = a
        self.b = 0

    def step(self, d):
        self.b = (self.b + d * self.a) % 1000003
        return self.b


def gen_ints(k, c):
    j = 0
    while j < k:
        yield j * 3 + c
        j += 1


def gen_pairs(seq):
    for x in seq:
        if x % 3 == 1:
            continue
        yield x, x % 5

'''


class Func(object):
    """The state of one generated function: which names hold what."""

    def __init__(self, rng, index):
        self.rng = rng
        self.name = 'f%d' % index
        self.ints = ['n']           # readable int names (loop vars added)
        self.locals = []            # assignable int locals
        self.captured = []          # int locals read through a closure
        self.loop_depth = 0
        self.in_while = False       # `continue` would skip the countdown
        self.counter = 0

    def fresh(self, prefix):
        self.counter += 1
        return '%s%d' % (prefix, self.counter)


class Generator(object):

    def __init__(self, seed):
        self.rng = random.Random(seed)

    # -- expressions (ints) ------------------------------------------------

    def atom(self, fn):
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return rng.choice(fn.ints)
        if r < 0.6:
            return str(rng.choice([0, 1, 2, 3, 5, 7, 11, 100, 255, -1, -3]))
        if r < 0.66 and fn.captured:
            return 'rd_%s()' % rng.choice(fn.captured)
        if r < 0.72:
            return 'obj.a'
        if r < 0.78:
            return 'lst[%s %% len(lst)]' % rng.choice(fn.ints)
        if r < 0.83:
            return 'd.get(%s %% 9, 1)' % rng.choice(fn.ints)
        if r < 0.86:
            return 'len(kv)'
        if r < 0.89:
            return 'tup[%s %% 3]' % rng.choice(fn.ints)
        if r < 0.92:
            return 'len(s)'
        if r < 0.95:
            return 'bump(%s %% 4)' % rng.choice(fn.ints)
        return 'int(%s in kv)' % rng.choice(fn.ints)

    def expr(self, fn, depth=0):
        rng = self.rng
        if depth >= 2 or rng.random() < 0.35:
            return self.atom(fn)
        r = rng.random()
        a = self.expr(fn, depth + 1)
        b = self.expr(fn, depth + 1)
        if r < 0.55:
            return '(%s %s %s)' % (a, rng.choice(INT_OPS), b)
        if r < 0.65:
            return '(%s // (abs(%s) %% 7 + 1))' % (a, b)
        if r < 0.72:
            return '(%s %% (abs(%s) %% 13 + 2))' % (a, b)
        if r < 0.78:
            return '(%s >> %d)' % (a, rng.randrange(4))
        if r < 0.84:
            return 'int(%s %s %s)' % (a, rng.choice(CMP_OPS), b)
        if r < 0.9:
            return '%s(%s, %s)' % (rng.choice(['min', 'max']), a, b)
        if r < 0.93:
            return '(%s if %s %s %s else %s)' % (
                a, b, rng.choice(CMP_OPS), self.atom(fn), self.atom(fn))
        if r < 0.96:
            # past 64 bits for some operands only: the overflow guards
            return '((%s * %d + %s) %% %d)' % (a, rng.choice(WIDE), b, PRIME)
        if r < 0.98:
            return '((%s << (abs(%s) %% 64)) %% %d)' % (a, b, PRIME)
        return 'abs(%s)' % a

    def cond(self, fn):
        rng = self.rng
        if rng.random() < 0.5:
            return '%s %% %d == %d' % (rng.choice(fn.ints), rng.choice([2, 3, 5, 7]),
                                       rng.randrange(2))
        return '%s %s %s' % (self.expr(fn, 1), rng.choice(CMP_OPS), self.expr(fn, 1))

    # -- statements ----------------------------------------------------------

    def block(self, fn, indent, count):
        lines = []
        for _ in range(count):
            lines.extend(self.stmt(fn, indent))
        return lines or [indent + 'pass']

    def stmt(self, fn, ind):
        rng = self.rng
        deep = fn.loop_depth >= 3
        kinds = [
            (6, self.s_acc), (4, self.s_assign), (2, self.s_float),
            (2, self.s_str), (2, self.s_list), (2, self.s_dict),
            (2, self.s_attr), (1, self.s_tuple), (1, self.s_big),
            (2, self.s_if), (2, self.s_try), (1, self.s_comp),
            (1, self.s_closure_call),
        ]
        if not deep:
            kinds += [(3, self.s_for), (2, self.s_while), (1, self.s_for_view),
                      (1, self.s_for_gen)]
        if fn.loop_depth:
            kinds += [(1, self.s_break)]
        total = sum(w for w, _ in kinds)
        pick = rng.uniform(0, total)
        for w, f in kinds:
            pick -= w
            if pick <= 0:
                return f(fn, ind)
        return kinds[0][1](fn, ind)

    def bounded(self, fn):
        return '(%s) %% %d' % (self.expr(fn), PRIME)

    def s_acc(self, fn, ind):
        return [ind + 'acc = (acc * 31 + %s) %% 4294967311' % self.expr(fn)]

    def s_assign(self, fn, ind):
        v = self.rng.choice(fn.locals)
        return [ind + '%s = (%s) %% %d' % (v, self.expr(fn), PRIME)]

    def s_float(self, fn, ind):
        rng = self.rng
        if rng.random() < 0.5:
            return [ind + 'fl = fl * 0.5 + %s * 0.25' % self.expr(fn)]
        return [ind + 'fl = fl * 0.75 + %s / 7.0' % self.expr(fn)]

    def s_str(self, fn, ind):
        return [ind + 's += str(%s %% 97)' % self.expr(fn),
                ind + 'if len(s) > 40:',
                ind + '    s = s[-12:] + s[:%d]' % self.rng.randrange(4)]

    def s_list(self, fn, ind):
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return [ind + 'lst.append(%s)' % self.bounded(fn),
                    ind + 'if len(lst) > 24:',
                    ind + '    del lst[:%d]' % rng.randrange(1, 9)]
        if r < 0.7:
            return [ind + 'lst[%s %% len(lst)] = %s' % (rng.choice(fn.ints), self.bounded(fn))]
        if r < 0.85:
            return [ind + 'acc = (acc + sum(lst[%d:%d])) %% 4294967311'
                    % (rng.randrange(5), rng.randrange(5, 20))]
        return [ind + 'lst.insert(%d, lst.pop())' % rng.randrange(4)]

    def s_dict(self, fn, ind):
        rng = self.rng
        k = rng.choice(fn.ints)
        r = rng.random()
        if r < 0.5:
            return [ind + 'd[%s %% 9] = %s' % (k, self.bounded(fn))]
        if r < 0.7:
            return [ind + 'if %s %% 9 in d:' % k,
                    ind + '    del d[%s %% 9]' % k]
        if r < 0.85:
            return [ind + 'acc = (acc + sum(dv) + len(di)) % 4294967311']
        return [ind + 'd.pop(%s %% 9, None)' % k]

    def s_attr(self, fn, ind):
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return [ind + 'obj.a = (obj.a + %s) %% %d' % (self.expr(fn), PRIME)]
        if r < 0.7:
            return [ind + 'acc = (acc + obj.step(%s)) %% 4294967311' % self.expr(fn)]
        return [ind + 'obj = Box(%s)' % self.bounded(fn)]

    def s_tuple(self, fn, ind):
        rng = self.rng
        a, b = rng.sample(fn.locals, 2) if len(fn.locals) > 1 else (fn.locals[0],) * 2
        if rng.random() < 0.5:
            return [ind + 'tup = (%s, %s, tup[0])' % (self.bounded(fn), a)]
        return [ind + '%s, %s, _t = tup' % (a, b)]

    def s_big(self, fn, ind):
        return [ind + 'big = big * %d + %s' % (self.rng.choice([3, 1 << 20, (1 << 62) - 57]),
                                                self.expr(fn)),
                ind + 'if big > 10 ** 40 or big < -10 ** 40:',
                ind + '    big = big %% %d + (big >> 100)' % ((1 << 64) + 13)]

    def s_if(self, fn, ind):
        lines = [ind + 'if %s:' % self.cond(fn)]
        lines += self.block(fn, ind + '    ', self.rng.randint(1, 2))
        if self.rng.random() < 0.5:
            lines.append(ind + 'else:')
            lines += self.block(fn, ind + '    ', 1)
        return lines

    def s_try(self, fn, ind):
        rng = self.rng
        r = rng.random()
        lines = [ind + 'try:']
        body = ind + '    '
        if r < 0.3:
            lines += [body + 'if %s:' % self.cond(fn),
                      body + '    raise ValueError(%s)' % self.expr(fn)]
            lines += self.block(fn, body, 1)
            lines += [ind + 'except ValueError as e:',
                      ind + '    acc = (acc + e.args[0]) % 4294967311']
        elif r < 0.5:
            lines += [body + 'acc = (acc + %s // (%s %% 3)) %% 4294967311'
                      % (self.expr(fn), rng.choice(fn.ints))]
            lines += [ind + 'except ZeroDivisionError:',
                      ind + '    acc = (acc + 17) % 4294967311']
        elif r < 0.7:
            lines += [body + 'acc = (acc + d[%s %% 12]) %% 4294967311' % rng.choice(fn.ints)]
            lines += [ind + 'except KeyError as e:',
                      ind + '    acc = (acc + e.args[0] * 3) % 4294967311']
        elif r < 0.85:
            lines += [body + 'acc = (acc + lst[%s %% 40]) %% 4294967311' % rng.choice(fn.ints)]
            lines += [ind + 'except IndexError:',
                      ind + '    acc = (acc + 5) % 4294967311']
        else:
            lines += self.block(fn, body, 1)
            lines += [body + 'if %s:' % self.cond(fn),
                      body + '    raise KeyError(%s)' % self.expr(fn)]
            lines += [ind + 'except (KeyError, ValueError) as e:',
                      ind + '    acc = (acc + e.args[0] + 1) % 4294967311',
                      ind + 'finally:',
                      ind + '    fin += 1']
        return lines

    def s_comp(self, fn, ind):
        rng = self.rng
        v = fn.fresh('c')
        old = fn.ints
        fn.ints = old + [v]
        e = self.expr(fn, 1)
        c = self.cond(fn)
        fn.ints = old
        r = rng.random()
        if r < 0.4:
            return [ind + 'acc = (acc + sum([%s for %s in range(%s %% 6) if %s])) %% 4294967311'
                    % (e, v, rng.choice(fn.ints), c)]
        if r < 0.7:
            return [ind + 'acc = (acc + sum(%s for %s in lst[:5])) %% 4294967311' % (e, v)]
        return [ind + 'acc = (acc + len({%s: %s for %s in range(4)})) %% 4294967311'
                % (v + ' % 3', e, v)]

    def s_closure_call(self, fn, ind):
        return [ind + 'acc = (acc + bump(%s)) %% 4294967311' % self.expr(fn)]

    def s_break(self, fn, ind):
        word = 'break' if fn.in_while else self.rng.choice(['break', 'continue'])
        return [ind + 'if %s:' % self.cond(fn), ind + '    ' + word]

    def loop_body(self, fn, ind, var, in_while=False, count=None):
        fn.loop_depth += 1
        old, old_while = fn.ints, fn.in_while
        fn.ints = old + [var]
        fn.in_while = in_while
        lines = self.block(fn, ind, count or self.rng.randint(1, 3))
        fn.ints, fn.in_while = old, old_while
        fn.loop_depth -= 1
        return lines

    def s_for(self, fn, ind):
        rng = self.rng
        v = fn.fresh('i')
        r = rng.random()
        if r < 0.35:
            it = 'rng%d' % rng.randrange(2)          # reused range objects
        elif r < 0.55:
            it = 'range(%s %% 5)' % rng.choice(fn.ints)
        elif r < 0.7:
            it = 'lst[:%d]' % rng.randrange(1, 6)
        elif r < 0.8:
            it = 'tup'
        elif r < 0.9:
            it = 'range(%d, %s %% 7 - 5, -1)' % (rng.randrange(3), rng.choice(fn.ints))
        else:
            it = 'list(d)'
        return [ind + 'for %s in %s:' % (v, it)] + self.loop_body(fn, ind + '    ', v)

    def s_for_view(self, fn, ind):
        rng = self.rng
        v = fn.fresh('k')
        w = fn.fresh('v')
        if rng.random() < 0.5:
            lines = [ind + 'for %s, %s in list(di):' % (v, w)]
            fn.ints.append(w)
            body = self.loop_body(fn, ind + '    ', v)
            fn.ints.remove(w)
            return lines + body
        return [ind + 'for %s in list(kv):' % v] + self.loop_body(fn, ind + '    ', v)

    def s_for_gen(self, fn, ind):
        rng = self.rng
        v = fn.fresh('g')
        if rng.random() < 0.5:
            head = 'for %s in gen_ints(%s %% 4, %s):' % (v, rng.choice(fn.ints),
                                                       rng.choice(fn.ints))
            return [ind + head] + self.loop_body(fn, ind + '    ', v)
        w = fn.fresh('m')
        lines = [ind + 'for %s, %s in gen_pairs(lst[:%d]):' % (v, w, rng.randrange(2, 7))]
        fn.ints.append(w)
        body = self.loop_body(fn, ind + '    ', v)
        fn.ints.remove(w)
        return lines + body

    def s_while(self, fn, ind):
        rng = self.rng
        v = fn.fresh('w')
        lines = [ind + '%s = %s %% %d' % (v, rng.choice(fn.ints), rng.randint(2, 6)),
                 ind + 'while %s > 0:' % v]
        body = self.loop_body(fn, ind + '    ', v, in_while=True)
        return lines + body + [ind + '    %s -= 1' % v]

    # -- functions and programs ----------------------------------------------

    def function(self, index):
        rng = self.rng
        fn = Func(rng, index)
        nloc = rng.randint(2, 4)
        fn.locals = ['x%d' % k for k in range(nloc)]
        fn.captured = [v for v in fn.locals if rng.random() < 0.3]
        fn.ints = ['n'] + fn.locals
        lines = ['def %s(n):' % fn.name,
                 '    acc = 0', '    fl = 0.0', "    s = ''", '    big = 1',
                 '    fin = 0', '    cnt = 0',
                 '    lst = [%s]' % ', '.join(str(rng.randrange(-50, 50)) for _ in range(8)),
                 '    tup = (1, 2, 3)',
                 '    d = {%s}' % ', '.join('%d: %d' % (k, rng.randrange(100))
                                            for k in rng.sample(range(9), 4)),
                 '    kv = d.keys()', '    dv = d.values()', '    di = d.items()',
                 '    obj = Box(%d)' % rng.randrange(10),
                 '    rng0 = range(%d)' % rng.randint(1, 6),
                 '    rng1 = range(%d, %d)' % (rng.randint(-2, 2), rng.randint(2, 8))]
        for v in fn.locals:
            lines.append('    %s = %d' % (v, rng.randrange(100)))
        for v in fn.captured:
            lines += ['    def rd_%s():' % v, '        return %s' % v]
        lines += ['    def bump(k):', '        nonlocal cnt',
                  '        cnt = (cnt + k) % 1000003', '        return cnt']
        top = fn.fresh('i')
        lines.append('    for %s in range(n):' % top)
        lines += self.loop_body(fn, '        ', top, count=self.rng.randint(3, 6))
        lines.append('    print(%r, acc, fl, s, big, fin, cnt, lst, tup, sorted(d.items()), '
                     'list(kv), obj.a, obj.b, %s)' % (fn.name, ', '.join(fn.locals)))
        return lines

    def program(self, nfuncs, iterations):
        lines = [PRELUDE]
        names = []
        for k in range(nfuncs):
            lines += self.function(k)
            lines.append('')
            names.append('f%d' % k)
        for name in names:
            lines.append('%s(%d)' % (name, iterations))
        return '\n'.join(lines) + '\n'


def generate(seed, nfuncs=3, iterations=3000):
    """The source of program number `seed`."""
    return Generator(seed).program(nfuncs, iterations)


if __name__ == '__main__':
    import sys
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0), end='')
