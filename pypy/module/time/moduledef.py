"""The time module."""

import math
from rpython.rlib import rtime
from rpython.rlib.nonconst import NonConstant
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.typeobject import TypeDef

eci = ExternalCompilationInfo(includes=['time.h'])

# the fields of struct_time that are fields of C's struct tm, in
# struct_time's order (tm_year is 1900-based and tm_mon 0-based in C)
TM_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
             'tm_wday', 'tm_yday', 'tm_isdst']
TM_FIELDS_U = [name.decode('ascii') for name in TM_FIELDS]
# (index, C field name), unrolled: rffi reads and writes a field named by a
# constant
C_TM_FIELDS = unrolling_iterable([(i, 'c_' + TM_FIELDS[i])
                                  for i in range(len(TM_FIELDS))])


class CConfig:
    _compilation_info_ = eci
    TM = rffi_platform.Struct('struct tm',
                              [(name, rffi.INT) for name in TM_FIELDS] +
                              [('tm_gmtoff', rffi.LONG),
                               ('tm_zone', rffi.CCHARP)])


TM = rffi_platform.configure(CConfig)['TM']
TM_P = lltype.Ptr(TM)
TIME_T_P = rffi.CArrayPtr(rffi.TIME_T)
c_localtime_r = rffi.llexternal('localtime_r', [TIME_T_P, TM_P], TM_P,
                                compilation_info=eci, releasegil=False)
c_gmtime_r = rffi.llexternal('gmtime_r', [TIME_T_P, TM_P], TM_P,
                             compilation_info=eci, releasegil=False)
c_strftime = rffi.llexternal('strftime', [rffi.CCHARP, rffi.SIZE_T,
                                          rffi.CCHARP, TM_P], rffi.SIZE_T,
                             compilation_info=eci, releasegil=False)
c_mktime = rffi.llexternal('mktime', [TM_P], rffi.TIME_T,
                           compilation_info=eci, releasegil=False)


def time_time(space, args):
    check_args(space, args, 'time', 0, 0)
    return space.newfloat(rtime.time())


def monotonic():
    # NonConstant: rtime.clock(), annotated late by the JIT, passes
    # another clock id to the same function (untranslated, ll2ctypes
    # takes no NonConstant)
    clock_id = rtime.CLOCK_MONOTONIC
    if we_are_translated():
        clock_id = NonConstant(clock_id)
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        rtime.c_clock_gettime(clock_id, ts)
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


class W_StructTime(W_TupleObject):
    """time.struct_time: a 9-tuple (year, month 1-12, day, hour, minute,
    second, weekday 0-6 from Monday, day of the year 1-366, DST flag) with
    tm_zone and tm_gmtoff besides."""
    _attrs_ = ['zone', 'gmtoff']

    def __init__(self, items_w, zone, gmtoff):
        W_TupleObject.__init__(self, items_w)
        self.zone = zone
        self.gmtoff = gmtoff

    def getclass(self, space):
        return space.w_struct_time

    def repr(self, space):
        fields = [u'%s=%s' % (TM_FIELDS_U[i],
                              space.repr_u(self.items_w[i]))
                  for i in range(len(TM_FIELDS))]
        return space.newtext(u'time.struct_time(' + u', '.join(fields) + u')')


def make_field_getter(i):
    def getter(space, w_obj):
        assert isinstance(w_obj, W_StructTime)
        return w_obj.items_w[i]
    return getter


def struct_time_get_zone(space, w_obj):
    assert isinstance(w_obj, W_StructTime)
    return space.newtext_utf8(w_obj.zone)


def struct_time_get_gmtoff(space, w_obj):
    assert isinstance(w_obj, W_StructTime)
    return space.newint(w_obj.gmtoff)


STRUCT_TIME_GETSET = {'tm_zone': struct_time_get_zone,
                      'tm_gmtoff': struct_time_get_gmtoff}
for _i in range(len(TM_FIELDS)):
    STRUCT_TIME_GETSET[TM_FIELDS[_i]] = make_field_getter(_i)


def seconds_arg(space, args, fname):
    """The time_t of the optional argument (now when absent or None)."""
    check_args(space, args, fname, 0, 1)
    if not args.arguments_w or space.is_none(args.arguments_w[0]):
        return int(rtime.time())
    seconds = space.float_w(args.arguments_w[0])
    if math.isnan(seconds):
        raise space.error(space.w_ValueError, "Invalid value NaN (not a "
                          "number)")
    if not -1e18 < seconds < 1e18:
        raise space.error(space.w_OverflowError, "timestamp out of range "
                          "for platform time_t")
    return int(math.floor(seconds))


