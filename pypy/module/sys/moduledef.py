"""The sys module."""

import os
import sys
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.setobject import W_SetObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.typeobject import TypeDef
from pypy.module.sys.streams import W_TextStream, stream_methods, \
    stream_getset
from pypy.module.sys.namespace import W_SimpleNamespace, make_namespace_type
from pypy.module.sys.prefix import LIB_DIR, executable_path, \
    find_prefix, find_lib_pypy
from pypy.module.sys.stdlib_names import STDLIB_MODULE_NAMES
from pypy.module.sys.unraisable import GETSET as UNRAISABLE_GETSET, \
    new_unraisable_hook_args, sys_unraisablehook
from rpython.tool.sourcetools import func_with_new_name

VERSION = "3.11.7 (micronumpy-pypy)"
HEXVERSION = 0x030b07f0
# the largest code point (str holds all of Unicode)
MAX_UNICODE = 0x10FFFF


def sys_exit(space, args):
    check_args(space, args, 'exit', 0, 1)
    raise space.raise_exception(space.new_exception_args(
        space.w_SystemExit, args.arguments_w))


def sys_getrecursionlimit(space, args):
    check_args(space, args, 'getrecursionlimit', 0, 0)
    return space.newint(space.ec.recursion_limit)


def sys_setrecursionlimit(space, args):
    check_args(space, args, 'setrecursionlimit', 1, 1)
    limit = space.int_w(args.arguments_w[0])
    if limit < 1:
        raise space.error(space.w_ValueError,
                          "recursion limit must be greater or equal than 1")
    space.ec.recursion_limit = limit
    return space.w_None


def sys_exc_info(space, args):
    check_args(space, args, 'exc_info', 0, 0)
    w_exc = space.ec.w_current_exc
    if w_exc is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_exc), w_exc, space.w_None])


def sys_excepthook(space, args):
    """Writes the exception's traceback to stderr, as an uncaught exception
    ends the program (threading's hook for uncaught exceptions in threads
    falls back on it)."""
    from pypy.interpreter.main import format_traceback, write_stderr
    from pypy.objspace.excobject import W_BaseException
    check_args(space, args, 'excepthook', 3, 3)
    w_exc = args.arguments_w[1]
    if not isinstance(w_exc, W_BaseException):
        raise space.error(space.w_TypeError,
                          "print_exception(): Exception expected for value, "
                          "%s found" % space.type_name(space.type(w_exc)))
    write_stderr(space, format_traceback(space, w_exc))
    return space.w_None


def sys_getframe(space, args):
    check_args(space, args, '_getframe', 0, 1)
    depth = 0
    if args.arguments_w:
        depth = space.int_w(args.arguments_w[0])
    frame = space.ec.topframe
    while depth > 0 and frame is not None:
        frame = frame.f_backref()
        depth -= 1
    if frame is None:
        raise space.error(space.w_ValueError, "call stack is not deep enough")
    return frame


class InternedStrings(object):
    """sys.intern's table: the one str object of each interned value."""

    def __init__(self):
        self.by_value = {}


INTERNED = InternedStrings()


def sys_displayhook(space, args):
    """displayhook(value): what the interactive prompt and doctest show of
    an expression statement: its repr on sys.stdout, kept as builtins._
    (None shows nothing)."""
    check_args(space, args, 'displayhook', 1, 1)
    w_value = args.arguments_w[0]
    if space.is_none(w_value):
        return space.w_None
    w_builtins = space.builtin_modules['builtins']
    w_builtins.w_dict.setitem_str(space, '_', space.w_None)
    w_stdout = space.builtin_modules['sys'].w_dict.getitem_str(space,
                                                               'stdout')
    if w_stdout is None or space.is_none(w_stdout):
        raise space.error(space.w_RuntimeError, "lost sys.stdout")
    space.call_method(w_stdout, 'write', space.repr(w_value))
    space.call_method(w_stdout, 'write', space.newtext(u'\n'))
    w_builtins.w_dict.setitem_str(space, '_', w_value)
    return space.w_None


def sys_gettrace(space, args):
    """No trace function can be set (settrace), so there is none."""
    check_args(space, args, 'gettrace', 0, 0)
    return space.w_None


def sys_settrace(space, args):
    """settrace(None), what doctest restores after a run; a real trace
    function (a debugger, coverage) is refused: pypy-c has no tracing."""
    check_args(space, args, 'settrace', 1, 1)
    if not space.is_none(args.arguments_w[0]):
        raise space.error(space.w_NotImplementedError,
                          "sys.settrace: pypy-c does not trace")
    return space.w_None


def sys_intern(space, args):
    check_args(space, args, 'sys.intern', 1, 1)
    w_s = args.arguments_w[0]
    if not space.isinstance_w(w_s, space.w_str):
        # CPython's argument checks name None itself, not NoneType
        what = 'None'
        if not space.is_none(w_s):
            what = space.type_name(space.type(w_s))
        raise space.error(space.w_TypeError,
                          "intern() argument must be str, not %s" % what)
    if space.type(w_s) is not space.w_str:
        raise space.error(space.w_TypeError, "can't intern %s" %
                          space.type_name(space.type(w_s)))
    assert isinstance(w_s, W_StrObject)
    w_interned = INTERNED.by_value.get(w_s.value, None)
    if w_interned is None:
        INTERNED.by_value[w_s.value] = w_s
        w_interned = w_s
    return w_interned


