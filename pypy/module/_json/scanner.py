"""_json.make_scanner: CPython's C scanner of JSON documents (json.decoder
uses it as JSONDecoder.scan_once): scan(string, idx) -> (value, end) reads
the JSON value at idx, and raises StopIteration(idx) where none starts
(JSONDecoder turns it into "Expecting value").  The context's hooks and
parse functions are called as CPython's scanner calls them; ints and
floats made by int() and float() themselves are read here."""

from rpython.rlib.rfloat import string_to_float
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.objspace.strobject import W_StrObject
from pypy.module._json.strings import scan, decode_error

# an int of at most this many digits is read without int()
SHORT_INT_DIGITS = 18


def is_whitespace(ch):
    return ch == u' ' or ch == u'\t' or ch == u'\n' or ch == u'\r'


def is_digit(ch):
    return u'0' <= ch <= u'9'


class W_Scanner(W_Root):
    """scanner(string, idx) -> (value, end)"""
    _attrs_ = ['strict', 'w_object_hook', 'w_object_pairs_hook',
               'w_parse_float', 'w_parse_int', 'w_parse_constant', 'memo',
               'depth']

    def __init__(self, space, w_context):
        self.strict = space.is_true(space.getattr(w_context, 'strict'))
        self.w_object_hook = space.getattr(w_context, 'object_hook')
        self.w_object_pairs_hook = space.getattr(w_context,
                                                 'object_pairs_hook')
        self.w_parse_float = space.getattr(w_context, 'parse_float')
        self.w_parse_int = space.getattr(w_context, 'parse_int')
        self.w_parse_constant = space.getattr(w_context, 'parse_constant')
        # the keys read in one call, each kept once (CPython's memo)
        self.memo = {}
        self.depth = 0

    def getclass(self, space):
        return space.w_json_Scanner

    def call(self, space, args):
        check_args(space, args, 'scan_once', 2, 2)
        w_string = args.arguments_w[0]
        if not isinstance(w_string, W_StrObject):
            raise space.error(space.w_TypeError,
                              "first argument must be a string, not %s" %
                              space.type_name(space.type(w_string)))
        idx = space.getindex_w(args.arguments_w[1])
        self.depth = 0
        try:
            w_value, end = self.scan_once(space, w_string, w_string.value,
                                          idx)
        finally:
            self.memo.clear()
        return space.newtuple([w_value, space.newint(end)])

    def scan_once(self, space, w_string, s, idx):
        """(the value at s[idx], the index after it)"""
        if idx < 0:
            raise space.error(space.w_ValueError, "idx cannot be negative")
        n = len(s)
        if idx >= n:
            raise stop_iteration(space, idx)
        ch = s[idx]
        if ch == u'"':
            value, end = scan(space, w_string, s, idx + 1, self.strict)
            return space.newtext(value), end
        if ch == u'{':
            self.enter(space, 'object')
            result = self.scan_object(space, w_string, s, idx + 1)
            self.depth -= 1
            return result
        if ch == u'[':
            self.enter(space, 'array')
            result = self.scan_array(space, w_string, s, idx + 1)
            self.depth -= 1
            return result
        if ch == u'n' and word_at(s, idx, u'null'):
            return space.w_None, idx + 4
        if ch == u't' and word_at(s, idx, u'true'):
            return space.w_True, idx + 4
        if ch == u'f' and word_at(s, idx, u'false'):
            return space.w_False, idx + 5
        for name in [u'NaN', u'Infinity', u'-Infinity']:
            if ch == name[0] and word_at(s, idx, name):
                return (space.call_function(self.w_parse_constant,
                                            space.newtext(name)),
                        idx + len(name))
        return self.scan_number(space, s, idx)

    def enter(self, space, what):
        ec = space.ec
        if ec.depth + self.depth >= ec.recursion_limit:
            raise space.error(space.w_RecursionError,
                              "maximum recursion depth exceeded while "
                              "decoding a JSON %s from a unicode string" %
                              what)
        self.depth += 1

    def scan_object(self, space, w_string, s, idx):
        n = len(s)
        pairs_w = []
        idx = skip_whitespace(s, idx)
        if idx >= n or s[idx] != u'}':
            while True:
                if idx >= n or s[idx] != u'"':
                    raise decode_error(
                        space, "Expecting property name enclosed in double "
                        "quotes", w_string, idx)
                key, idx = scan(space, w_string, s, idx + 1, self.strict)
                w_key = self.memo.get(key, None)
                if w_key is None:
                    w_key = space.newtext(key)
                    self.memo[key] = w_key
                idx = skip_whitespace(s, idx)
                if idx >= n or s[idx] != u':':
                    raise decode_error(space, "Expecting ':' delimiter",
                                       w_string, idx)
                idx = skip_whitespace(s, idx + 1)
                w_value, idx = self.scan_once(space, w_string, s, idx)
                pairs_w.append(w_key)
                pairs_w.append(w_value)
                idx = skip_whitespace(s, idx)
                if idx < n and s[idx] == u'}':
                    break
                if idx >= n or s[idx] != u',':
                    raise decode_error(space, "Expecting ',' delimiter",
                                       w_string, idx)
                idx = skip_whitespace(s, idx + 1)
        end = idx + 1
        if not space.is_none(self.w_object_pairs_hook):
            items_w = [space.newtuple([pairs_w[i], pairs_w[i + 1]])
                       for i in range(0, len(pairs_w), 2)]
            return (space.call_function(self.w_object_pairs_hook,
                                        space.newlist(items_w)), end)
        w_dict = space.newdict()
        for i in range(0, len(pairs_w), 2):
            space.setitem(w_dict, pairs_w[i], pairs_w[i + 1])
        if not space.is_none(self.w_object_hook):
            return space.call_function(self.w_object_hook, w_dict), end
        return w_dict, end

    def scan_array(self, space, w_string, s, idx):
        n = len(s)
        items_w = []
        idx = skip_whitespace(s, idx)
        if idx >= n or s[idx] != u']':
            while True:
                w_item, idx = self.scan_once(space, w_string, s, idx)
                items_w.append(w_item)
                idx = skip_whitespace(s, idx)
                if idx < n and s[idx] == u']':
                    break
                if idx >= n or s[idx] != u',':
                    raise decode_error(space, "Expecting ',' delimiter",
                                       w_string, idx)
                idx = skip_whitespace(s, idx + 1)
        return space.newlist(items_w), idx + 1

    def scan_number(self, space, s, start):
        """The number at s[start], with CPython's scanner's grammar."""
        n = len(s)
        idx = start
        if s[idx] == u'-':
            idx += 1
            if idx >= n:
                raise stop_iteration(space, start)
        if u'1' <= s[idx] <= u'9':
            idx += 1
            while idx < n and is_digit(s[idx]):
                idx += 1
        elif s[idx] == u'0':
            idx += 1
        else:
            raise stop_iteration(space, start)
        is_float = False
        if idx < n - 1 and s[idx] == u'.' and is_digit(s[idx + 1]):
            is_float = True
            idx += 2
            while idx < n and is_digit(s[idx]):
                idx += 1
        if idx < n - 1 and (s[idx] == u'e' or s[idx] == u'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == u'-' or s[idx] == u'+'):
                idx += 1
            while idx < n and is_digit(s[idx]):
                idx += 1
            if is_digit(s[idx - 1]):
                is_float = True
            else:
                idx = e_start
        assert start >= 0
        text = s[start:idx]
        if is_float:
            if space.is_w(self.w_parse_float, space.w_float):
                return space.newfloat(string_to_float(ascii_bytes(text))), idx
            return space.call_function(self.w_parse_float,
                                       space.newtext(text)), idx
        if space.is_w(self.w_parse_int, space.w_int):
            if idx - start <= SHORT_INT_DIGITS:
                return space.newint(short_int(s, start, idx)), idx
            return space.call_function(space.w_int, space.newtext(text)), idx
        return space.call_function(self.w_parse_int,
                                   space.newtext(text)), idx


def short_int(s, start, end):
    """The value of the digits s[start:end], after an optional '-'."""
    negative = s[start] == u'-'
    if negative:
        start += 1
    value = 0
    for i in range(start, end):
        value = value * 10 + (ord(s[i]) - ord('0'))
    return -value if negative else value


def word_at(s, idx, word):
    if idx + len(word) > len(s):
        return False
    for i in range(len(word)):
        if s[idx + i] != word[i]:
            return False
    return True


def ascii_bytes(text):
    """The bytes of an ASCII text (a number's)."""
    return ''.join([chr(ord(ch)) for ch in text])


def skip_whitespace(s, idx):
    n = len(s)
    while idx < n and is_whitespace(s[idx]):
        idx += 1
    return idx


def stop_iteration(space, idx):
    return OperationError(space.new_exception_args(space.w_StopIteration,
                                                   [space.newint(idx)]))
