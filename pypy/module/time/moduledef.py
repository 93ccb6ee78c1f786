"""The time module."""

import math
from rpython.rlib import rposix, rtime
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.module.posix.oserror import oserror
from pypy.module.sys.namespace import W_SimpleNamespace
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.typeobject import TypeDef

eci = ExternalCompilationInfo(includes=['time.h'])

# the fields of struct_time that are fields of C's struct tm, in
# struct_time's order (tm_year is 1900-based and tm_mon 0-based in C)
TM_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
             'tm_wday', 'tm_yday', 'tm_isdst']
# the length of struct_time with tm_zone and tm_gmtoff (time._STRUCT_TM_ITEMS)
STRUCT_TM_ITEMS = 11
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


# the clocks of clock_gettime() this module exports, as CPython does on Linux
CLOCK_NAMES = ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID',
               'CLOCK_THREAD_CPUTIME_ID', 'CLOCK_MONOTONIC_RAW',
               'CLOCK_BOOTTIME']
NS_PER_SECOND = 1000000000


def clock_ns(space, clock_id):
    """clock_gettime(clock_id) in nanoseconds (a 64-bit Signed holds them
    until the year 2262)."""
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        if rffi.cast(lltype.Signed, rtime.c_clock_gettime(clock_id, ts)):
            raise oserror(space, rposix.get_saved_errno())
        return (rffi.getintfield(ts, 'c_tv_sec') * NS_PER_SECOND +
                rffi.getintfield(ts, 'c_tv_nsec'))


def clock_resolution(space, clock_id):
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        if rffi.cast(lltype.Signed, rtime.c_clock_getres(clock_id, ts)):
            raise oserror(space, rposix.get_saved_errno())
        return (float(rffi.getintfield(ts, 'c_tv_sec')) +
                float(rffi.getintfield(ts, 'c_tv_nsec')) * 1e-9)


def ns_to_seconds(ns):
    return float(ns) / NS_PER_SECOND


def make_clock_functions(name, clock_id):
    """name() in seconds as a float and name_ns() in nanoseconds."""
    qualified_name = 'time.' + name
    qualified_name_ns = qualified_name + '_ns'

    def clock_seconds(space, args):
        check_args(space, args, qualified_name, 0, 0)
        return space.newfloat(ns_to_seconds(clock_ns(space, clock_id)))

    def clock_nanoseconds(space, args):
        check_args(space, args, qualified_name_ns, 0, 0)
        return space.newint(clock_ns(space, clock_id))
    return [(name, clock_seconds), (name + '_ns', clock_nanoseconds)]


# (name, clock id, monotonic, adjustable) of the clocks of get_clock_info
CLOCK_INFO = [('time', 'CLOCK_REALTIME', False, True),
              ('monotonic', 'CLOCK_MONOTONIC', True, False),
              ('perf_counter', 'CLOCK_MONOTONIC', True, False),
              ('process_time', 'CLOCK_PROCESS_CPUTIME_ID', True, False),
              ('thread_time', 'CLOCK_THREAD_CPUTIME_ID', True, False)]
CLOCK_INFO_UNROLLED = unrolling_iterable(CLOCK_INFO)


def time_get_clock_info(space, args):
    check_args(space, args, 'get_clock_info', 1, 1)
    w_name = args.arguments_w[0]
    if not isinstance(w_name, W_StrObject):
        raise space.error(space.w_TypeError, "get_clock_info() argument 1 "
                          "must be str, not %s" %
                          space.type_name(space.type(w_name)))
    name = space.text_utf8(w_name)
    for clock_name, clock_const, monotonic, adjustable in CLOCK_INFO_UNROLLED:
        if name == clock_name:
            clock_id = getattr(rtime, clock_const)
            w_info = W_SimpleNamespace(space)
            setitem = w_info.w_dict.setitem_str
            setitem(space, 'implementation', space.newtext_utf8(
                'clock_gettime(%s)' % clock_const))
            setitem(space, 'monotonic', space.newbool(monotonic))
            setitem(space, 'adjustable', space.newbool(adjustable))
            setitem(space, 'resolution', space.newfloat(
                clock_resolution(space, clock_id)))
            return w_info
    raise space.error(space.w_ValueError, "unknown clock")


def clock_id_arg(space, args, fname):
    check_args(space, args, fname, 1, 1)
    return space.getindex_w(args.arguments_w[0])


def time_clock_gettime(space, args):
    clock_id = clock_id_arg(space, args, 'clock_gettime')
    return space.newfloat(ns_to_seconds(clock_ns(space, clock_id)))


def time_clock_gettime_ns(space, args):
    clock_id = clock_id_arg(space, args, 'clock_gettime_ns')
    return space.newint(clock_ns(space, clock_id))


