"""Helpers shared by tests: running Python source on the real interpreter,
and compiling it without one (FakeSpace)."""

import resource

from pypy.interpreter.compiler import compile_source
from pypy.interpreter.main import run_module_code

# the C stack the untranslated interpreter needs: the host PyPy overflowed
# its default 8 MB (a segfault) in _socket's calls through ll2ctypes
# (getsockname after some app-level code; 16 MB was enough)
HOST_C_STACK = 64 * 1024 * 1024


def grow_host_c_stack():
    """Raises the soft limit of the main thread's C stack, which Linux
    grows on demand up to that limit, to HOST_C_STACK."""
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if soft != resource.RLIM_INFINITY and soft < HOST_C_STACK:
        if hard != resource.RLIM_INFINITY:
            soft = min(HOST_C_STACK, hard)
        else:
            soft = HOST_C_STACK
        resource.setrlimit(resource.RLIMIT_STACK, (soft, hard))


def function_from_source(space, source, name):
    """The function `name` defined by running `source` as a new module."""
    w_module = space.newmodule('m')
    run_module_code(space, compile_source(space, source, '<test>', 'exec'),
                    w_module)
    return w_module.w_dict.getitem_str(space, name)


def app_repr(space, body, prelude=''):
    """repr() of what the statements `body` return, run as the body of a
    function of a module whose other statements are `prelude`."""
    lines = ['    ' + line for line in body.strip('\n').split('\n')]
    w_f = function_from_source(space, prelude + '\ndef f():\n' +
                               '\n'.join(lines) + '\n', 'f')
    return space.repr_utf8(space.call_function(w_f))


# app-level rebuilt(it): the copy that copy.copy makes of the iterator it
# from its __reduce__ result (a prelude for app_repr)
REBUILT_PRELUDE = '''
def rebuilt(it):
    rv = it.__reduce__()
    obj = rv[0](*rv[1])
    if len(rv) > 2 and rv[2] is not None:
        obj.__setstate__(rv[2])
    return obj
'''


class FakeSpace(object):
    """The constant constructors the compiler calls, making host values
    (big ints and bytes tagged apart), for compiling without a space."""

    w_None = None
    w_True = True
    w_False = False
    w_Ellipsis = Ellipsis

    def newint(self, i):
        return i

    def newbigint(self, b):
        return ('big', b.str())

    def newfloat(self, f):
        return f

    def newcomplex(self, r, i):
        return complex(r, i)

    def newtext(self, u):
        return u

    def newtext_utf8(self, s):
        return s.decode('utf-8')

    def newbytes(self, s):
        return ('bytes', s)

    def newtuple(self, l):
        return tuple(l)
