"""re.Pattern and its scanner: searching a string with rsre, one match or
all of them (findall, finditer, sub, split)."""

import sys
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rsre import rsre_core
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args, check_keywords, self_of
from pypy.module.imp import find_module
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.strobject import W_StrObject
from pypy.module._sre.match import W_Match
from pypy.module._sre.subject import (KIND_STR, check_subject,
    buffer_subject, subject_length, make_context, slice_w, empty_w, join_w)

# re.RegexFlag's values and names, in the order of Pattern.__repr__
FLAG_NAMES = [(1, 're.TEMPLATE'), (2, 're.IGNORECASE'), (4, 're.LOCALE'),
              (8, 're.MULTILINE'), (16, 're.DOTALL'), (32, 're.UNICODE'),
              (64, 're.VERBOSE'), (128, 're.DEBUG'), (256, 're.ASCII')]
FLAG_LOCALE = 4
FLAG_UNICODE = 32
FLAG_ASCII = 256

MODE_MATCH = 0
MODE_FULLMATCH = 1
MODE_SEARCH = 2


class W_Pattern(W_Root):
    _immutable_fields_ = ['code[*]', 'flags', 'groups', 'w_source',
                          'w_groupindex', 'indexgroup_w[*]', 'kind']

    def __init__(self, code, flags, groups, w_source, w_groupindex,
                 indexgroup_w, kind):
        self.code = code                    # rsre's numbering
        self.flags = flags
        self.groups = groups
        self.w_source = w_source            # the str or bytes, or None
        self.w_groupindex = w_groupindex    # {name: group number}
        self.indexgroup_w = indexgroup_w    # group number -> name or None
        self.kind = kind                    # subject.KIND_*

    def getclass(self, space):
        return space.w_sre_pattern

    def source(self, space):
        if self.w_source is None:
            return space.w_None
        return self.w_source

    # two patterns compiled alike are equal, as CPython's (same flags,
    # kind, code and source); only == and != are defined
    def compare(self, space, opnum, w_other):
        if (opnum != op.CMP_EQ and opnum != op.CMP_NE) or \
                not isinstance(w_other, W_Pattern):
            return None
        same = self is w_other or (
            self.flags == w_other.flags and self.kind == w_other.kind and
            self.code == w_other.code and
            space.eq_w(self.source(space), w_other.source(space)))
        return space.newbool(same == (opnum == op.CMP_EQ))

    def hash(self, space):
        h = space.hash_w(self.source(space)) ^ self.flags
        for c in self.code:
            h = intmask(h * 1000003) ^ c
        if h == -1:
            h = -2
        return h

    def repr(self, space):
        flags = self.flags
        if self.kind == KIND_STR and (flags & (FLAG_LOCALE | FLAG_UNICODE |
                                               FLAG_ASCII)) == FLAG_UNICODE:
            flags &= ~FLAG_UNICODE
        names = []
        for value, name in FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append('0x%x' % flags)
        w_source = self.w_source
        if w_source is None:
            w_source = space.w_None
        text = u're.compile(' + space.repr_u(w_source)[:200]
        if names:
            text += u', ' + '|'.join(names).decode('latin-1')
        return space.newtext(text + u')')

    def first_nonempty_match(self, ctx, start):
        """Matches at `start` as CPython does after an empty match ended
        there: the first of the matches by backtracking order that is not
        empty."""
        result = rsre_core.sre_match(ctx, 0, start, None)
        while result is not None and ctx.match_end == start:
            result = result.move_to_next_result(ctx)
        if result is None:
            return False
        ctx.match_start = start
        return True

    def run(self, w_string, start, end, mode, must_advance):
        """The rsre context of the first match in w_string[start:end], or
        None.  must_advance: the previous match was empty and ended at
        start, so an empty match there is not another one."""
        if start > end:
            return None
        ctx = make_context(self.code, w_string, start, end, self.flags)
        if mode == MODE_FULLMATCH:
            ctx.fullmatch_only = True
        if must_advance:
            if self.first_nonempty_match(ctx, start):
                return ctx
            if mode != MODE_SEARCH or start >= end:
                return None
            ctx = make_context(self.code, w_string, start + 1, end,
                               self.flags)
            if rsre_core.search_context(ctx):
                return ctx
            return None
        if mode == MODE_SEARCH:
            found = rsre_core.search_context(ctx)
        else:
            found = rsre_core.match_context(ctx)
        if found:
            return ctx
        return None