def time_clock_getres(space, args):
    clock_id = clock_id_arg(space, args, 'clock_getres')
    return space.newfloat(clock_resolution(space, clock_id))


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
    tm_zone and tm_gmtoff besides (None when constructed from 9 items)."""
    _attrs_ = ['w_zone', 'w_gmtoff']

    def __init__(self, items_w, w_zone, w_gmtoff):
        W_TupleObject.__init__(self, items_w)
        self.w_zone = w_zone
        self.w_gmtoff = w_gmtoff

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
    return w_obj.w_zone


def struct_time_get_gmtoff(space, w_obj):
    assert isinstance(w_obj, W_StructTime)
    return w_obj.w_gmtoff


def new_struct_time(space, w_type, args):
    """struct_time(sequence): 9 fields, then optionally tm_zone and
    tm_gmtoff."""
    check_args(space, args, 'struct_time', 1, 1)
    try:
        items_w = space.unpackiterable(args.arguments_w[0])
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.error(space.w_TypeError,
                          "constructor requires a sequence")
    n = len(items_w)
    if n < len(TM_FIELDS):
        raise space.error(space.w_TypeError, "time.struct_time() takes an "
                          "at least %d-sequence (%d-sequence given)" %
                          (len(TM_FIELDS), n))
    if n > STRUCT_TM_ITEMS:
        raise space.error(space.w_TypeError, "time.struct_time() takes an "
                          "at most %d-sequence (%d-sequence given)" %
                          (STRUCT_TM_ITEMS, n))
    w_zone = items_w[9] if n > 9 else space.w_None
    w_gmtoff = items_w[10] if n > 10 else space.w_None
    return W_StructTime(items_w[:len(TM_FIELDS)], w_zone, w_gmtoff)


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
    return W_StructTime([space.newint(v) for v in values],
                        space.newtext_utf8(zone_of(tm)),
                        space.newint(rffi.getintfield(tm, 'c_tm_gmtoff')))


def zone_of(tm):
    if tm.c_tm_zone:
        return rffi.charp2str(tm.c_tm_zone)
    return ''


def struct_time_at(space, c_convert, seconds):
    with lltype.scoped_alloc(TIME_T_P.TO, 1) as t:
        t[0] = rffi.cast(rffi.TIME_T, seconds)
        with lltype.scoped_alloc(TM) as tm:
            if not c_convert(t, tm):
                raise space.error(space.w_OverflowError,
                                  "timestamp out of range for platform "
                                  "time_t")
            return struct_time_of(space, tm)


def convert_time(space, args, fname, c_convert):
    return struct_time_at(space, c_convert, seconds_arg(space, args, fname))


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
    if isinstance(w_tuple, W_StructTime) and \
            not space.is_none(w_tuple.w_gmtoff):
        rffi.setintfield(tm, 'c_tm_gmtoff', space.int_w(w_tuple.w_gmtoff))


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


WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
               'Oct', 'Nov', 'Dec']


def format_asctime(year, mon, mday, hour, minute, sec, wday):
    """C's asctime() without its 4-digit year limit, as CPython formats it
    (mon 0-11, wday 0-6 from Sunday)."""
    return '%s %s%s %s:%s:%s %d' % (WEEKDAY_NAMES[wday], MONTH_NAMES[mon],
                                     pad(mday, 3, ' '), pad(hour, 2, '0'),
                                     pad(minute, 2, '0'), pad(sec, 2, '0'),
                                     year)


def pad(value, width, fill):
    """C's %3d (fill ' ') and %.2d (fill '0') of a non-negative value."""
    digits = str(value)
    if len(digits) < width:
        digits = fill * (width - len(digits)) + digits
    return digits


def time_asctime(space, args):
    check_args(space, args, 'asctime', 0, 1)
    if not args.arguments_w:
        return asctime_of(space, struct_time_at(space, c_localtime_r,
                                                 int(rtime.time())))
    return asctime_of(space, args.arguments_w[0])


