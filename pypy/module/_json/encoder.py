"""_json.make_encoder: CPython's C encoder of json.dumps without indent
(json.encoder uses it for the one-shot encoding of JSONEncoder.encode),
which writes a whole document into one string builder instead of
yielding its chunks from nested generators."""

from rpython.rlib import rfloat
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rstring import UnicodeBuilder
from pypy.interpreter.arguments import check_args, check_keywords, \
    keyword_value
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.dictobject import W_DictObject
from pypy.module._json.strings import append_literal

ARGUMENT_NAMES = ['markers', 'default', 'encoder', 'indent', 'key_separator',
                  'item_separator', 'sort_keys', 'skipkeys', 'allow_nan']
# how the encoder function given escapes strings, when it is one of ours
CALL_ENCODER, ASCII_ONLY, NON_ASCII = range(3)


class W_Encoder(W_Root):
    """encoder(obj, current_indent_level) -> [the JSON text of obj]"""
    _attrs_ = ['check_circular', 'w_default', 'w_encoder', 'fast_encode',
               'key_separator', 'item_separator', 'sort_keys', 'skipkeys',
               'allow_nan', 'containers_w']

    def __init__(self, check_circular, w_default, w_encoder, fast_encode,
                 key_separator, item_separator, sort_keys, skipkeys,
                 allow_nan):
        self.check_circular = check_circular
        self.w_default = w_default
        self.w_encoder = w_encoder
        self.fast_encode = fast_encode
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        # the lists, dicts and objects given to default() being encoded,
        # outermost first (CPython's markers dict, by identity)
        self.containers_w = []

    def getclass(self, space):
        return space.w_json_Encoder

    def call(self, space, args):
        check_args(space, args, '_iterencode', 2, 2)
        space.getindex_w(args.arguments_w[1])   # (no indent: unused)
        builder = UnicodeBuilder()
        self.containers_w = []
        self.encode(space, builder, args.arguments_w[0])
        return space.newlist([space.newtext(builder.build())])

    def encode(self, space, builder, w_obj):
        if space.is_w(w_obj, space.w_None):
            builder.append(u'null')
        elif space.is_w(w_obj, space.w_True):
            builder.append(u'true')
        elif space.is_w(w_obj, space.w_False):
            builder.append(u'false')
        elif isinstance(w_obj, W_StrObject):
            self.encode_text(space, builder, w_obj.value, w_obj)
        elif isinstance(w_obj, W_IntObject) or \
                isinstance(w_obj, W_LongObject):
            builder.append(int_text(space, w_obj))
        elif isinstance(w_obj, W_FloatObject):
            builder.append(self.float_text(space, w_obj))
        elif isinstance(w_obj, W_ListObject) or \
                isinstance(w_obj, W_TupleObject):
            self.encode_list(space, builder, w_obj)
        elif isinstance(w_obj, W_DictObject):
            self.encode_dict(space, builder, w_obj)
        else:
            self.enter(space, w_obj)
            w_new = space.call_function(self.w_default, w_obj)
            self.encode(space, builder, w_new)
            self.leave()

    def enter(self, space, w_obj):
        """Marks w_obj as being encoded; a reference back to it is an
        error (with check_circular), and so is nesting too deep."""
        if self.check_circular:
            for w_outer in self.containers_w:
                if w_outer is w_obj:
                    raise space.error(space.w_ValueError,
                                      "Circular reference detected")
        ec = space.ec
        if ec.depth + len(self.containers_w) >= ec.recursion_limit:
            raise space.error(space.w_RecursionError,
                              "maximum recursion depth exceeded while "
                              "encoding a JSON object")
        self.containers_w.append(w_obj)

    def leave(self):
        self.containers_w.pop()

    def encode_text(self, space, builder, text, w_str):
        """Appends the JSON literal of a str (w_str, or None when only its
        text exists, as for keys) made by the encoder function."""
        if self.fast_encode != CALL_ENCODER:
            append_literal(builder, text, self.fast_encode == ASCII_ONLY)
            return
        if w_str is None:
            w_str = space.newtext(text)
        w_encoded = space.call_function(self.w_encoder, w_str)
        if not isinstance(w_encoded, W_StrObject):
            raise space.error(space.w_TypeError,
                              "encoder() must return a string, not %s" %
                              space.type_name(space.type(w_encoded)))
        builder.append(w_encoded.value)

    def float_text(self, space, w_float):
        assert isinstance(w_float, W_FloatObject)
        value = w_float.floatval
        if rfloat.isfinite(value):
            return space.text_w(W_FloatObject.repr(w_float, space))
        if not self.allow_nan:
            raise space.error(space.w_ValueError,
                              "Out of range float values are not JSON "
                              "compliant")
        if value > 0:
            return u'Infinity'
        if value < 0:
            return u'-Infinity'
        return u'NaN'

    def encode_list(self, space, builder, w_seq):
        if isinstance(w_seq, W_ListObject):
            self.encode_items(space, builder, w_seq, w_seq.items_w)
        else:
            assert isinstance(w_seq, W_TupleObject)
            self.encode_items(space, builder, w_seq, w_seq.items_w)

    @specialize.call_location()     # (a list's items_w grows, a tuple's not)
    def encode_items(self, space, builder, w_seq, items_w):
        if len(items_w) == 0:
            builder.append(u'[]')
            return
        self.enter(space, w_seq)
        builder.append(u'[')
        i = 0
        while i < len(items_w):     # (default() may shrink the list)
            if i > 0:
                builder.append(self.item_separator)
            self.encode(space, builder, items_w[i])
            i += 1
        builder.append(u']')
        self.leave()

    def encode_dict(self, space, builder, w_dict):
        assert isinstance(w_dict, W_DictObject)
        if len(w_dict.data) == 0:
            builder.append(u'{}')
            return
        self.enter(space, w_dict)
        builder.append(u'{')
        if self.sort_keys or type(w_dict) is not W_DictObject:
            # (a subclass's own items(); sorted as CPython sorts them:
            # the (key, value) pairs)
            w_items = space.call_function(space.w_list,
                                          space.call_method(w_dict, 'items'))
            if self.sort_keys:
                space.call_method(w_items, 'sort')
            items = []
            for w_item in space.unpackiterable(w_items):
                pair_w = space.unpackiterable(w_item)
                items.append((pair_w[0], pair_w[1]))
        else:     # (a copy: default() may change the dict)
            items = []
            for w_key, w_value in w_dict.data.iteritems():
                items.append((w_key, w_value))
        first = True
        for w_key, w_value in items:
            key = self.key_text(space, w_key)
            if key is None:     # skipkeys
                continue
            if not first:
                builder.append(self.item_separator)
            first = False
            self.encode_text(space, builder, key, None)
            builder.append(self.key_separator)
            self.encode(space, builder, w_value)
        builder.append(u'}')
        self.leave()

    def key_text(self, space, w_key):
        """The text of a key, or None for a key skipkeys drops."""
        if isinstance(w_key, W_StrObject):
            return w_key.value
        if isinstance(w_key, W_FloatObject):
            return self.float_text(space, w_key)
        if space.is_w(w_key, space.w_True):
            return u'true'
        if space.is_w(w_key, space.w_False):
            return u'false'
        if space.is_w(w_key, space.w_None):
            return u'null'
        if isinstance(w_key, W_IntObject) or isinstance(w_key, W_LongObject):
            return int_text(space, w_key)
        if self.skipkeys:
            return None
        raise space.error(space.w_TypeError,
                          "keys must be str, int, float, bool or None, "
                          "not %s" % space.type_name(space.type(w_key)))


def int_text(space, w_int):
    """int.__repr__'s text, also for subclasses (an IntEnum member is its
    number)."""
    if isinstance(w_int, W_IntObject):
        return space.text_w(W_IntObject.repr(w_int, space))
    assert isinstance(w_int, W_LongObject)
    return space.text_w(W_LongObject.repr(w_int, space))
