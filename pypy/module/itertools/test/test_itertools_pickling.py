"""__reduce__ and __setstate__ of the itertools iterators (CPython
3.11's), tee's copies and re-entry."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr, REBUILT_PRELUDE

space = ObjSpace()

PRELUDE = REBUILT_PRELUDE + '''
from itertools import *
import itertools

def rest(it, n=8):
    """The next items of a copy of it (a shallow copy: it shares its
    source with it)."""
    return list(islice(rebuilt(it), n))
'''


def run(body):
    return app_repr(space, body, PRELUDE)


def test_count_reduces_without_a_step_of_int_one():
    assert run("c = count(3); next(c); return c.__reduce__()") == \
        "(<class 'itertools.count'>, (4,))"
    assert run("return count(1.5, 2).__reduce__()") == \
        "(<class 'itertools.count'>, (1.5, 2))"
    assert run("return count(2, 1.0).__reduce__()") == \
        "(<class 'itertools.count'>, (2, 1.0))"


def test_repeat_reduces_with_the_times_left():
    assert run("r = repeat('a', 3); next(r); return r.__reduce__()") == \
        "(<class 'itertools.repeat'>, ('a', 2))"
    assert run("return repeat('a').__reduce__()") == \
        "(<class 'itertools.repeat'>, ('a',))"


def test_cycle_in_its_first_pass_and_after():
    assert run("c = cycle('abc'); next(c); return rest(c)") == \
        "['b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']"
    assert run("c = cycle('abc')\n"
               "for i in range(4): next(c)\n"
               "return rest(c, 4)") == \
        "['b', 'c', 'a', 'b']"
    assert run("c = cycle('defg'); c.__setstate__((list('abc'), 0))\n"
               "return list(islice(c, 9))") == \
        "['d', 'e', 'f', 'g', 'a', 'b', 'c', 'd', 'e']"
    assert run("c = cycle('defg'); c.__setstate__((list('abcdefg'), 1))\n"
               "return list(islice(c, 9))") == \
        "['d', 'e', 'f', 'g', 'a', 'b', 'c', 'd', 'e']"


def test_cycle_setstate_errors():
    assert run("out = []\n"
               "for state in [[[], 0], ((), 0), ([], 'x'), ([],)]:\n"
               "    try:\n"
               "        cycle('a').__setstate__(state)\n"
               "    except TypeError as e:\n"
               "        out.append(type(e).__name__)\n"
               "return out") == \
        "['TypeError', 'TypeError', 'TypeError', 'TypeError']"


def test_accumulate_with_initial_and_a_total_of_none():
    assert run("a = accumulate([1, 2, 3]); next(a); return rest(a)") == \
        "[3, 6]"
    assert run("a = accumulate([1, 2], initial=10); return rest(a)") == \
        "[10, 11, 13]"
    assert run("a = accumulate([None, 1, 2], lambda x, y: y); next(a)\n"
               "return type(a.__reduce__()[0]).__name__, rest(a)") == \
        "('type', [1, 2])"


def test_chain_state_and_setstate():
    assert run("c = chain('ab', 'cd'); next(c); return c.__reduce__()[1:2],"
               " rest(c)") == "(((),), ['b', 'c', 'd'])"
    assert run("c = chain(); c.__setstate__((iter(['ab', 'c']),))\n"
               "return list(c)") == "['a', 'b', 'c']"
    assert run("try:\n"
               "    chain().__setstate__((['ab'],))\n"
               "except TypeError as e:\n"
               "    return str(e)") == "'Arguments must be iterators.'"


def test_filtering_iterators():
    assert run("return rest(compress('abcd', [1, 0, 1, 1]))") == \
        "['a', 'c', 'd']"
    assert run("d = dropwhile(bool, [1, 0, 2]); next(d)\n"
               "return d.__reduce__()[2], rest(d)") == "(1, [2])"
    assert run("t = takewhile(bool, [1, 0, 2]); list(t)\n"
               "return t.__reduce__()[2], rest(t)") == "(1, [])"
    assert run("return rest(filterfalse(None, [0, 1, 0]))") == \
        "[0, 0]"
    assert run("return rest(starmap(max, [(1, 2), (4, 3)]))") == \
        "[2, 4]"


def test_islice_reduces_with_its_count():
    assert run("s = islice('abcdefg', 1, 6, 2); next(s)\n"
               "return s.__reduce__()[1][1:], s.__reduce__()[2], rest(s)") \
        == "((3, 6, 2), 2, ['d', 'f'])"
    assert run("s = islice('ab', 1); list(s); return rest(s)") == "[]"


def test_zip_longest_with_an_exhausted_iterator():
    assert run("z = zip_longest('a', 'xyz', fillvalue='-'); next(z)\n"
               "next(z); return rest(z)") == \
        "[('-', 'z')]"


def test_groupby_and_its_current_group():
    assert run("g = groupby('aabbc'); next(g); k, grp = next(g)\n"
               "g2 = rebuilt(g)\n"
               "return [(k, list(v)) for k, v in g2]") == \
        "[('c', ['c'])]"
    assert run("g = groupby('aabbc'); k, grp = next(g)\n"
               "return list(rebuilt(grp))") == "['a', 'a']"
    assert run("g = groupby('aab'); k, grp = next(g); next(g)\n"
               "return grp.__reduce__()[1]") == "((),)"


def test_tee_copies_share_what_was_read():
    assert run("a, b = tee('abc'); next(a)\n"
               "return list(rebuilt(a)), list(rebuilt(b)), list(b)") == \
        "(['b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c'])"
    assert run("a, b = tee('abc'); c, d = tee(a)\n"
               "return a is c, list(d), list(type(a)(a))") == \
        "(True, ['a', 'b', 'c'], ['a', 'b', 'c'])"


def test_tee_re_entry_raises():
    assert run("class I:\n"
               "    first = True\n"
               "    def __iter__(self):\n"
               "        return self\n"
               "    def __next__(self):\n"
               "        first = self.first\n"
               "        self.first = False\n"
               "        if first:\n"
               "            return next(b)\n"
               "a, b = tee(I())\n"
               "try:\n"
               "    next(a)\n"
               "except RuntimeError as e:\n"
               "    return str(e)") == "'cannot re-enter the tee iterator'"


def test_combinatorics_go_on_from_their_indices():
    assert run("p = product('ab', range(2)); next(p); next(p)\n"
               "return p.__reduce__()[2], rest(p)") == \
        "((0, 1), [('b', 0), ('b', 1)])"
    assert run("p = permutations('abc', 2); next(p)\n"
               "return rest(p, 2)") == \
        "[('a', 'c'), ('b', 'a')]"
    assert run("c = combinations('abcd', 3); next(c)\n"
               "return rest(c)") == \
        "[('a', 'b', 'd'), ('a', 'c', 'd'), ('b', 'c', 'd')]"
    assert run("c = combinations_with_replacement('ab', 2); next(c)\n"
               "return rest(c)") == \
        "[('a', 'b'), ('b', 'b')]"


def test_combinatorics_setstate_clamps():
    assert run("p = product((1, 2), (3,)); p.__setstate__((0, 0x1000))\n"
               "return next(p)") == "(2, 3)"
    assert run("p = product((1, 2), (), (3,)); p.__setstate__((0, 0, 9))\n"
               "return list(p)") == "[]"
    assert run("c = combinations('abc', 2); c.__setstate__((5, 5))\n"
               "return list(c)") == "[]"
    assert run("try:\n"
               "    product('ab').__setstate__((0, 0))\n"
               "except ValueError as e:\n"
               "    return str(e)") == "'invalid arguments'"



def test_pairwise_does_not_pickle():
    assert run("try:\n"
               "    pairwise('abc').__reduce__()\n"
               "except TypeError as e:\n"
               "    return str(e).startswith('cannot pickle')") == "True"
