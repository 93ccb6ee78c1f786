"""Built-ins that drain an iterable (sum, min, max, any, all, sorted,
list, tuple, set, frozenset, dict, str.join, list.extend) fed by
generators: results, exceptions raised inside the generator, StopIteration,
generators left half way, nested generators, and enough items for a
compiled loop to run."""

import pytest

N = 3000    # enough iterations for a JIT to compile the consumer loop


def squares(n):
    for x in range(n):
        yield x * x


def test_sum_of_generator_expressions():
    assert sum(x * x for x in range(N)) == (N - 1) * N * (2 * N - 1) // 6
    assert sum((x * 0.5 for x in range(N)), 1.0) == 1.0 + 0.25 * N * (N - 1)
    assert sum(squares(N)) == sum([x * x for x in range(N)])
    assert sum((x for x in range(0)), 7) == 7
    assert sum(([x] for x in range(3)), []) == [0, 1, 2]
    assert sum(x for x in [2 ** 62, 2 ** 62, 2 ** 62]) == 3 * 2 ** 62


def test_sum_rejects_str_start_and_mixed_items():
    with pytest.raises(TypeError, match="can't sum strings"):
        sum((x for x in 'ab'), '')
    with pytest.raises(TypeError):
        sum(x for x in [1, 'a'])


def test_min_max_of_generators():
    data = [(i * 7919) % 1009 for i in range(N)]
    assert max(x for x in data) == max(data)
    assert min(x for x in data) == min(data)
    assert max((x for x in data), key=lambda v: -v) == min(data)
    assert min((x % 10 for x in data), default=None) == 0
    assert max((x for x in []), default='d') == 'd'
    assert min(x for x in [3.5, -1, 2]) == -1
    assert max(3, 1, 2) == 3
    assert min(3, 1, 2, key=lambda v: -v) == 3


def test_min_max_first_of_equal_items():
    pairs = [(1, 'a'), (2, 'b'), (2, 'c'), (1, 'd')]
    assert max((p for p in pairs), key=lambda p: p[0]) == (2, 'b')
    assert min((p for p in pairs), key=lambda p: p[0]) == (1, 'a')


def test_min_max_empty_and_errors():
    with pytest.raises(ValueError, match='arg is an empty sequence'):
        max(x for x in [])
    with pytest.raises(ValueError, match='arg is an empty sequence'):
        min(iter(()))
    with pytest.raises(TypeError):
        max(x for x in [1, 'a'])
    with pytest.raises(TypeError, match="Cannot specify a default"):
        max(1, 2, default=0)


def test_min_max_key_sees_items_in_order_as_they_come():
    seen = []

    def gen():
        for x in [3, 1, 2]:
            seen.append(('yield', x))
            yield x

    def key(v):
        seen.append(('key', v))
        return v

    assert max(gen(), key=key) == 3
    assert seen == [('yield', 3), ('key', 3), ('yield', 1), ('key', 1),
                    ('yield', 2), ('key', 2)]


def test_any_all_stop_at_the_deciding_item():
    consumed = []

    def gen(values):
        for v in values:
            consumed.append(v)
            yield v

    assert any(gen([0, 0, 5, 0, 7])) is True
    assert consumed == [0, 0, 5]
    del consumed[:]
    assert all(gen([1, 2, 0, 3])) is False
    assert consumed == [1, 2, 0]
    assert any(x > N - 2 for x in range(N)) is True
    assert all(x >= 0 for x in range(N)) is True
    assert any(x for x in []) is False
    assert all(x for x in []) is True
    assert any(x for x in ['', None, 0.0, [1]]) is True


def test_any_leaves_the_generator_where_it_stopped():
    g = (x for x in range(10))
    assert any(x == 3 for x in g)
    assert next(g) == 4
    g = iter(range(10))
    assert not all(x < 5 for x in g)
    assert list(g) == [6, 7, 8, 9]


def test_containers_from_generators():
    assert list(x * 2 for x in range(N)) == [x * 2 for x in range(N)]
    assert tuple(squares(5)) == (0, 1, 4, 9, 16)
    assert set(x % 5 for x in range(N)) == {0, 1, 2, 3, 4}
    assert frozenset(x % 3 for x in range(N)) == frozenset([0, 1, 2])
    assert dict((x, x * x) for x in range(4)) == {0: 0, 1: 1, 2: 4, 3: 9}
    assert ','.join(str(x) for x in range(4)) == '0,1,2,3'
    assert sorted(x % 7 for x in range(20)) == sorted(
        [x % 7 for x in range(20)])
    assert sorted((x for x in range(5)), reverse=True) == [4, 3, 2, 1, 0]
    lst = [1]
    lst.extend(x for x in range(3))
    assert lst == [1, 0, 1, 2]


