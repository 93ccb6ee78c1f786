"""re.Match: the groups of one successful match, as positions in the
string searched."""

from pypy.interpreter.arguments import (Arguments, check_args, check_keywords,
    keyword_value, self_of)
from pypy.module.imp import find_module
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.root import W_Root
from pypy.objspace.strobject import W_StrObject
from pypy.module._sre.subject import slice_w


def last_closed_group(marks, ngroups):
    """Match.lastindex: the group whose end mark was set last (rsre keeps
    the marks as a linked list, newest first), or -1; the hidden groups of
    atomic groups and possessive repeats (opcodes.py), numbered after the
    pattern's own, are not counted."""
    while marks is not None:
        if marks.gid & 1 and marks.gid // 2 < ngroups:
            return marks.gid // 2 + 1
        marks = marks.prev
    return -1


def group_spans(ctx, ngroups):
    """[start0, end0, start1, end1...] of groups 0..ngroups, -1 for a group
    that did not match."""
    flat = ctx.flatten_marks()
    spans = [-1] * (2 * (ngroups + 1))
    for i in range(ngroups + 1):
        if 2 * i + 1 < len(flat):
            start = flat[2 * i]
            end = flat[2 * i + 1]
            if 0 <= start <= end:
                spans[2 * i] = start
                spans[2 * i + 1] = end
    return spans


class W_Match(W_Root):
    _immutable_fields_ = ['w_pattern', 'w_string', 'spans[*]', 'pos',
                          'endpos', 'lastindex', 'w_original']

    def __init__(self, w_pattern, w_string, ctx, pos, endpos, w_original):
        self.w_pattern = w_pattern
        self.w_string = w_string        # str or bytes: what groups slice
        self.w_original = w_original    # the subject as given (Match.string)
        self.lastindex = last_closed_group(ctx.match_marks,
                                           w_pattern.groups)
        self.spans = group_spans(ctx, w_pattern.groups)
        self.pos = pos
        self.endpos = endpos

    def getclass(self, space):
        return space.w_sre_match

    def group_index(self, space, w_group):
        """The number of the group named or numbered w_group."""
        index = -1
        if isinstance(w_group, W_IntObject):
            index = w_group.intval
        elif isinstance(w_group, W_StrObject):
            w_index = self.w_pattern.w_groupindex.data.get(w_group, None)
            if isinstance(w_index, W_IntObject):
                index = w_index.intval
        elif space.lookup(w_group, '__index__') is not None:
            w_index = space.call_special(w_group, '__index__')
            if isinstance(w_index, W_IntObject):
                index = w_index.intval      # (a bigger int: no such group)
            elif not space.isinstance_w(w_index, space.w_int):
                raise space.error(space.w_TypeError, "__index__ returned "
                                  "non-int (type %s)" % space.type_name(
                                      space.type(w_index)))
        if index < 0 or index > self.w_pattern.groups:
            raise space.error(space.w_IndexError, "no such group")
        return index

    def group_w(self, space, index, w_default):
        start = self.spans[2 * index]
        if start < 0:
            return w_default
        return slice_w(space, self.w_string, start, self.spans[2 * index + 1])

    def getitem(self, space, w_key):
        return self.group_w(space, self.group_index(space, w_key),
                            space.w_None)

    def repr(self, space):
        text = ('<re.Match object; span=(%d, %d), match=' % (
            self.spans[0], self.spans[1])).decode('latin-1')
        w_text = self.group_w(space, 0, space.w_None)
        return space.newtext(text + space.repr_u(w_text)[:50] + u'>')


def self_match(space, args, fname, nmin, nmax):
    check_args(space, args, fname, nmin, nmax)
    return self_of(space, args, fname, W_Match, "'re.Match' object")


def match_group(space, args):
    n = len(args.arguments_w)
    w_self = self_match(space, args, 'group', 1, n if n > 0 else 1)
    if n <= 2:
        index = 0
        if n == 2:
            index = w_self.group_index(space, args.arguments_w[1])
        return w_self.group_w(space, index, space.w_None)
    items_w = []
    for w_group in args.arguments_w[1:]:
        items_w.append(w_self.group_w(space, w_self.group_index(space,
                                                                 w_group),
                                      space.w_None))
    return space.newtuple(items_w)