def asctime_of(space, w_tuple):
    if not isinstance(w_tuple, W_TupleObject):
        raise space.error(space.w_TypeError,
                          "Tuple or struct_time argument required")
    items_w = space.unpackiterable(w_tuple)
    if len(items_w) != len(TM_FIELDS):
        raise space.error(space.w_TypeError,
                          "asctime(): illegal time tuple argument")
    values = [space.getindex_w(w_item) for w_item in items_w]
    year = values[0]
    mon = values[1]
    mday = values[2]
    hour = values[3]
    minute = values[4]
    sec = values[5]
    wday = values[6]
    yday = values[7]
    # CPython's checktm(): 0 stands for January and for the 1st
    if mon == 0:
        mon = 1
    elif mon < 1 or mon > 12:
        raise space.error(space.w_ValueError, "month out of range")
    if mday == 0:
        mday = 1
    elif mday < 0 or mday > 31:
        raise space.error(space.w_ValueError, "day of month out of range")
    if hour < 0 or hour > 23:
        raise space.error(space.w_ValueError, "hour out of range")
    if minute < 0 or minute > 59:
        raise space.error(space.w_ValueError, "minute out of range")
    if sec < 0 or sec > 61:
        raise space.error(space.w_ValueError, "seconds out of range")
    # C's (wday + 1) % 7 is negative below -1; above 6 it wraps
    if wday < -1:
        raise space.error(space.w_ValueError, "day of week out of range")
    if yday < 0 or yday > 366:
        raise space.error(space.w_ValueError, "day of year out of range")
    return space.newtext_utf8(format_asctime(year, mon - 1, mday, hour,
                                             minute, sec, (wday + 1) % 7))


def time_ctime(space, args):
    return asctime_of(space, struct_time_at(
        space, c_localtime_r, seconds_arg(space, args, 'ctime')))


def time_strptime(space, args):
    """As CPython: the pure-Python _strptime module parses."""
    check_args(space, args, 'strptime', 1, 2)
    w_strptime = space.import_name('_strptime', space.w_None, 0, None)
    return space.call_args(space.getattr(w_strptime, '_strptime_time'),
                           args)


def fill_timezone(space, w_mod):
    """timezone, altzone, daylight and tzname of the TZ the process runs
    in, from the UTC offsets of January and of July (CPython's
    init_timezone())."""
    year_seconds = (365 * 24 + 6) * 3600
    january = int(rtime.time()) // year_seconds * year_seconds
    jan_offset, jan_name = utc_offset_at(january)
    jul_offset, jul_name = utc_offset_at(january + year_seconds // 2)
    # in the southern hemisphere DST is in January
    if jan_offset < jul_offset:
        std_offset, dst_offset = jul_offset, jan_offset
        std_name, dst_name = jul_name, jan_name
    else:
        std_offset, dst_offset = jan_offset, jul_offset
        std_name, dst_name = jan_name, jul_name
    setitem = w_mod.w_dict.setitem_str
    setitem(space, 'timezone', space.newint(std_offset))
    setitem(space, 'altzone', space.newint(dst_offset))
    setitem(space, 'daylight', space.newint(int(std_offset != dst_offset)))
    setitem(space, 'tzname', space.newtuple([space.newtext_utf8(std_name),
                                             space.newtext_utf8(dst_name)]))


def utc_offset_at(seconds):
    """(seconds west of UTC, zone name) of local time at `seconds`."""
    with lltype.scoped_alloc(TIME_T_P.TO, 1) as t:
        t[0] = rffi.cast(rffi.TIME_T, seconds)
        with lltype.scoped_alloc(TM) as tm:
            if not c_localtime_r(t, tm):
                return 0, 'UTC'
            return -rffi.getintfield(tm, 'c_tm_gmtoff'), zone_of(tm)


FUNCTIONS = ([('sleep', time_sleep),
              ('localtime', time_localtime), ('gmtime', time_gmtime),
              ('strftime', time_strftime), ('mktime', time_mktime),
              ('get_clock_info', time_get_clock_info),
              ('clock_gettime', time_clock_gettime),
              ('clock_gettime_ns', time_clock_gettime_ns),
              ('clock_getres', time_clock_getres),
              ('asctime', time_asctime), ('ctime', time_ctime),
              ('strptime', time_strptime)] +
             make_clock_functions('process_time',
                                  rtime.CLOCK_PROCESS_CPUTIME_ID) +
             make_clock_functions('thread_time',
                                  rtime.CLOCK_THREAD_CPUTIME_ID) +
             make_clock_functions('perf_counter', rtime.CLOCK_MONOTONIC) +
             make_clock_functions('monotonic', rtime.CLOCK_MONOTONIC) +
             make_clock_functions('time', rtime.CLOCK_REALTIME))


def make_module(space):
    w_mod = space.newmodule('time')
    w_mod.w_dict.setitem_str(space, 'struct_time', space.make_builtin_type(
        'w_struct_time', TypeDef('struct_time', getset=STRUCT_TIME_GETSET,
                                 new=new_struct_time,
                                 acceptable_as_base=False),
        [space.w_tuple]))
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    for name in CLOCK_NAMES:
        w_mod.w_dict.setitem_str(space, name,
                                 space.newint(getattr(rtime, name)))
    w_mod.w_dict.setitem_str(space, '_STRUCT_TM_ITEMS',
                             space.newint(STRUCT_TM_ITEMS))
    fill_timezone(space, w_mod)
    return w_mod