def clip(index, length):
    if index < 0:
        return 0
    if index > length:
        return length
    return index


def parse_args(space, args, fname, names, nrequired):
    """The pattern receiving the call, and the values of the parameters
    `names` (None where not given), as CPython's argument clinic."""
    check_keywords(space, args, fname, names)
    args_w = args.arguments_w
    if not args_w or not isinstance(args_w[0], W_Pattern):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a "
                          "'re.Pattern' object" % fname)
    w_self = args_w[0]
    npos = len(args_w) - 1
    if npos > len(names):
        raise space.error(space.w_TypeError, "%s() takes at most %d "
                          "arguments (%d given)" % (fname, len(names),
                                                    npos))
    values_w = [None] * len(names)
    for i in range(npos):
        values_w[i] = args_w[i + 1]
    for k in range(len(args.keyword_names)):
        for i in range(len(names)):
            if names[i] == args.keyword_names[k]:
                if values_w[i] is not None:
                    raise space.error(space.w_TypeError, "argument for %s() "
                                      "given by name ('%s') and position "
                                      "(%d)" % (fname, names[i], i + 1))
                values_w[i] = args.keyword_values_w[k]
    for i in range(nrequired):
        if values_w[i] is None:
            raise space.error(space.w_TypeError, "%s() missing required "
                              "argument '%s' (pos %d)" % (fname, names[i],
                                                          i + 1))
    return w_self, values_w


def int_arg(space, w_value, default):
    if w_value is None:
        return default
    return space.getindex_w(w_value)


class Span(object):
    """The string and the clipped bounds a method searches."""

    def __init__(self, space, w_pattern, w_string, w_pos, w_endpos):
        self.w_original = w_string      # Match.string
        w_bytes = buffer_subject(space, w_string)
        if w_bytes is not None:
            w_string = w_bytes
        check_subject(space, w_pattern.kind, w_string)
        length = subject_length(w_string)
        self.w_string = w_string
        self.pos = clip(int_arg(space, w_pos, 0), length)
        self.endpos = clip(int_arg(space, w_endpos, sys.maxint), length)


def string_span(space, args, fname):
    w_self, values_w = parse_args(space, args, fname,
                                  ['string', 'pos', 'endpos'], 1)
    assert isinstance(w_self, W_Pattern)
    return w_self, Span(space, w_self, values_w[0], values_w[1], values_w[2])


def new_match(w_pattern, span, ctx):
    if ctx is None:
        return None
    return W_Match(w_pattern, span.w_string, ctx, span.pos, span.endpos,
                   span.w_original)


def match_or_none(space, w_match):
    if w_match is None:
        return space.w_None
    return w_match


def one_match(space, args, fname, mode):
    w_self, span = string_span(space, args, fname)
    ctx = w_self.run(span.w_string, span.pos, span.endpos, mode, False)
    return match_or_none(space, new_match(w_self, span, ctx))


def pattern_match(space, args):
    return one_match(space, args, 'match', MODE_MATCH)


def pattern_fullmatch(space, args):
    return one_match(space, args, 'fullmatch', MODE_FULLMATCH)


def pattern_search(space, args):
    return one_match(space, args, 'search', MODE_SEARCH)


