"""The time module."""

from rpython.rlib import rtime
from rpython.rlib.nonconst import NonConstant
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction


def time_time(space, args):
    check_args(space, args, 'time', 0, 0)
    return space.newfloat(rtime.time())


def monotonic():
    # NonConstant: rtime.clock(), annotated late by the JIT, passes
    # another clock id to the same function
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        rtime.c_clock_gettime(NonConstant(rtime.CLOCK_MONOTONIC), ts)
        return (float(rffi.getintfield(ts, 'c_tv_sec')) +
                float(rffi.getintfield(ts, 'c_tv_nsec')) * 1e-9)


def time_perf_counter(space, args):
    check_args(space, args, 'perf_counter', 0, 0)
    return space.newfloat(monotonic())


def time_sleep(space, args):
    check_args(space, args, 'sleep', 1, 1)
    seconds = space.float_w(args.arguments_w[0])
    if seconds < 0:
        raise space.error(space.w_ValueError,
                          "sleep length must be non-negative")
    rtime.sleep(seconds)
    return space.w_None


FUNCTIONS = [('time', time_time), ('perf_counter', time_perf_counter),
             ('monotonic', time_perf_counter), ('sleep', time_sleep)]


def make_module(space):
    w_mod = space.newmodule('time')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
