"""The run-time checks of the match statement's patterns (the opcodes
MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and
COPY_DICT_WITHOUT_KEYS).  The loops live here, in functions that are not
given the frame, so that a compiled trace calls them without forcing the
frame out of registers."""

from pypy.interpreter.error import OperationError
from pypy.objspace.dictobject import W_DictObject, dict_update_from
from pypy.objspace.typeobject import W_TypeObject
from pypy.module.builtins.moduledef import class_check


def abc_instance(space, w_obj, abc_name):
    """isinstance(w_obj, collections.abc.<abc_name>).  Before
    _collections_abc is imported no class can derive from or register
    with its ABCs, so it is not imported here."""
    w_module = space.w_modules.getitem_str(space, '_collections_abc')
    if w_module is None:
        return False
    w_abc = space.findattr(w_module, abc_name)
    if w_abc is None:
        return False
    return class_check(space, w_obj, w_abc, '__instancecheck__', True)


def is_match_sequence(space, w_obj):
    """CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview and
    classes deriving from or registered with collections.abc.Sequence,
    but never str, bytes or bytearray."""
    if (space.isinstance_w(w_obj, space.w_list) or
            space.isinstance_w(w_obj, space.w_tuple) or
            space.isinstance_w(w_obj, space.w_range) or
            space.isinstance_w(w_obj, space.w_memoryview)):
        return True
    if (space.isinstance_w(w_obj, space.w_str) or
            space.isinstance_w(w_obj, space.w_bytes) or
            space.isinstance_w(w_obj, space.w_bytearray) or
            space.isinstance_w(w_obj, space.w_dict)):
        return False
    return abc_instance(space, w_obj, 'Sequence')


def is_match_mapping(space, w_obj):
    """CPython's Py_TPFLAGS_MAPPING: dict and classes deriving from or
    registered with collections.abc.Mapping."""
    if space.isinstance_w(w_obj, space.w_dict):
        return True
    if (space.isinstance_w(w_obj, space.w_list) or
            space.isinstance_w(w_obj, space.w_tuple) or
            space.isinstance_w(w_obj, space.w_str)):
        return False
    return abc_instance(space, w_obj, 'Mapping')


def match_keys(space, w_subject, w_keys):
    """The tuple of w_subject's values for the keys, or None when one is
    missing (looked up with w_subject.get, as CPython)."""
    keys_w = space.unpackiterable(w_keys)
    if not keys_w:
        return space.newtuple([])
    w_get = space.getattr(w_subject, 'get')
    w_missing = space.newlist([])      # a fresh object: no value is it
    seen_w = []
    values_w = []
    for w_key in keys_w:
        for w_seen in seen_w:
            if space.eq_w(w_seen, w_key):
                raise space.error(space.w_ValueError,
                                  'mapping pattern checks duplicate key (%s)'
                                  % space.repr_utf8(w_key))
        seen_w.append(w_key)
        w_value = space.call_function(w_get, w_key, w_missing)
        if w_value is w_missing:
            return None
        values_w.append(w_value)
    return space.newtuple(values_w)


def copy_dict_without_keys(space, w_subject, w_keys):
    """dict(w_subject) without the (matched) keys: a mapping pattern's
    **rest."""
    w_rest = space.newdict()
    assert isinstance(w_rest, W_DictObject)
    if isinstance(w_subject, W_DictObject):
        dict_update_from(space, w_rest, w_subject)
    else:
        w_subject_keys = space.call_method(w_subject, 'keys')
        for w_key in space.unpackiterable(w_subject_keys):
            space.setitem(w_rest, w_key, space.getitem(w_subject, w_key))
    for w_key in space.unpackiterable(w_keys):
        space.delitem(w_rest, w_key)
    return w_rest


def matches_self(space, w_type):
    """The built-in types whose one positional sub-pattern matches the
    subject itself (CPython's _Py_TPFLAGS_MATCH_SELF), and their
    subclasses."""
    for w_base in [space.w_bool, space.w_bytearray, space.w_bytes,
                   space.w_dict, space.w_float, space.w_frozenset,
                   space.w_int, space.w_list, space.w_set, space.w_str,
                   space.w_tuple]:
        if w_type.issubtype(w_base):
            return True
    return False


def match_class(space, w_subject, w_cls, npos, w_names):
    """The tuple of the attributes a class pattern matches (npos positional
    ones named by __match_args__, then the keyword ones named by w_names),
    or None when w_subject is no instance of w_cls or lacks one."""
    if not isinstance(w_cls, W_TypeObject):
        raise space.error(space.w_TypeError,
                          'called match pattern must be a type')
    if not class_check(space, w_subject, w_cls, '__instancecheck__', True):
        return None
    name = w_cls.name
    seen = []
    attrs_w = []
    if npos > 0:
        w_match_args = space.findattr(w_cls, '__match_args__')
        match_self = False
        if w_match_args is None:
            match_self = matches_self(space, w_cls)
            args_w = []
        elif not space.isinstance_w(w_match_args, space.w_tuple):
            raise space.error(space.w_TypeError,
                              '%s.__match_args__ must be a tuple (got %s)' %
                              (name, space.type_name(
                                  space.type(w_match_args))))
        else:
            args_w = space.unpackiterable(w_match_args)
        allowed = len(args_w)
        if match_self:
            allowed = 1
        if npos > allowed:
            plural = 's'
            if allowed == 1:
                plural = ''
            raise space.error(space.w_TypeError,
                              '%s() accepts %d positional sub-pattern%s '
                              '(%d given)' % (name, allowed, plural, npos))
        if match_self:
            attrs_w.append(w_subject)
        else:
            for i in range(npos):
                w_attr_name = args_w[i]
                if not space.isinstance_w(w_attr_name, space.w_str):
                    raise space.error(
                        space.w_TypeError,
                        '__match_args__ elements must be strings (got %s)'
                        % space.type_name(space.type(w_attr_name)))
                w_attr = match_attribute(space, w_subject, name,
                                         space.text_utf8(w_attr_name), seen)
                if w_attr is None:
                    return None
                attrs_w.append(w_attr)
    for w_attr_name in space.unpackiterable(w_names):
        w_attr = match_attribute(space, w_subject, name,
                                 space.text_utf8(w_attr_name), seen)
        if w_attr is None:
            return None
        attrs_w.append(w_attr)
    return space.newtuple(attrs_w)


def match_attribute(space, w_subject, cls_name, attr, seen):
    """getattr(w_subject, attr), or None when it has no such attribute."""
    if attr in seen:
        raise space.error(space.w_TypeError,
                          "%s() got multiple sub-patterns for attribute '%s'"
                          % (cls_name, attr))
    seen.append(attr)
    try:
        return space.findattr(w_subject, attr)
    except OperationError as e:
        if e.match(space, space.w_AttributeError):
            return None
        raise