def pattern_findall(space, args):
    w_self, span = string_span(space, args, 'findall')
    items_w = []
    pos = span.pos
    must_advance = False
    while pos <= span.endpos:
        ctx = w_self.run(span.w_string, pos, span.endpos, MODE_SEARCH,
                         must_advance)
        if ctx is None:
            break
        w_match = new_match(w_self, span, ctx)
        w_empty = empty_w(space, span.w_string)
        if w_self.groups == 0:
            items_w.append(w_match.group_w(space, 0, w_empty))
        elif w_self.groups == 1:
            items_w.append(w_match.group_w(space, 1, w_empty))
        else:
            items_w.append(space.newtuple([
                w_match.group_w(space, i, w_empty)
                for i in range(1, w_self.groups + 1)]))
        must_advance = ctx.match_end == ctx.match_start
        pos = ctx.match_end
    return space.newlist(items_w)


class W_Scanner(W_Root):
    """Successive matches in a string, each starting where the previous
    one ended (Pattern.scanner, and finditer's iterator)."""

    def __init__(self, w_pattern, span):
        self.w_pattern = w_pattern
        self.span = span
        self.pos = span.pos
        self.must_advance = False
        self.done = False

    def getclass(self, space):
        return space.w_sre_scanner

    def next_match(self, mode):
        if self.done:
            return None
        span = self.span
        ctx = self.w_pattern.run(span.w_string, self.pos, span.endpos, mode,
                                 self.must_advance)
        if ctx is None:
            self.done = True
            return None
        self.must_advance = ctx.match_end == ctx.match_start
        self.pos = ctx.match_end
        return new_match(self.w_pattern, span, ctx)


class W_MatchIterator(W_Iterator):
    """finditer's iterator: the scanner's searches until one fails."""

    def __init__(self, w_scanner):
        self.w_scanner = w_scanner

    def getclass(self, space):
        return space.w_sre_match_iterator

    def next(self, space):
        return self.w_scanner.next_match(MODE_SEARCH)


def pattern_scanner(space, args):
    w_self, span = string_span(space, args, 'scanner')
    return W_Scanner(w_self, span)


def pattern_finditer(space, args):
    w_self, span = string_span(space, args, 'finditer')
    return W_MatchIterator(W_Scanner(w_self, span))


def pattern_split(space, args):
    w_self, values_w = parse_args(space, args, 'split',
                                  ['string', 'maxsplit'], 1)
    assert isinstance(w_self, W_Pattern)
    span = Span(space, w_self, values_w[0], None, None)
    maxsplit = int_arg(space, values_w[1], 0)
    w_string = span.w_string
    items_w = []
    last = 0
    n = 0
    must_advance = False
    while maxsplit == 0 or n < maxsplit:
        ctx = w_self.run(w_string, last, span.endpos, MODE_SEARCH,
                         must_advance)
        if ctx is None:
            break
        items_w.append(slice_w(space, w_string, last, ctx.match_start))
        w_match = new_match(w_self, span, ctx)
        for i in range(1, w_self.groups + 1):
            items_w.append(w_match.group_w(space, i, space.w_None))
        n += 1
        must_advance = ctx.match_end == ctx.match_start
        last = ctx.match_end
    items_w.append(slice_w(space, w_string, last, span.endpos))
    return space.newlist(items_w)


def has_backslash(w_text):
    if isinstance(w_text, W_StrObject):
        return u'\\' in w_text.value
    if isinstance(w_text, W_BytesObject):
        return '\\' in w_text.value
    return True         # not text: re._subx raises the error