def struct_time_of(space, tm):
    values = [0] * len(TM_FIELDS)
    for i, cname in C_TM_FIELDS:
        values[i] = rffi.getintfield(tm, cname)
    values[0] += 1900       # tm_year
    values[1] += 1          # tm_mon
    values[6] = (values[6] + 6) % 7     # tm_wday: Monday is 0
    values[7] += 1          # tm_yday
    zone = ''
    if tm.c_tm_zone:
        zone = rffi.charp2str(tm.c_tm_zone)
    return W_StructTime([space.newint(v) for v in values], zone,
                        rffi.getintfield(tm, 'c_tm_gmtoff'))


def convert_time(space, args, fname, c_convert):
    seconds = seconds_arg(space, args, fname)
    with lltype.scoped_alloc(TIME_T_P.TO, 1) as t:
        t[0] = rffi.cast(rffi.TIME_T, seconds)
        with lltype.scoped_alloc(TM) as tm:
            if not c_convert(t, tm):
                raise space.error(space.w_OverflowError,
                                  "timestamp out of range for platform "
                                  "time_t")
            return struct_time_of(space, tm)


def time_localtime(space, args):
    return convert_time(space, args, 'localtime', c_localtime_r)


def time_gmtime(space, args):
    return convert_time(space, args, 'gmtime', c_gmtime_r)


def fill_tm(space, w_tuple, tm, fname):
    """C's struct tm of a struct_time or 9-tuple."""
    items_w = space.unpackiterable(w_tuple)
    if len(items_w) != len(TM_FIELDS):
        raise space.error(space.w_TypeError, "%s(): illegal time tuple "
                          "argument" % fname)
    values = [space.int_w(w_item) for w_item in items_w]
    values[0] -= 1900
    values[1] -= 1
    values[6] = (values[6] + 1) % 7
    values[7] -= 1
    for i, cname in C_TM_FIELDS:
        rffi.setintfield(tm, cname, values[i])
    rffi.setintfield(tm, 'c_tm_gmtoff', 0)
    tm.c_tm_zone = lltype.nullptr(rffi.CCHARP.TO)
    if isinstance(w_tuple, W_StructTime):
        rffi.setintfield(tm, 'c_tm_gmtoff', w_tuple.gmtoff)


def time_strftime(space, args):
    check_args(space, args, 'strftime', 1, 2)
    fmt = space.text_utf8(args.arguments_w[0])
    with lltype.scoped_alloc(TM) as tm:
        if len(args.arguments_w) == 2:
            fill_tm(space, args.arguments_w[1], tm, 'strftime')
        else:
            with lltype.scoped_alloc(TIME_T_P.TO, 1) as t:
                t[0] = rffi.cast(rffi.TIME_T, int(rtime.time()))
                c_localtime_r(t, tm)
        if not fmt:
            return space.newtext(u'')
        # strftime returns 0 both for an empty result and for a buffer too
        # small: grow the buffer as CPython does, up to 256 times the format
        size = 1024
        while True:
            with rffi.scoped_alloc_buffer(size) as buf:
                with rffi.scoped_str2charp(fmt) as c_fmt:
                    n = rffi.cast(lltype.Signed, c_strftime(
                        buf.raw, rffi.cast(rffi.SIZE_T, size), c_fmt, tm))
                if n > 0 or size >= 256 * len(fmt):
                    return space.newtext_utf8(buf.str(n))
            size *= 2


def time_mktime(space, args):
    check_args(space, args, 'mktime', 1, 1)
    with lltype.scoped_alloc(TM) as tm:
        fill_tm(space, args.arguments_w[0], tm, 'mktime')
        # mktime returns -1 for an error and for the second before 1970:
        # only an error leaves tm_wday as it was
        rffi.setintfield(tm, 'c_tm_wday', -1)
        seconds = rffi.cast(lltype.Signed, c_mktime(tm))
        if seconds == -1 and rffi.getintfield(tm, 'c_tm_wday') == -1:
            raise space.error(space.w_OverflowError,
                              "mktime argument out of range")
        return space.newfloat(float(seconds))


FUNCTIONS = [('time', time_time), ('perf_counter', time_perf_counter),
             ('monotonic', time_perf_counter), ('sleep', time_sleep),
             ('localtime', time_localtime), ('gmtime', time_gmtime),
             ('strftime', time_strftime), ('mktime', time_mktime)]


def make_module(space):
    w_mod = space.newmodule('time')
    w_mod.w_dict.setitem_str(space, 'struct_time', space.make_builtin_type(
        'w_struct_time', TypeDef('struct_time', getset=STRUCT_TIME_GETSET,
                                 acceptable_as_base=False),
        [space.w_tuple]))
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
