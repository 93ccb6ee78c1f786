"""The command line: `pypy-c [-c cmd | -m mod | file] [args]`, like
python3."""

import os
from rpython.rlib import jit, rpath
from rpython.rlib.streamio import open_file_as_stream
from pypy.interpreter.error import OperationError, CompileError
from pypy.interpreter.unexpected import internal_error
from pypy.interpreter.pyframe import PyFrame

USAGE = ("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
         "Try `python -h' for more information.\n")

HELP = """usage: %s [option] ... [-c cmd | -m mod | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : unbuffered binary stdout and stderr (accepted, ignored)
-B, -E, -s, -S, -O, -I : accepted and ignored
-X opt, -W arg : accepted and ignored
--jit p=v[,p=v...] : set JIT parameters, e.g. vec_all=1 or off
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
"""


def write_stderr(space, s):
    space.w_stdout.flush()
    space.w_stderr.write_utf8(s)
    space.w_stderr.flush()


def read_file(path):
    stream = open_file_as_stream(path, 'r')
    try:
        return stream.readall()
    finally:
        stream.close()


def source_line(filename, lineno):
    """The stripped source line, or '' (for <string> and unreadable
    files)."""
    if filename.startswith('<'):
        return ''
    try:
        lines = read_file(filename).split('\n')
    except (OSError, IOError):
        return ''
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def format_exception_only(space, w_exc):
    """The last line(s) of a traceback: `Type: message`, or the
    SyntaxError block with the caret."""
    w_type = space.type(w_exc)
    name = space.type(w_exc).qualified_name(space)
    # as CPython's traceback, a class of __main__ shows without its module
    if name.startswith('__main__.'):
        name = name[len('__main__.'):]
    try:
        msg = space.str_utf8(w_exc)
    except OperationError:
        msg = '<exception str() failed>'
    if w_type.issubtype(space.w_SyntaxError):
        w_dict = w_exc.getdict(space)
        w_lineno = w_dict.getitem_str(space, 'lineno')
        w_offset = w_dict.getitem_str(space, 'offset')
        w_text = w_dict.getitem_str(space, 'text')
        w_filename = w_dict.getitem_str(space, 'filename')
        w_msg = w_dict.getitem_str(space, 'msg')
        if w_lineno is not None and w_filename is not None:
            head = '  File "%s", line %d\n' % (
                space.str_utf8(w_filename), space.int_w(w_lineno))
            if w_text is not None and not space.is_none(w_text):
                text = space.str_utf8(w_text)
                stripped = text.lstrip()
                indent = len(text) - len(stripped)
                stripped = stripped.rstrip('\n')
                head += '    %s\n' % stripped
                if w_offset is not None and not space.is_none(w_offset):
                    col = space.int_w(w_offset) - 1 - indent
                    head += '    %s^\n' % (' ' * max(col, 0))
            return head + '%s: %s\n' % (name, space.str_utf8(w_msg))
    if msg:
        return '%s: %s\n' % (name, msg)
    return '%s\n' % name


def format_traceback(space, w_exc):
    from pypy.objspace.excobject import W_BaseException
    lines = []
    assert isinstance(w_exc, W_BaseException)
    if w_exc.w_cause is not None:
        lines.append(format_traceback(space, w_exc.w_cause))
        lines.append('\nThe above exception was the direct cause of the '
                     'following exception:\n\n')
    elif w_exc.w_context is not None and not w_exc.suppress_context:
        lines.append(format_traceback(space, w_exc.w_context))
        lines.append('\nDuring handling of the above exception, another '
                     'exception occurred:\n\n')
    entry = w_exc.traceback
    if entry is not None:
        lines.append('Traceback (most recent call last):\n')
    while entry is not None:
        code = entry.code
        lines.append('  File "%s", line %d, in %s\n' % (
            code.co_filename, entry.lineno, code.co_name))
        line = source_line(code.co_filename, entry.lineno)
        if line:
            lines.append('    %s\n' % line)
        entry = entry.next
    lines.append(format_exception_only(space, w_exc))
    return ''.join(lines)


def syntax_error(space, e):
    """The app-level SyntaxError for a CompileError."""
    w_type = space.w_SyntaxError
    if e.kind == 'IndentationError':
        w_type = space.w_IndentationError
    elif e.kind == 'TabError':
        w_type = space.w_TabError
    w_exc = space.new_exception(w_type, e.msg)
    setitem = w_exc.getdict(space).setitem_str
    setitem(space, 'msg', space.newtext_utf8(e.msg))
    setitem(space, 'lineno', space.newint(e.lineno))
    setitem(space, 'offset', space.newint(e.offset))
    setitem(space, 'text', space.newtext_utf8(e.text))
    setitem(space, 'filename', space.newtext_utf8(e.filename))
    return OperationError(w_exc)


def compile_code(space, source, filename, mode):
    from pypy.interpreter.compiler import compile_source
    try:
        return compile_source(space, source, filename, mode)
    except CompileError as e:
        e.filename = filename
        raise syntax_error(space, e)


