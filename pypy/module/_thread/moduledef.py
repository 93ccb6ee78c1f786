"""The _thread module for a process with a single thread: locks and
reentrant locks that only count, get_ident; start_new_thread raises.

With one thread, a blocking acquire of a lock that is already held could
only wait forever: it raises RuntimeError instead (a timed one returns
False at once, as it would after its timeout)."""

from rpython.rlib.objectmodel import compute_unique_id
from pypy.interpreter.arguments import (check_args, check_keywords,
    keyword_value)
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef

MAIN_THREAD_IDENT = 1
TIMEOUT_MAX = 9223372036.0      # CPython's on Linux (PY_TIMEOUT_MAX seconds)


class W_Lock(W_Root):
    """A lock (reentrant: held `count` times) of the only thread."""

    def __init__(self, reentrant):
        self.reentrant = reentrant
        self.count = 0

    def getclass(self, space):
        if self.reentrant:
            return space.w_thread_RLock
        return space.w_thread_lock

    def acquire(self, space, blocking, timeout):
        if self.count == 0 or self.reentrant:
            self.count += 1
            return True
        if blocking and timeout < 0.0:
            raise space.error(space.w_RuntimeError,
                              "deadlock: the only thread waits for a lock "
                              "it holds")
        return False

    def release(self, space):
        if self.count == 0:
            if self.reentrant:
                raise space.error(space.w_RuntimeError,
                                  "cannot release un-acquired lock")
            raise space.error(space.w_RuntimeError,
                              "release unlocked lock")
        self.count -= 1

    def repr(self, space):
        state = 'locked' if self.count else 'unlocked'
        if self.reentrant:
            owner = MAIN_THREAD_IDENT if self.count else 0
            return space.newtext_ascii(
                '<%s _thread.RLock object owner=%d count=%d at 0x%x>' % (
                    state, owner, self.count, compute_unique_id(self)))
        return space.newtext_ascii('<%s _thread.lock object at 0x%x>' % (
            state, compute_unique_id(self)))


def self_lock(space, args, fname):
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_Lock):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a lock object" % fname)
    return w_self


def lock_acquire(space, args):
    check_keywords(space, args, 'acquire', ['blocking', 'timeout'])
    if len(args.arguments_w) > 3:
        check_args(space, args, 'acquire', 1, 3)
    w_self = self_lock(space, args, 'acquire')
    w_blocking = keyword_value(args, 'blocking')
    w_timeout = keyword_value(args, 'timeout')
    if len(args.arguments_w) > 1:
        w_blocking = args.arguments_w[1]
    if len(args.arguments_w) > 2:
        w_timeout = args.arguments_w[2]
    blocking = w_blocking is None or space.is_true(w_blocking)
    timeout = -1.0
    if w_timeout is not None:
        timeout = space.float_w(w_timeout)
        if not blocking and timeout != -1.0:
            raise space.error(space.w_ValueError,
                              "can't specify a timeout for a non-blocking "
                              "call")
        if timeout < 0.0 and timeout != -1.0:
            raise space.error(space.w_ValueError,
                              "timeout value must be a non-negative number")
    return space.newbool(w_self.acquire(space, blocking, timeout))


def lock_release(space, args):
    check_args(space, args, 'release', 1, 1)
    self_lock(space, args, 'release').release(space)
    return space.w_None


def lock_exit(space, args):
    self_lock(space, args, '__exit__').release(space)
    return space.w_None


def lock_locked(space, args):
    check_args(space, args, 'locked', 1, 1)
    return space.newbool(self_lock(space, args, 'locked').count > 0)


def rlock_is_owned(space, args):
    check_args(space, args, '_is_owned', 1, 1)
    return space.newbool(self_lock(space, args, '_is_owned').count > 0)


LOCK_METHODS = {'acquire': lock_acquire, 'release': lock_release,
                '__enter__': lock_acquire, '__exit__': lock_exit,
                'acquire_lock': lock_acquire, 'release_lock': lock_release,
                'locked': lock_locked, 'locked_lock': lock_locked}
RLOCK_METHODS = {'acquire': lock_acquire, 'release': lock_release,
                 '__enter__': lock_acquire, '__exit__': lock_exit,
                 '_is_owned': rlock_is_owned}


def new_lock(space, w_type, args):
    check_args(space, args, 'lock', 0, 0)
    return W_Lock(False)


def new_rlock(space, w_type, args):
    return W_Lock(True)


def thread_allocate_lock(space, args):
    check_args(space, args, 'allocate_lock', 0, 0)
    return W_Lock(False)


def thread_get_ident(space, args):
    check_args(space, args, 'get_ident', 0, 0)
    return space.newint(MAIN_THREAD_IDENT)


def thread_count(space, args):
    check_args(space, args, '_count', 0, 0)
    return space.newint(0)


def thread_stack_size(space, args):
    check_args(space, args, 'stack_size', 0, 1)
    return space.newint(0)


def thread_start_new_thread(space, args):
    raise space.error(space.w_RuntimeError,
                      "can't start new thread: pypy-c has no threads yet")


FUNCTIONS = [('allocate_lock', thread_allocate_lock),
             ('allocate', thread_allocate_lock),
             ('_set_sentinel', thread_allocate_lock),
             ('get_ident', thread_get_ident),
             ('get_native_id', thread_get_ident),
             ('_count', thread_count),
             ('stack_size', thread_stack_size),
             ('start_new_thread', thread_start_new_thread),
             ('start_new', thread_start_new_thread)]


def make_module(space):
    w_mod = space.newmodule('_thread')
    setitem = w_mod.w_dict.setitem_str
    w_lock = space.make_builtin_type('w_thread_lock', TypeDef(
        'lock', methods=LOCK_METHODS, new=new_lock,
        acceptable_as_base=False), [space.w_object])
    w_rlock = space.make_builtin_type('w_thread_RLock', TypeDef(
        'RLock', methods=RLOCK_METHODS, new=new_rlock,
        acceptable_as_base=False), [space.w_object])
    for w_type in [w_lock, w_rlock]:
        w_type.set_module_name(space, '_thread')
    setitem(space, 'LockType', w_lock)
    setitem(space, 'lock', w_lock)
    setitem(space, 'RLock', w_rlock)
    setitem(space, 'error', space.w_RuntimeError)
    setitem(space, 'TIMEOUT_MAX', space.newfloat(TIMEOUT_MAX))
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    return w_mod
