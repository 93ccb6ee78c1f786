"""Built-in functions: sum, min, max, sorted, any, all, and the numeric
and conversion helpers (round, divmod, pow, chr, ord, hex, oct, bin,
format, vars, dir, input, ascii)."""

from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.consumers import total, extreme, find_truth


def builtin_sum(space, args):
    check_keywords(space, args, 'sum', ['start'])
    n = len(args.arguments_w)
    if n < 1 or n > 2:
        raise space.error(space.w_TypeError,
                          "sum() takes at most 2 arguments (%d given)" % n)
    w_start = keyword_value(args, 'start')
    if n == 2:
        w_start = args.arguments_w[1]
    if w_start is None:
        w_start = space.newint(0)
    if space.isinstance_w(w_start, space.w_str):
        raise space.error(space.w_TypeError,
                          "sum() can't sum strings [use ''.join(seq) "
                          "instead]")
    return total(space, space.iter(args.arguments_w[0]), w_start)


def min_max(space, args, is_max):
    fname = 'max' if is_max else 'min'
    check_keywords(space, args, fname, ['key', 'default'])
    w_key = keyword_value(args, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_default = keyword_value(args, 'default')
    if len(args.arguments_w) == 0:
        raise space.error(space.w_TypeError,
                          "%s expected at least 1 argument, got 0" % fname)
    if len(args.arguments_w) == 1:
        w_items = args.arguments_w[0]
    else:
        if w_default is not None:
            raise space.error(space.w_TypeError,
                              "Cannot specify a default for %s() with "
                              "multiple positional arguments" % fname)
        w_items = space.newtuple(args.arguments_w)
    w_best = extreme(space, space.iter(w_items), w_key, is_max)
    if w_best is None:
        if w_default is not None:
            return w_default
        raise space.error(space.w_ValueError,
                          "%s() arg is an empty sequence" % fname)
    return w_best


def builtin_min(space, args):
    return min_max(space, args, False)


def builtin_max(space, args):
    return min_max(space, args, True)


def builtin_sorted(space, args):
    from pypy.objspace.listobject import list_sort
    from pypy.interpreter.arguments import Arguments
    if len(args.arguments_w) != 1:
        raise space.error(space.w_TypeError,
                          "sorted expected 1 argument, got %d" %
                          len(args.arguments_w))
    w_list = space.newlist(space.unpackiterable(args.arguments_w[0]))
    list_sort(space, Arguments([w_list], args.keyword_names,
                               args.keyword_values_w))
    return w_list


def builtin_any(space, args):
    check_args(space, args, 'any', 1, 1)
    return space.newbool(find_truth(space, space.iter(args.arguments_w[0]),
                                    True))


def builtin_all(space, args):
    check_args(space, args, 'all', 1, 1)
    return space.newbool(not find_truth(space,
                                        space.iter(args.arguments_w[0]),
                                        False))


def index_w(space, w_obj):
    """w_obj as an object of type int exactly (bool and int subclasses
    copied, as CPython's PyNumber_Index), through __index__ when needed."""
    from pypy.objspace.intobject import W_AbstractIntObject
    w_index = w_obj
    if not isinstance(w_index, W_AbstractIntObject):
        w_index = space.call_special(w_obj, '__index__')
        if w_index is None or not isinstance(w_index, W_AbstractIntObject):
            raise space.error(space.w_TypeError,
                              "'%s' object cannot be interpreted as an "
                              "integer" % space.type_name(space.type(w_obj)))
    assert isinstance(w_index, W_AbstractIntObject)
    if space.type(w_index) is not space.w_int:
        return space.newbigint(w_index.asbigint())
    return w_index


def builtin_round(space, args):
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.interpreter import opcodes as op
    from rpython.rlib import rfloat
    import math
    check_keywords(space, args, 'round', ['number', 'ndigits'])
    n = len(args.arguments_w)
    if n > 2:
        raise space.error(space.w_TypeError,
                          "round() takes at most 2 arguments (%d given)" % n)
    w_number = keyword_value(args, 'number')
    w_ndigits = keyword_value(args, 'ndigits')
    if n >= 1:
        w_number = args.arguments_w[0]
    if n == 2:
        w_ndigits = args.arguments_w[1]
    if w_number is None:
        raise space.error(space.w_TypeError,
                          "round() missing required argument 'number' "
                          "(pos 1)")
    if w_ndigits is not None and space.is_none(w_ndigits):
        w_ndigits = None
    if isinstance(w_number, W_FloatObject):
        x = w_number.floatval
        if w_ndigits is None:
            if math.isinf(x) or math.isnan(x):
                return space.int_from_float(x)
            return space.int_from_float(rfloat.round_double(x, 0,
                                                            half_even=True))
        ndigits = space.getindex_w(index_w(space, w_ndigits))
        if math.isinf(x) or math.isnan(x) or x == 0.0:
            return space.newfloat(x)
        if ndigits > 323:
            return space.newfloat(x)
        if ndigits < -308:
            return space.newfloat(0.0 * x)
        z = rfloat.round_double(x, ndigits, half_even=True)
        if math.isinf(z):
            raise space.error(space.w_OverflowError,
                              "rounded value too large to represent")
        return space.newfloat(z)
    if isinstance(w_number, W_AbstractIntObject):
        w_int = space.newbigint(w_number.asbigint())   # bool -> int
        if w_ndigits is None:
            return w_int
        w_nd = index_w(space, w_ndigits)
        if not space.is_true(space.lt(w_nd, space.newint(0))):
            return w_int
        w_pow = space.binary_op(op.BIN_POW, space.newint(10),
                                space.unary_op(op.UN_NEG, w_nd))
        w_q = space.binary_op(op.BIN_FLOORDIV, w_int, w_pow)
        w_r = space.binary_op(op.BIN_MOD, w_int, w_pow)
        w_twice = space.mul(w_r, space.newint(2))
        if space.is_true(space.compare(op.CMP_GT, w_twice, w_pow)) or (
                space.eq_w(w_twice, w_pow) and space.is_true(
                    space.binary_op(op.BIN_AND, w_q, space.newint(1)))):
            w_q = space.add(w_q, space.newint(1))
        return space.mul(w_q, w_pow)
    w_meth = space.lookup(w_number, '__round__')
    if w_meth is None:
        raise space.error(space.w_TypeError,
                          "type %s doesn't define __round__ method" %
                          space.type_name(space.type(w_number)))
    w_bound = w_meth.get(space, w_number, space.type(w_number))
    if w_ndigits is None:
        return space.call_function(w_bound)
    return space.call_function(w_bound, w_ndigits)


def builtin_divmod(space, args):
    from pypy.interpreter import opcodes as op
    from pypy.objspace.intobject import W_AbstractIntObject
    check_args(space, args, 'divmod', 2, 2)
    w_a = args.arguments_w[0]
    w_b = args.arguments_w[1]
    numeric_a = isinstance(w_a, W_AbstractIntObject) or \
        isinstance(w_a, W_FloatObject)
    numeric_b = isinstance(w_b, W_AbstractIntObject) or \
        isinstance(w_b, W_FloatObject)
    if numeric_a and numeric_b:
        if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
            from pypy.objspace.floatdivmod import divmod_nonzero
            x = space.float_w(w_a)
            y = space.float_w(w_b)
            if y == 0.0:
                raise space.error(space.w_ZeroDivisionError,
                                  "float divmod()")
            q, r = divmod_nonzero(x, y, False)
            return space.newtuple([space.newfloat(q), space.newfloat(r)])
        return space.newtuple([
            space.binary_op(op.BIN_FLOORDIV, w_a, w_b),
            space.binary_op(op.BIN_MOD, w_a, w_b)])
    w_meth = space.lookup(w_a, '__divmod__')
    if w_meth is not None:
        w_res = space.call_function(w_meth.get(space, w_a, space.type(w_a)),
                                    w_b)
        if w_res is not space.w_NotImplemented:
            return w_res
    w_meth = space.lookup(w_b, '__rdivmod__')
    if w_meth is not None:
        w_res = space.call_function(w_meth.get(space, w_b, space.type(w_b)),
                                    w_a)
        if w_res is not space.w_NotImplemented:
            return w_res
    raise space.error(space.w_TypeError,
                      "unsupported operand type(s) for divmod(): '%s' and "
                      "'%s'" % (space.type_name(space.type(w_a)),
                                space.type_name(space.type(w_b))))


def bigint_modinverse(space, a, m):
    """The inverse of a modulo m (m > 0), or ValueError."""
    from rpython.rlib.rbigint import rbigint
    a = a.mod(m)
    old_r = a
    r = m
    old_s = rbigint.fromint(1)
    s = rbigint.fromint(0)
    while r.tobool():
        q = old_r.floordiv(r)
        old_r, r = r, old_r.sub(q.mul(r))
        old_s, s = s, old_s.sub(q.mul(s))
    if not old_r.eq(rbigint.fromint(1)):
        raise space.error(space.w_ValueError,
                          "base is not invertible for the given modulus")
    return old_s.mod(m)


def builtin_pow(space, args):
    from pypy.interpreter import opcodes as op
    from pypy.objspace.intobject import W_AbstractIntObject
    from rpython.rlib.rbigint import rbigint
    check_keywords(space, args, 'pow', ['base', 'exp', 'mod'])
    n = len(args.arguments_w)
    if n > 3:
        raise space.error(space.w_TypeError,
                          "pow expected at most 3 arguments, got %d" % n)
    w_base = keyword_value(args, 'base')
    w_exp = keyword_value(args, 'exp')
    w_mod = keyword_value(args, 'mod')
    if n >= 1:
        w_base = args.arguments_w[0]
    if n >= 2:
        w_exp = args.arguments_w[1]
    if n >= 3:
        w_mod = args.arguments_w[2]
    if w_base is None or w_exp is None:
        raise space.error(space.w_TypeError,
                          "pow() missing required argument")
    if w_mod is None or space.is_none(w_mod):
        return space.binary_op(op.BIN_POW, w_base, w_exp)
    if not (isinstance(w_base, W_AbstractIntObject) and
            isinstance(w_exp, W_AbstractIntObject) and
            isinstance(w_mod, W_AbstractIntObject)):
        w_meth = space.lookup(w_base, '__pow__')
        if w_meth is not None and not (
                isinstance(w_base, W_AbstractIntObject) or
                isinstance(w_base, W_FloatObject)):
            return space.call_function(
                w_meth.get(space, w_base, space.type(w_base)), w_exp, w_mod)
        raise space.error(space.w_TypeError,
                          "pow() 3rd argument not allowed unless all "
                          "arguments are integers")
    a = w_base.asbigint()
    b = w_exp.asbigint()
    c = w_mod.asbigint()
    if not c.tobool():
        raise space.error(space.w_ValueError,
                          "pow() 3rd argument cannot be 0")
    negative_mod = c.sign < 0
    if negative_mod:
        c = c.neg()
    if b.sign < 0:
        a = bigint_modinverse(space, a, c)
        b = b.neg()
    result = a.mod(c).pow(b, c)
    if negative_mod and result.tobool():
        result = result.sub(c)
    return space.newbigint(result)


def builtin_chr(space, args):
    check_args(space, args, 'chr', 1, 1)
    w_x = index_w(space, args.arguments_w[0])
    try:
        code = w_x.asbigint().toint()
    except OverflowError:
        raise space.error(space.w_OverflowError,
                          "Python int too large to convert to C int")
    if code < 0 or code > 0x10ffff:
        raise space.error(space.w_ValueError,
                          "chr() arg not in range(0x110000)")
    return space.newtext(unichr(code))


def builtin_ord(space, args):
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.bytesobject import W_BytesObject
    check_args(space, args, 'ord', 1, 1)
    w_c = args.arguments_w[0]
    if isinstance(w_c, W_StrObject):
        if len(w_c.value) != 1:
            raise space.error(space.w_TypeError,
                              "ord() expected a character, but string of "
                              "length %d found" % len(w_c.value))
        return space.newint(ord(w_c.value[0]))
    if isinstance(w_c, W_BytesObject):
        value = w_c.value
        if len(value) != 1:
            raise space.error(space.w_TypeError,
                              "ord() expected a character, but string of "
                              "length %d found" % len(value))
        return space.newint(ord(value[0]))
    raise space.error(space.w_TypeError,
                      "ord() expected string of length 1, but %s found" %
                      space.type_name(space.type(w_c)))


def int_to_base(space, args, fname, spec):
    from pypy.objspace.formatting import format_unicode
    check_args(space, args, fname, 1, 1)
    w_x = index_w(space, args.arguments_w[0])
    w_x = space.newbigint(w_x.asbigint())   # True -> 1
    return space.newtext(format_unicode(space, w_x, spec))


def builtin_hex(space, args):
    return int_to_base(space, args, 'hex', u'#x')


def builtin_oct(space, args):
    return int_to_base(space, args, 'oct', u'#o')


def builtin_bin(space, args):
    return int_to_base(space, args, 'bin', u'#b')


def builtin_format(space, args):
    check_args(space, args, 'format', 1, 2)
    w_spec = None
    if len(args.arguments_w) == 2:
        w_spec = args.arguments_w[1]
        if not space.isinstance_w(w_spec, space.w_str):
            raise space.error(space.w_TypeError,
                              "format() argument 2 must be str, not %s" %
                              space.type_name(space.type(w_spec)))
    return space.format(args.arguments_w[0], w_spec)


def builtin_ascii(space, args):
    from pypy.objspace.formatting import ascii_of
    check_args(space, args, 'ascii', 1, 1)
    return space.newtext(ascii_of(space, args.arguments_w[0]))


def frame_locals(space):
    """The locals of the calling Python frame, as a dict."""
    frame = space.ec.topframe
    w_dict = space.newdict()
    if frame is None:
        return w_dict
    if frame.w_locals is not None:
        return frame.w_locals
    code = frame.pycode
    for i in range(len(code.co_varnames)):
        if i < len(frame.locals_stack_w):
            w_value = frame.locals_stack_w[i]
            if w_value is not None:
                w_dict.setitem_str(space, code.co_varnames[i], w_value)
    return w_dict


def builtin_vars(space, args):
    from pypy.objspace.typeobject import W_TypeObject
    check_args(space, args, 'vars', 0, 1)
    if not args.arguments_w:
        return frame_locals(space)
    w_obj = args.arguments_w[0]
    if isinstance(w_obj, W_TypeObject):
        w_dict = space.newdict()
        for name, w_value in w_obj.dict_w.items():
            w_dict.setitem_str(space, name, w_value)
        return w_dict
    w_dict = w_obj.getdict(space)
    if w_dict is None:
        raise space.error(space.w_TypeError,
                          "vars() argument must have __dict__ attribute")
    return w_dict


def sorted_names(space, w_names):
    """A sorted list of the keys of the dict w_names."""
    from pypy.objspace.listobject import list_sort
    from pypy.interpreter.arguments import Arguments
    w_list = space.newlist(space.unpackiterable(w_names))
    list_sort(space, Arguments([w_list]))
    return w_list


def add_keys(space, w_names, w_dict):
    for w_key in space.unpackiterable(w_dict):
        space.setitem(w_names, w_key, space.w_None)


def add_type_names(space, w_names, w_type):
    from pypy.objspace.typeobject import W_TypeObject
    assert isinstance(w_type, W_TypeObject)
    for w_base in w_type.mro_w:
        assert isinstance(w_base, W_TypeObject)
        for name in w_base.dict_w.keys():
            w_names.setitem_str(space, name, space.w_None)


def builtin_dir(space, args):
    from pypy.objspace.typeobject import W_TypeObject
    check_args(space, args, 'dir', 0, 1)
    w_names = space.newdict()
    if not args.arguments_w:
        add_keys(space, w_names, frame_locals(space))
        return sorted_names(space, w_names)
    w_obj = args.arguments_w[0]
    # the class's __dir__ (object.__dir__: default_dir_names); a class's
    # names, unless its metaclass has a __dir__ of its own (enum's)
    w_meth = space.lookup(w_obj, '__dir__')
    if isinstance(w_obj, W_TypeObject) and (
            w_meth is None or
            w_meth is space.w_object.dict_w.get('__dir__', None)):
        add_type_names(space, w_names, w_obj)
        return sorted_names(space, w_names)
    if w_meth is None:
        return sorted_names(space, default_dir_names(space, w_obj))
    # called with the object as its first argument, not bound with get():
    # a function's get() leaves it unbound for None (dir(None))
    w_result = space.call_function(w_meth, w_obj)
    return sorted_names_of_iterable(space, w_result)


def default_dir_names(space, w_obj):
    """The names object.__dir__ gives (keys of a dict): a module's globals,
    else the instance __dict__'s and its class's (and bases')."""
    from pypy.objspace.moduleobject import W_ModuleObject
    w_names = space.newdict()
    if isinstance(w_obj, W_ModuleObject):
        add_keys(space, w_names, w_obj.w_dict)
        return w_names
    w_dict = w_obj.getdict(space)
    if w_dict is not None:
        add_keys(space, w_names, w_dict)
    w_names.setitem_str(space, '__class__', space.w_None)
    add_type_names(space, w_names, space.type(w_obj))
    return w_names


def object_dir(space, args):
    """object.__dir__(self): the default dir() of an instance (enum's
    __dir__ starts from it), unsorted as CPython's."""
    check_args(space, args, '__dir__', 1, 1)
    return space.newlist(space.unpackiterable(
        default_dir_names(space, args.arguments_w[0])))


def sorted_names_of_iterable(space, w_iterable):
    from pypy.objspace.listobject import list_sort
    from pypy.interpreter.arguments import Arguments
    w_list = space.newlist(space.unpackiterable(w_iterable))
    list_sort(space, Arguments([w_list]))
    return w_list


def read_line_fd0():
    """A line read from fd 0 (with its '\\n'), '' at end of file."""
    import os
    from rpython.rlib.rstring import StringBuilder
    b = StringBuilder()
    while True:
        try:
            data = os.read(0, 1)
        except OSError:
            break
        if not data:
            break
        b.append(data)
        if data == '\n':
            break
    return b.build()


def builtin_input(space, args):
    from rpython.rlib.runicode import str_decode_utf_8
    check_args(space, args, 'input', 0, 1)
    if args.arguments_w:
        w_prompt = space.str(args.arguments_w[0])
        space.call_method(space.w_stdout, 'write', w_prompt)
    space.call_method(space.w_stdout, 'flush')
    line = read_line_fd0()
    if not line:
        raise space.error(space.w_EOFError, "EOF when reading a line")
    if line.endswith('\n'):
        end = len(line) - 1
        assert end >= 0
        line = line[:end]
    return space.newtext_utf8(line)


def builtin_globals(space, args):
    check_args(space, args, 'globals', 0, 0)
    frame = space.ec.topframe
    if frame is None:
        return space.newdict()
    return frame.w_globals


def builtin_locals(space, args):
    check_args(space, args, 'locals', 0, 0)
    return frame_locals(space)


FUNCTIONS = [('sum', builtin_sum), ('min', builtin_min),
             ('max', builtin_max), ('sorted', builtin_sorted),
             ('any', builtin_any), ('all', builtin_all),
             ('round', builtin_round), ('divmod', builtin_divmod),
             ('pow', builtin_pow), ('chr', builtin_chr),
             ('ord', builtin_ord), ('hex', builtin_hex),
             ('oct', builtin_oct), ('bin', builtin_bin),
             ('format', builtin_format), ('vars', builtin_vars),
             ('dir', builtin_dir), ('input', builtin_input),
             ('ascii', builtin_ascii), ('globals', builtin_globals),
             ('locals', builtin_locals)]
