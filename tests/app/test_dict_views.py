"""dict.keys(), .values() and .items() are live views of their dict: a view
made before the dict changes sees the change (found by the differential
tester tests/cli/fuzz_python.py)."""


def test_views_see_later_changes():
    d = {1: 2}
    keys, values, items = d.keys(), d.values(), d.items()
    d[3] = 4
    assert len(keys) == 2 and list(keys) == [1, 3]
    assert list(values) == [2, 4] and list(items) == [(1, 2), (3, 4)]
    assert 3 in keys and (3, 4) in items and 4 in values
    assert (3, 5) not in items and 9 not in values and [3] not in items
    del d[1]
    assert list(keys) == [3] and list(items) == [(3, 4)]
    d.clear()
    assert not keys and len(values) == 0 and list(items) == []


def test_view_repr_and_type():
    d = {'a': 1}
    assert repr(d.keys()) == "dict_keys(['a'])"
    assert repr(d.values()) == 'dict_values([1])'
    assert repr(d.items()) == "dict_items([('a', 1)])"
    assert type(d.keys()).__name__ == 'dict_keys'
    assert type(d.items()).__name__ == 'dict_items'


def test_views_in_a_hot_loop():
    # long enough for the JIT to compile the loop on pypy-c
    d = {}
    keys, items = d.keys(), d.items()
    total = 0
    for i in range(5000):
        d[i % 7] = i
        total += len(keys) + (i % 7 in keys) + ((i % 7, i) in items)
    assert total == 5000 * 9 - 21
    assert sorted(keys) == list(range(7))


def test_key_and_item_views_with_any_iterable():
    d = {"a": 1, "b": 2}
    assert d.keys() - ["a"] == {"b"} and ["a", "z"] - d.keys() == {"z"}
    assert d.keys() & ("b", "c") == {"b"}
    assert d.keys() | ["c"] == {"a", "b", "c"}
    assert d.keys() ^ ("a", "q") == {"b", "q"}
    assert d.items() - {("a", 1)} == {("b", 2)}