def sys_audit(space, args):
    """sys.audit(event, *args): calls the audit hooks, and pypy-c has
    none (there is no sys.addaudithook)."""
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "audit() missing 1 required positional argument: "
                          "'event'")
    if not space.isinstance_w(args.arguments_w[0], space.w_str):
        raise space.error(space.w_TypeError,
                          "expected str for argument 'event', not %s" %
                          space.type_name(space.type(args.arguments_w[0])))
    return space.w_None


def constant_text(fname, text):
    """sys.<fname>(): the constant `text`."""
    def func(space, args):
        check_args(space, args, fname, 0, 0)
        return space.newtext_utf8(text)
    return func_with_new_name(func, 'sys_' + fname)


FUNCTIONS = [('exit', sys_exit),
             # file names are UTF-8, undecodable bytes kept as surrogates
             ('getfilesystemencoding',
              constant_text('getfilesystemencoding', 'utf-8')),
             ('getfilesystemencodeerrors',
              constant_text('getfilesystemencodeerrors', 'surrogateescape')),
             ('getdefaultencoding',
              constant_text('getdefaultencoding', 'utf-8')),
             ('audit', sys_audit),
             ('intern', sys_intern),
             ('gettrace', sys_gettrace), ('settrace', sys_settrace),
             ('displayhook', sys_displayhook),
             ('getrecursionlimit', sys_getrecursionlimit),
             ('setrecursionlimit', sys_setrecursionlimit),
             ('exc_info', sys_exc_info),
             ('excepthook', sys_excepthook),
             ('unraisablehook', sys_unraisablehook),
             ('_getframe', sys_getframe)]


def make_implementation(space):
    """sys.implementation: cache_tag None, as pypy-c writes no .pyc."""
    make_namespace_type(space)
    w_impl = W_SimpleNamespace(space)
    setitem = w_impl.w_dict.setitem_str
    setitem(space, 'name', space.newtext_utf8('pypy'))
    setitem(space, 'cache_tag', space.w_None)
    setitem(space, 'version', space.newtuple([
        space.newint(3), space.newint(11), space.newint(7),
        space.newtext_utf8('final'), space.newint(0)]))
    setitem(space, 'hexversion', space.newint(HEXVERSION))
    setitem(space, '_multiarch', space.newtext_utf8('x86_64-linux-gnu'))
    return w_impl


def make_stdlib_module_names(space):
    w_names = W_SetObject(space, frozen=True)
    for name in STDLIB_MODULE_NAMES:
        w_names.add(space, space.newtext_utf8(name))
    return w_names


# sys.flags, all off: pypy-c accepts -E, -s, -S, -O... and ignores them
FLAG_NAMES = ['debug', 'inspect', 'interactive', 'optimize',
              'dont_write_bytecode', 'no_user_site', 'no_site',
              'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
              'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
              'warn_default_encoding', 'safe_path', 'int_max_str_digits']


def make_flags(space):
    w_flags = W_SimpleNamespace(space)
    for name in FLAG_NAMES:
        w_flags.w_dict.setitem_str(space, name, space.newint(0))
    return w_flags


def make_hash_info(space):
    """sys.hash_info: the numeric hash of intobject.py and floatobject.py
    (CPython's, which _pydecimal and fractions reproduce)."""
    from pypy.objspace.intobject import HASH_MODULUS
    w_info = W_SimpleNamespace(space)
    for name, value in [('width', 64), ('modulus', HASH_MODULUS),
                        ('inf', 314159), ('nan', 0), ('imag', 1000003),
                        ('hash_bits', 64), ('seed_bits', 128),
                        ('cutoff', 0)]:
        w_info.w_dict.setitem_str(space, name, space.newint(value))
    w_info.w_dict.setitem_str(space, 'algorithm',
                              space.newtext_utf8('siphash13'))
    return w_info


def make_float_info(space):
    """sys.float_info: IEEE 754 binary64, the C double of every host."""
    w_info = W_SimpleNamespace(space)
    setitem = w_info.w_dict.setitem_str
    for name, value in [('max', 1.7976931348623157e+308),
                        ('min', 2.2250738585072014e-308),
                        ('epsilon', 2.220446049250313e-16)]:
        setitem(space, name, space.newfloat(value))
    for name, intval in [('max_exp', 1024), ('max_10_exp', 308),
                         ('min_exp', -1021), ('min_10_exp', -307),
                         ('dig', 15), ('mant_dig', 53), ('radix', 2),
                         ('rounds', 1)]:
        setitem(space, name, space.newint(intval))
    return w_info