def subx(space, args, fname):
    """(the new string, the number of substitutions)."""
    w_self, values_w = parse_args(space, args, fname,
                                  ['repl', 'string', 'count'], 2)
    assert isinstance(w_self, W_Pattern)
    w_repl = values_w[0]
    span = Span(space, w_self, values_w[1], None, None)
    count = int_arg(space, values_w[2], 0)
    w_filter = None
    w_literal = w_repl
    w_repl_bytes = buffer_subject(space, w_repl)
    if w_repl.is_callable(space):
        w_filter = w_repl
    elif w_repl_bytes is not None and not has_backslash(w_repl_bytes):
        w_literal = w_repl_bytes    # a bytearray or memoryview literal
    elif has_backslash(w_repl):
        # group references: parsed by re itself, as CPython does
        w_re = find_module(space, 're')
        w_literal = space.call_function(space.getattr(w_re, '_subx'),
                                        w_self, w_repl)
        if w_literal.is_callable(space):
            w_filter = w_literal
    w_string = span.w_string
    pieces_w = []
    i = 0
    n = 0
    must_advance = False
    while count == 0 or n < count:
        ctx = w_self.run(w_string, i, span.endpos, MODE_SEARCH, must_advance)
        if ctx is None:
            break
        if i < ctx.match_start:
            pieces_w.append(slice_w(space, w_string, i, ctx.match_start))
        if w_filter is not None:
            w_item = space.call_function(w_filter,
                                         new_match(w_self, span, ctx))
            if not space.is_none(w_item):
                pieces_w.append(w_item)
        else:
            pieces_w.append(w_literal)
        n += 1
        must_advance = ctx.match_end == ctx.match_start
        i = ctx.match_end
    if i < span.endpos:
        pieces_w.append(slice_w(space, w_string, i, span.endpos))
    return join_w(space, w_string, pieces_w), n


def pattern_sub(space, args):
    w_result, _ = subx(space, args, 'sub')
    return w_result


def pattern_subn(space, args):
    w_result, n = subx(space, args, 'subn')
    return space.newtuple([w_result, space.newint(n)])


def pattern_copy(space, args):
    w_self, _ = parse_args(space, args, '__copy__', [], 0)
    return w_self


def pattern_deepcopy(space, args):
    w_self, _ = parse_args(space, args, '__deepcopy__', ['memo'], 1)
    return w_self


PATTERN_METHODS = {
    'match': pattern_match, 'fullmatch': pattern_fullmatch,
    'search': pattern_search, 'findall': pattern_findall,
    'finditer': pattern_finditer, 'scanner': pattern_scanner,
    'split': pattern_split, 'sub': pattern_sub, 'subn': pattern_subn,
    '__copy__': pattern_copy, '__deepcopy__': pattern_deepcopy,
}


def as_pattern(w_self):
    assert isinstance(w_self, W_Pattern)
    return w_self


def pattern_get_pattern(space, w_self):
    w_source = as_pattern(w_self).w_source
    if w_source is None:
        return space.w_None
    return w_source


def pattern_get_flags(space, w_self):
    return space.newint(as_pattern(w_self).flags)


def pattern_get_groups(space, w_self):
    return space.newint(as_pattern(w_self).groups)


def pattern_get_groupindex(space, w_self):
    # read-only: the pattern's own dict stays as compiled
    from pypy.objspace.attrs import mappingproxy_of
    return mappingproxy_of(space, as_pattern(w_self).w_groupindex)


PATTERN_GETSET = {
    'pattern': pattern_get_pattern, 'flags': pattern_get_flags,
    'groups': pattern_get_groups, 'groupindex': pattern_get_groupindex,
}


def self_scanner(space, args, fname):
    check_args(space, args, fname, 1, 1)
    return self_of(space, args, fname, W_Scanner, "'_sre.SRE_Scanner' object")


def scanner_match(space, args):
    w_match = self_scanner(space, args, 'match').next_match(MODE_MATCH)
    return match_or_none(space, w_match)


def scanner_search(space, args):
    w_match = self_scanner(space, args, 'search').next_match(MODE_SEARCH)
    return match_or_none(space, w_match)


def scanner_get_pattern(space, w_self):
    assert isinstance(w_self, W_Scanner)
    return w_self.w_pattern


SCANNER_METHODS = {'match': scanner_match, 'search': scanner_search}
SCANNER_GETSET = {'pattern': scanner_get_pattern}