def self_and_default(space, args, fname):
    """The receiver and the `default` argument of groups() and
    groupdict()."""
    check_keywords(space, args, fname, ['default'])
    n = len(args.arguments_w) + len(args.keyword_names)
    if n > 2:
        raise space.error(space.w_TypeError, "%s() takes at most 1 argument "
                          "(%d given)" % (fname, n - 1))
    w_self = self_match(space, Arguments(args.arguments_w), fname, 1, 2)
    w_default = keyword_value(args, 'default')
    if len(args.arguments_w) == 2:
        w_default = args.arguments_w[1]
    if w_default is None:
        w_default = space.w_None
    return w_self, w_default


def match_groups(space, args):
    w_self, w_default = self_and_default(space, args, 'groups')
    items_w = [w_self.group_w(space, i, w_default)
               for i in range(1, w_self.w_pattern.groups + 1)]
    return space.newtuple(items_w)


def match_groupdict(space, args):
    w_self, w_default = self_and_default(space, args, 'groupdict')
    w_dict = space.newdict()
    w_groupindex = w_self.w_pattern.w_groupindex
    for w_name in space.unpackiterable(w_groupindex):
        index = w_self.group_index(space, w_name)
        space.setitem(w_dict, w_name, w_self.group_w(space, index, w_default))
    return w_dict


def group_arg(space, args, fname):
    w_self = self_match(space, args, fname, 1, 2)
    index = 0
    if len(args.arguments_w) == 2:
        index = w_self.group_index(space, args.arguments_w[1])
    return w_self, index


def match_start(space, args):
    w_self, index = group_arg(space, args, 'start')
    return space.newint(w_self.spans[2 * index])


def match_end(space, args):
    w_self, index = group_arg(space, args, 'end')
    return space.newint(w_self.spans[2 * index + 1])


def match_span(space, args):
    w_self, index = group_arg(space, args, 'span')
    return space.newtuple([space.newint(w_self.spans[2 * index]),
                           space.newint(w_self.spans[2 * index + 1])])


def match_expand(space, args):
    # the template language is re's own (re/_parser.py), as in CPython
    w_self = self_match(space, args, 'expand', 2, 2)
    w_re = find_module(space, 're')
    return space.call_function(space.getattr(w_re, '_expand'),
                               w_self.w_pattern, w_self,
                               args.arguments_w[1])


def match_getitem(space, args):
    w_self = self_match(space, args, '__getitem__', 2, 2)
    return w_self.getitem(space, args.arguments_w[1])


def match_copy(space, args):
    return self_match(space, args, '__copy__', 1, 1)


def match_deepcopy(space, args):
    return self_match(space, args, '__deepcopy__', 2, 2)


MATCH_METHODS = {
    'group': match_group, 'groups': match_groups,
    'groupdict': match_groupdict, 'start': match_start, 'end': match_end,
    'span': match_span, 'expand': match_expand,
    '__getitem__': match_getitem, '__copy__': match_copy,
    '__deepcopy__': match_deepcopy,
}


def as_match(w_self):
    assert isinstance(w_self, W_Match)
    return w_self


def match_get_string(space, w_self):
    return as_match(w_self).w_original


def match_get_re(space, w_self):
    return as_match(w_self).w_pattern


def match_get_pos(space, w_self):
    return space.newint(as_match(w_self).pos)


def match_get_endpos(space, w_self):
    return space.newint(as_match(w_self).endpos)


def match_get_lastindex(space, w_self):
    lastindex = as_match(w_self).lastindex
    if lastindex < 0:
        return space.w_None
    return space.newint(lastindex)


def match_get_lastgroup(space, w_self):
    w_match = as_match(w_self)
    if w_match.lastindex < 0:
        return space.w_None
    return w_match.w_pattern.indexgroup_w[w_match.lastindex]


def match_get_regs(space, w_self):
    w_match = as_match(w_self)
    spans = w_match.spans
    return space.newtuple([space.newtuple([space.newint(spans[2 * i]),
                                           space.newint(spans[2 * i + 1])])
                           for i in range(len(spans) // 2)])


MATCH_GETSET = {
    'string': match_get_string, 're': match_get_re, 'pos': match_get_pos,
    'endpos': match_get_endpos, 'lastindex': match_get_lastindex,
    'lastgroup': match_get_lastgroup, 'regs': match_get_regs,
}
