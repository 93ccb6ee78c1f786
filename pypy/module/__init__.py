"""Built-in modules.  Each package here has a moduledef.py whose
`make_module(space)` returns the W_ModuleObject (a module may register
more names itself: os registers 'os.path' and 'posixpath')."""


def setup_builtin_modules(space):
    from pypy.module.builtins.moduledef import make_module as builtins
    from pypy.module.sys.moduledef import make_module as sys
    from pypy.module.time.moduledef import make_module as time
    from pypy.module.micronumpy.moduledef import make_module as numpy
    from pypy.module.math.moduledef import make_module as math
    from pypy.module.posix.moduledef import make_module as os
    from pypy.module.operator.moduledef import make_module as operator
    from pypy.module.functools.moduledef import make_module as functools
    from pypy.module.itertools.moduledef import make_module as itertools
    from pypy.module.random.moduledef import make_module as random
    from pypy.module.future_.moduledef import make_module as future
    from pypy.module._weakref.moduledef import make_module as _weakref
    from pypy.module._thread.moduledef import make_module as _thread
    from pypy.module._collections.moduledef import make_module as \
        _collections
    from pypy.module._string.moduledef import make_module as _string
    from pypy.module._sre.moduledef import make_module as _sre
    from pypy.module._codecs.moduledef import make_module as _codecs
    from pypy.module.errno.moduledef import make_module as errno
    from pypy.module._struct.moduledef import make_module as _struct
    from pypy.module._io.moduledef import make_module as _io
    from pypy.module._contextvars.moduledef import make_module as \
        _contextvars
    from pypy.module.atexit.moduledef import make_module as atexit
    from pypy.module.gc.moduledef import make_module as gc
    from pypy.module._ast.moduledef import make_module as _ast
    from pypy.module.signal.moduledef import make_module as _signal
    from pypy.module._csv.moduledef import make_module as _csv
    from pypy.module.binascii.moduledef import make_module as binascii
    from pypy.module._hashes.moduledef import HASH_MODULES
    from pypy.module.zlib.moduledef import make_module as zlib
    from pypy.module.marshal.moduledef import make_module as marshal
    from pypy.module.select.moduledef import make_module as select
    from pypy.module._posixsubprocess.moduledef import make_module as \
        _posixsubprocess
    from pypy.module.array.moduledef import make_module as array
    from pypy.module._bisect.moduledef import make_module as _bisect
    from pypy.module._json.moduledef import make_module as _json
    from pypy.module.unicodedata.moduledef import make_module as unicodedata
    from pypy.module.faulthandler.moduledef import make_module as \
        faulthandler
    from pypy.module._socket.moduledef import make_module as _socket
    for make_module in [builtins, sys, time, numpy, math, os, operator,
                        functools, itertools, random, future, _weakref,
                        _thread, _collections, _string, _struct,
                        _io, errno, _sre,
                        _codecs, _contextvars, atexit, gc, _ast,
                        _signal, _csv, binascii, zlib,
                        marshal, select, _posixsubprocess,
                        array, _bisect, _json, unicodedata,
                        faulthandler, _socket] + HASH_MODULES:
        n_types = len(space.builtin_types_w)
        w_module = make_module(space)
        space.builtin_modules[w_module.name] = w_module
        if w_module.name == 'numpy':
            # numpy.float64, numpy.ndarray...: NumPy's type names
            for i in range(n_types, len(space.builtin_types_w)):
                w_type = space.builtin_types_w[i]
                if w_type.name == 'AxisError':
                    w_type.set_module_name(space, 'numpy.exceptions')
                elif w_type.name == 'LinAlgError':
                    w_type.set_module_name(space, 'numpy.linalg')
                elif w_type.name == 'QRResult':
                    w_type.set_module_name(space, 'numpy.linalg._linalg')
                else:
                    w_type.set_module_name(space, 'numpy')
    # os.path is os's attribute, not a module of its own for importlib
    names = [name for name in space.builtin_modules.keys() if '.' not in name]
    names.sort()
    space.builtin_modules['sys'].w_dict.setitem_str(
        space, 'builtin_module_names',
        space.newtuple([space.newtext_utf8(name) for name in names]))
    from pypy.interpreter.function import BuiltinFunction
    for w_module in space.builtin_modules.values():
        for w_value in w_module.w_dict.data.values():
            if isinstance(w_value, BuiltinFunction):
                w_value.is_method = False
                w_value.module_name = w_module.name


def startup_builtin_modules(space):
    """Called once when the process starts (the space itself is built at
    translation time): reads what only exists at run time."""
    from pypy.module.posix.moduledef import fill_environ
    from pypy.module.time.moduledef import fill_timezone
    from pypy.module.sys.moduledef import fill_stdin
    from pypy.module.signal.interp_signal import install_sigint_handler
    from pypy.module.micronumpy.buffer_memory import keep_freed_memory, \
        read_allocation_mode
    fill_environ(space)
    fill_timezone(space, space.builtin_modules['time'])
    fill_stdin(space)
    install_sigint_handler()
    keep_freed_memory()
    read_allocation_mode()


def shutdown_builtin_modules(space):
    """Called once when the program ends: runs the atexit functions, then
    flushes the files written to and not closed."""
    from pypy.module.builtins.fileobject import flush_all_files
    from pypy.module.atexit.moduledef import run_exit_functions
    run_exit_functions(space)
    space.w_stdout.flush()
    space.w_stderr.flush()
    flush_all_files(space)
