"""Version tags of types: a change to a class's dict gives it and every
subclass a new tag, since the JIT and the interpreter's method cache
keep lookups keyed by the tag of the type looked up."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import function_from_source

space = ObjSpace()


def classes():
    w_classes = function_from_source(space,
                                     "class A:\n"
                                     "    def f(self):\n"
                                     "        return 1\n"
                                     "class B(A):\n"
                                     "    pass\n"
                                     "class C(B):\n"
                                     "    pass\n"
                                     "def f():\n"
                                     "    return A, B, C\n", 'f')
    return space.unpackiterable(space.call_function(w_classes))


def test_setting_an_attribute_renews_the_subclasses_tags():
    w_a, w_b, w_c = classes()
    assert space.int_w(space.call_function(w_c.lookup('f'), w_c)) == 1
    tags = [w_a.version_tag, w_b.version_tag, w_c.version_tag]
    space.setattr(w_a, 'f', space.newint(2))
    new_tags = [w_a.version_tag, w_b.version_tag, w_c.version_tag]
    assert [old is new for old, new in zip(tags, new_tags)] == [False] * 3
    assert space.int_w(w_c.lookup('f')) == 2


def test_deleting_an_attribute_renews_the_subclasses_tags():
    w_a, w_b, w_c = classes()
    tag_b = w_b.version_tag
    assert w_c.lookup('f') is not None
    space.delattr(w_a, 'f')
    assert w_b.version_tag is not tag_b
    assert w_c.lookup('f') is None


def test_a_subclass_change_leaves_its_bases_tag():
    w_a, w_b, w_c = classes()
    tag_a = w_a.version_tag
    space.setattr(w_b, 'g', space.newint(3))
    assert w_a.version_tag is tag_a


def test_the_method_cache_keeps_lookups_per_type_and_name():
    w_a, w_b, w_c = classes()
    w_f = w_a.lookup('f')
    assert w_c.lookup('f') is w_f
    assert w_c.lookup('f') is w_f       # from the cache
    assert w_c.lookup('missing') is None
    space.setattr(w_b, 'missing', space.newint(4))
    assert space.int_w(w_c.lookup('missing')) == 4
    assert w_a.lookup('missing') is None


def test_a_metaclass_s_comparisons_compare_its_classes():
    from pypy.interpreter.test.support import app_repr
    assert app_repr(space, "class M(type):\n"
                           "    def __lt__(self, other):\n"
                           "        return self.__name__ < other.__name__\n"
                           "    def __eq__(self, other):\n"
                           "        return self.__name__[0] == "
                           "other.__name__[0]\n"
                           "    __hash__ = type.__hash__\n"
                           "class A(metaclass=M):\n"
                           "    pass\n"
                           "class A2(metaclass=M):\n"
                           "    pass\n"
                           "class B(metaclass=M):\n"
                           "    pass\n"
                           "return A < B, B < A, B > A, A == A2, A != A2, "
                           "A != B, int == int") == \
        "(True, False, True, True, False, True, True)"


def test_type_descriptors_on_a_non_type_raise_type_error():
    from pypy.interpreter.test.support import app_repr
    assert app_repr(space, """
errors = []
for name in ['__mro__', '__name__', '__bases__', '__module__']:
    try:
        type.__dict__[name].__get__(1)
    except TypeError as e:
        errors.append(str(e))
return errors
""") == ("[\"descriptor '__mro__' for 'type' objects doesn't apply to a "
         "'int' object\", \"descriptor '__name__' for 'type' objects doesn't "
         "apply to a 'int' object\", \"descriptor '__bases__' for 'type' "
         "objects doesn't apply to a 'int' object\", \"descriptor "
         "'__module__' for 'type' objects doesn't apply to a 'int' object\"]")


def test_dict_descriptors_as_inspect_getattr_static_reads_them():
    from pypy.interpreter.test.support import app_repr
    # inspect._shadowed_dict: a class whose mro holds no `__dict__` but
    # the getset descriptors of the types that own them has its
    # instances' dicts unshadowed
    assert app_repr(space, """
class A:
    x = 1
dict_attr = type.__dict__['__dict__']
shadowed = []
for entry in A.__mro__:
    class_dict = dict_attr.__get__(entry).get('__dict__')
    if class_dict is not None and not (
            type(class_dict) is type(dict_attr) and
            class_dict.__name__ == '__dict__' and
            class_dict.__objclass__ is entry):
        shadowed.append(entry)
return shadowed, dict_attr.__get__(A)['x'], dict_attr.__objclass__ is type
""") == "([], 1, True)"
