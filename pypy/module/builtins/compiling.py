"""compile(), exec() and eval() of source strings and code objects."""

from pypy.interpreter.arguments import keyword_value, check_keywords
from pypy.interpreter.pycode import PyCode
from pypy.objspace.dictobject import W_DictObject


def source_arg(space, w_source, fname, strip):
    """The source as UTF-8 bytes."""
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.bytesobject import W_BytesObject
    if isinstance(w_source, W_StrObject):
        source = space.text_utf8(w_source)
    elif isinstance(w_source, W_BytesObject):
        source = w_source.value
    else:
        raise space.error(space.w_TypeError,
                          "%s() arg 1 must be a string, bytes or code object"
                          % fname)
    if '\x00' in source:
        raise space.error(space.w_SyntaxError,
                          "source code string cannot contain null bytes")
    if strip:
        i = 0
        while i < len(source) and (source[i] == ' ' or source[i] == '\t'):
            i += 1
        source = source[i:]
    return source


def compile_string(space, source, filename, mode):
    from pypy.interpreter.main import compile_code
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise space.error(space.w_ValueError,
                          "compile() mode must be 'exec', 'eval' or "
                          "'single'")
    return compile_code(space, source, filename, mode)


def builtin_compile(space, args):
    names = ['source', 'filename', 'mode', 'flags', 'dont_inherit',
             'optimize', '_feature_version']
    check_keywords(space, args, 'compile', names)
    n = len(args.arguments_w)
    if n > 6:
        raise space.error(space.w_TypeError,
                          "compile() takes at most 6 arguments (%d given)" %
                          n)
    values_w = [None] * 3
    for i in range(3):
        if i < n:
            values_w[i] = args.arguments_w[i]
        else:
            values_w[i] = keyword_value(args, names[i])
        if values_w[i] is None:
            raise space.error(space.w_TypeError,
                              "compile() missing required argument '%s' "
                              "(pos %d)" % (names[i], i + 1))
    w_source = values_w[0]
    if isinstance(w_source, PyCode):
        return w_source
    from pypy.module.posix.moduledef import path_arg
    filename = path_arg(space, values_w[1])
    mode = space.text_utf8(values_w[2])
    return compile_string(space, source_arg(space, w_source, 'compile',
                                            False), filename, mode)


def namespaces(space, args, fname):
    """(code or source, globals, locals) of exec/eval, with the caller's
    namespaces as defaults."""
    from pypy.module.builtins.functional import frame_locals
    check_keywords(space, args, fname, ['globals', 'locals'])
    n = len(args.arguments_w)
    if n < 1 or n > 3:
        raise space.error(space.w_TypeError,
                          "%s expected at most 3 arguments, got %d" % (
                              fname, n) if n > 3 else
                          "%s expected at least 1 argument, got 0" % fname)
    w_globals = args.arguments_w[1] if n >= 2 else \
        keyword_value(args, 'globals')
    w_locals = args.arguments_w[2] if n >= 3 else \
        keyword_value(args, 'locals')
    if w_globals is not None and space.is_none(w_globals):
        w_globals = None
    if w_locals is not None and space.is_none(w_locals):
        w_locals = None
    if w_globals is None:
        frame = space.ec.topframe
        if frame is None:
            w_globals = space.newdict()
        else:
            w_globals = frame.w_globals
            if w_locals is None:
                w_locals = frame_locals(space)
    elif not isinstance(w_globals, W_DictObject):
        raise space.error(space.w_TypeError,
                          "%s() globals must be a dict, not %s" % (
                              fname, space.type_name(space.type(w_globals))))
    if w_locals is None:
        w_locals = w_globals
    if not isinstance(w_locals, W_DictObject):
        raise space.error(space.w_TypeError,
                          "locals must be a mapping (only dicts are "
                          "supported)")
    assert isinstance(w_globals, W_DictObject)
    assert isinstance(w_locals, W_DictObject)
    if w_globals.getitem_str(space, '__builtins__') is None:
        w_globals.setitem_str(space, '__builtins__',
                              space.builtin_modules['builtins'])
    return args.arguments_w[0], w_globals, w_locals


def run_code(space, code, w_globals, w_locals, fname):
    from pypy.interpreter.pyframe import PyFrame
    if len(code.co_freevars) > 0:
        raise space.error(space.w_TypeError,
                          "code object passed to %s() may not contain free "
                          "variables" % fname)
    frame = PyFrame(space, code, w_globals, [])
    frame.w_locals = w_locals
    return space.ec.run_frame(frame)


def builtin_exec(space, args):
    w_source, w_globals, w_locals = namespaces(space, args, 'exec')
    if isinstance(w_source, PyCode):
        code = w_source
    else:
        code = compile_string(space, source_arg(space, w_source, 'exec',
                                                False), '<string>', 'exec')
    run_code(space, code, w_globals, w_locals, 'exec')
    return space.w_None


def builtin_eval(space, args):
    w_source, w_globals, w_locals = namespaces(space, args, 'eval')
    if isinstance(w_source, PyCode):
        code = w_source
    else:
        code = compile_string(space, source_arg(space, w_source, 'eval',
                                                True), '<string>', 'eval')
    return run_code(space, code, w_globals, w_locals, 'eval')


FUNCTIONS = [('compile', builtin_compile), ('exec', builtin_exec),
             ('eval', builtin_eval)]