def test_str_join_rejects_a_non_str_item():
    with pytest.raises(TypeError):
        ''.join(x for x in ['a', 1])


def test_exception_inside_the_generator_propagates():
    def gen():
        yield 'a'
        yield 'b'
        raise KeyError('inside')

    def gen_numbers():
        for x in gen():
            yield len(x)

    for consume in (sum, max, min):
        with pytest.raises(KeyError, match='inside'):
            consume(gen_numbers())
    for consume in (all, list, tuple, set, frozenset, sorted, ''.join,
                    [].extend, lambda it: any(x == 'z' for x in it),
                    lambda it: dict((x, x) for x in it)):
        with pytest.raises(KeyError, match='inside'):
            consume(gen())


def test_generator_after_an_exception_is_finished():
    def gen():
        yield 1
        raise ValueError('v')

    g = gen()
    with pytest.raises(ValueError):
        sum(g)
    assert list(g) == []


def test_stop_iteration_raised_in_a_generator_is_a_runtime_error():
    def gen():
        yield 1
        raise StopIteration('early')

    for consume in (sum, list, max, all, set, tuple, sorted):
        with pytest.raises(RuntimeError,
                           match='generator raised StopIteration'):
            consume(gen())


def test_stop_iteration_from_a_plain_iterator_ends_it():
    class Countdown:
        def __init__(self, n):
            self.n = n

        def __iter__(self):
            return self

        def __next__(self):
            if self.n == 0:
                raise StopIteration('done')
            self.n -= 1
            return self.n

    assert sum(Countdown(N)) == N * (N - 1) // 2
    assert list(Countdown(3)) == [2, 1, 0]
    assert max(Countdown(5)) == 4
    assert not all(Countdown(1))
    assert any(Countdown(2))
    assert ''.join(str(x) for x in Countdown(3)) == '210'


def test_generator_return_value_is_not_an_item():
    def gen():
        yield 1
        return 99

    assert list(gen()) == [1]
    assert sum(gen()) == 1


def test_generators_abandoned_half_way():
    log = []

    def gen():
        try:
            for x in range(100):
                yield x
        finally:
            log.append('closed')

    g = gen()
    assert any(x == 5 for x in g)
    assert next(g) == 6
    assert sum(x for x, _ in zip(g, range(3))) == 7 + 8 + 9
    g.close()
    assert log == ['closed']
    assert list(g) == []
    assert sum(g) == 0
    assert max(g, default=None) is None


def test_a_generator_consumed_twice_is_empty_the_second_time():
    g = (x for x in range(5))
    assert sum(g) == 10
    assert sum(g) == 0
    assert list(g) == []


def test_nested_generators():
    def inner(n):
        for x in range(n):
            yield x

    def outer(n):
        for k in range(n):
            yield sum(inner(k))

    assert list(outer(6)) == [0, 0, 1, 3, 6, 10]
    assert sum(sum(y for y in range(x)) for x in range(60)) == sum(
        x * (x - 1) // 2 for x in range(60))
    assert max(max(x * y for y in range(5)) for x in range(5)) == 16
    assert list(list(x + y for y in 'ab') for x in 'cd') == [
        ['ca', 'cb'], ['da', 'db']]

    def delegating(n):
        yield from inner(n)
        yield from (x * 10 for x in inner(n))

    assert sum(delegating(4)) == 6 + 60
    assert sorted(delegating(3)) == [0, 0, 1, 2, 10, 20]


def test_a_generator_consuming_itself_is_already_executing():
    def gen():
        yield 1
        yield sum(g)

    g = gen()
    with pytest.raises(ValueError, match='generator already executing'):
        list(g)


def test_enumerate_and_zip_over_generators():
    assert list(enumerate(x * x for x in range(4))) == [
        (0, 0), (1, 1), (2, 4), (3, 9)]
    assert sum(i * x for i, x in enumerate(squares(N))) == sum(
        i * i * i for i in range(N))
    assert dict(zip((c for c in 'abc'), squares(3))) == {
        'a': 0, 'b': 1, 'c': 4}
    assert list(zip(squares(3), (x for x in 'xyzw'))) == [
        (0, 'x'), (1, 'y'), (4, 'z')]