def make_module(space):
    w_mod = space.newmodule('sys')
    space.make_builtin_type('w_TextIOWrapper', TypeDef(
        'TextIOWrapper', methods=stream_methods, getset=stream_getset,
        acceptable_as_base=False), [space.w_object])
    # the type of sys.unraisablehook's argument (not a name of sys, as in
    # CPython 3.11)
    space.make_builtin_type('w_sys_UnraisableHookArgs', TypeDef(
        'UnraisableHookArgs', getset=UNRAISABLE_GETSET,
        new=new_unraisable_hook_args, acceptable_as_base=False),
        [space.w_tuple])
    space.w_stdout = W_TextStream(1, '<stdout>', False)
    space.w_stderr = W_TextStream(2, '<stderr>', True)
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    setitem = w_mod.w_dict.setitem_str
    setitem(space, '__excepthook__', w_mod.w_dict.getitem_str(space,
                                                             'excepthook'))
    setitem(space, '__displayhook__', w_mod.w_dict.getitem_str(
        space, 'displayhook'))
    setitem(space, '__unraisablehook__', w_mod.w_dict.getitem_str(
        space, 'unraisablehook'))
    setitem(space, 'stdout', space.w_stdout)
    setitem(space, 'stderr', space.w_stderr)
    setitem(space, '__stdout__', space.w_stdout)
    setitem(space, '__stderr__', space.w_stderr)
    setitem(space, 'version', space.newtext_utf8(VERSION))
    setitem(space, 'version_info', space.newtuple([
        space.newint(3), space.newint(11), space.newint(7),
        space.newtext_utf8('final'), space.newint(0)]))
    setitem(space, 'implementation_name', space.newtext_utf8('pypy'))
    setitem(space, 'implementation', make_implementation(space))
    setitem(space, 'hexversion', space.newint(HEXVERSION))
    setitem(space, 'flags', make_flags(space))
    setitem(space, 'hash_info', make_hash_info(space))
    setitem(space, 'float_info', make_float_info(space))
    setitem(space, 'warnoptions', space.newlist([]))
    setitem(space, '_xoptions', space.newdict())
    setitem(space, 'stdlib_module_names', make_stdlib_module_names(space))
    setitem(space, 'maxsize', space.newint(sys.maxint))
    setitem(space, 'maxunicode', space.newint(MAX_UNICODE))
    setitem(space, 'byteorder', space.newtext_utf8('little'))
    setitem(space, 'platform', space.newtext_utf8('linux'))
    # sysconfig's config vars, which pydoc reads: the folder under the
    # prefix holding lib-python, and the ABI flags (none, as CPython 3.8+
    # on Linux) that name the _sysconfigdata module
    setitem(space, 'platlibdir', space.newtext_utf8('lib'))
    setitem(space, 'abiflags', space.newtext_utf8(''))
    setitem(space, 'modules', space.w_modules)
    setitem(space, 'argv', space.newlist([]))
    setitem(space, 'path', space.newlist([]))
    # finders the import statement asks first (pypy/module/imp.py), before
    # its own search of built-in modules and sys.path, which CPython's
    # BuiltinImporter and PathFinder do from this list
    setitem(space, 'meta_path', space.newlist([]))
    setitem(space, 'path_hooks', space.newlist([]))
    setitem(space, 'path_importer_cache', space.newdict())
    # the import system writes no bytecode caches: True tells tools that
    # write their own (pytest's assertion rewriter) not to either
    setitem(space, 'dont_write_bytecode', space.w_True)
    setitem(space, 'pycache_prefix', space.w_None)
    return w_mod


def set_argv_and_path(space, argv, script_dir):
    """Called at start-up with the script's arguments: sys.argv, and
    sys.path = the script's folder, PYTHONPATH's entries, lib_pypy, then
    the standard library (pypy/module/sys/prefix.py; built-in modules are
    found before any of these)."""
    w_sys = space.builtin_modules['sys']
    setitem = w_sys.w_dict.setitem_str
    setitem(space, 'argv', space.newlist(
        [space.newtext_utf8(arg) for arg in argv]))
    path = [script_dir]
    pythonpath = os.environ.get('PYTHONPATH')
    if pythonpath:
        for entry in pythonpath.split(':'):
            if entry:
                path.append(entry)
    executable = executable_path()
    lib_pypy = find_lib_pypy(executable)
    if lib_pypy:
        path.append(lib_pypy)
    prefix = find_prefix(executable)
    if prefix:
        path.append(prefix + '/' + LIB_DIR)
    setitem(space, 'path', space.newlist(
        [space.newtext_utf8(p) for p in path]))
    setitem(space, 'executable', space.newtext_utf8(executable))
    for name in ['prefix', 'exec_prefix', 'base_prefix',
                 'base_exec_prefix']:
        setitem(space, name, space.newtext_utf8(prefix))


def fill_stdin(space):
    """At start-up: sys.stdin and sys.__stdin__, a text file reading
    descriptor 0 (doctest's pdb and cmd take it; made at run time, as the
    space is built at translation time)."""
    from pypy.module.builtins.fileobject import W_File, ENC_UTF8
    w_stdin = W_File(0, space.newtext_utf8('<stdin>'), 'r', True, False,
                     False, ENC_UTF8, True, False)
    w_sys = space.builtin_modules['sys']
    w_sys.w_dict.setitem_str(space, 'stdin', w_stdin)
    w_sys.w_dict.setitem_str(space, '__stdin__', w_stdin)
