"""space.eq_w, the equality of dict and set keys: exact strs and ints by
value, everything else through the generic comparison."""

from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def test_str_and_int_by_value():
    assert space.eq_w(space.newtext(u'ab'), space.newtext(u'a' + u'b'))
    assert not space.eq_w(space.newtext(u'ab'), space.newtext(u'ba'))
    assert space.eq_w(space.newint(7), space.newint(7))
    assert not space.eq_w(space.newint(7), space.newint(8))
    assert not space.eq_w(space.newtext(u'7'), space.newint(7))


def test_other_types_compare_generically():
    assert space.eq_w(space.w_True, space.newint(1))
    assert space.eq_w(space.newint(1), space.newfloat(1.0))
    w_t1 = space.newtuple([space.newtext(u'x'), space.newint(2)])
    w_t2 = space.newtuple([space.newtext(u'x'), space.newint(2)])
    assert space.eq_w(w_t1, w_t2)
    w_nan = space.newfloat(float('nan'))
    assert space.eq_w(w_nan, w_nan)
    assert not space.eq_w(w_nan, space.newfloat(float('nan')))


def test_dict_with_tuple_keys():
    w_d = space.newdict()
    key = [space.newtext(u'a'), space.newtext(u'b')]
    space.setitem(w_d, space.newtuple(key), space.newint(1))
    w_other = space.newtuple([space.newtext(u''.join([u'a'])),
                              space.newtext(u'b')])
    assert space.int_w(space.getitem(w_d, w_other)) == 1