def run_module_code(space, code, w_module):
    w_globals = w_module.w_dict
    frame = PyFrame(space, code, w_globals, [])
    frame.w_locals = w_globals
    return space.ec.run_frame(frame)


def run_source(space, source, filename):
    """Compile and run `source` as the __main__ module."""
    code = compile_code(space, source, filename, 'exec')
    w_main = space.newmodule('__main__')
    w_main.w_dict.setitem_str(space, '__file__',
                              space.newtext_utf8(filename))
    w_main.w_dict.setitem_str(space, '__builtins__',
                              space.builtin_modules['builtins'])
    space.w_modules.setitem_str(space, '__main__', w_main)
    run_module_code(space, code, w_main)


def run_module_as_main(space, module_name):
    """`-m module_name`: runpy finds the module and runs its code in
    __main__'s namespace, as CPython does."""
    from pypy.module.imp import find_module
    w_main = space.newmodule('__main__')
    w_main.w_dict.setitem_str(space, '__builtins__',
                              space.builtin_modules['builtins'])
    space.w_modules.setitem_str(space, '__main__', w_main)
    w_runpy = find_module(space, 'runpy')
    space.call_method(w_runpy, '_run_module_as_main',
                      space.newtext_utf8(module_name), space.w_True)


def handle_uncaught(space, operr):
    """Prints the traceback, or honours SystemExit; returns the exit
    status."""
    w_exc = operr.w_value
    if space.type(w_exc).issubtype(space.w_SystemExit):
        args_w = w_exc.args_w
        if not args_w or space.is_none(args_w[0]):
            return 0
        w_code = args_w[0]
        if space.isinstance_w(w_code, space.w_int):
            return space.int_w(w_code)
        write_stderr(space, space.str_utf8(w_code) + '\n')
        return 1
    write_stderr(space, format_traceback(space, w_exc))
    return 1


def run(space, argv):
    """The whole program: returns the process exit status."""
    from pypy.module.sys.moduledef import set_argv_and_path
    prog = argv[0]
    i = 1
    command = None
    module_name = None
    while i < len(argv):
        arg = argv[i]
        if not arg.startswith('-') or arg == '-':
            break
        if arg in ('-c', '-m', '-X', '-W'):
            if i + 1 >= len(argv):
                write_stderr(space, "Argument expected for the %s option\n"
                             % arg + USAGE % prog)
                return 2
            if arg == '-X' or arg == '-W':
                # -X faulthandler, -W error...: options of CPython's own
                # runtime that test.support's subprocesses pass
                i += 2
                continue
            if arg == '-c':
                command = argv[i + 1]
            else:
                module_name = argv[i + 1]
            i += 1
            break
        if arg.startswith('-X') or arg.startswith('-W'):
            i += 1
            continue
        if arg.startswith('-c'):
            command = arg[2:]
            break
        if arg.startswith('-m'):
            module_name = arg[2:]
            break
        if arg in ('-h', '-?', '--help'):
            space.w_stdout.write_utf8(HELP % prog)
            space.w_stdout.flush()
            return 0
        if arg in ('-u', '-B', '-E', '-s', '-S', '-O', '-OO', '-I'):
            i += 1
            continue
        if arg == '--jit' and i + 1 < len(argv):
            try:
                jit.set_user_param(None, argv[i + 1])
            except ValueError:
                write_stderr(space, "bad --jit option: %s\n" % argv[i + 1])
                return 2
            i += 2
            continue
        write_stderr(space, "Unknown option: %s\n" % arg + USAGE % prog)
        return 2
    status = 0
    try:
        if command is not None:
            set_argv_and_path(space, ['-c'] + argv[i + 1:], '')
            run_source(space, command, '<string>')
        elif module_name is not None:
            # runpy puts the module's file in sys.argv[0]
            set_argv_and_path(space, ['-m'] + argv[i + 1:], os.getcwd())
            run_module_as_main(space, module_name)
        elif i < len(argv):
            filename = argv[i]
            try:
                source = read_file(filename)
            except (OSError, IOError) as e:
                write_stderr(space,
                             "%s: can't open file '%s': [Errno %d] %s\n" % (
                                 prog, rpath.rabspath(filename),
                                 e.errno, os.strerror(e.errno)))
                return 2
            set_argv_and_path(space, argv[i:],
                              directory_of(rpath.rabspath(filename)))
            run_source(space, source, filename)
        else:
            set_argv_and_path(space, [''], '')
            run_source(space, read_stdin(), '<stdin>')
    except OperationError as operr:
        status = handle_uncaught(space, operr)
    except Exception as e:
        # raised outside any frame or call (compiling, the module's own
        # opcodes): reported as a SystemError, output flushed below
        status = handle_uncaught(space, internal_error(space, e))
    space.w_stdout.flush()
    space.w_stderr.flush()
    return status


def directory_of(path):
    i = path.rfind('/')
    if i <= 0:
        return '/' if i == 0 else ''
    return path[:i]


def read_stdin():
    chunks = []
    while True:
        data = os.read(0, 65536)
        if not data:
            return ''.join(chunks)
        chunks.append(data)
