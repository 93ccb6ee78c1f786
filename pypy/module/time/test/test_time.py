"""Interp-level tests of time: the clock_gettime() clocks in seconds and
nanoseconds, get_clock_info, asctime/ctime, struct_time construction, the
timezone attributes, and argument errors."""

import time

import pytest

from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module.time import moduledef
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
FUNCTIONS = dict(moduledef.FUNCTIONS)
w_time = space.builtin_modules['time']


def call(name, *args_w):
    return FUNCTIONS[name](space, Arguments(list(args_w)))


def raises_app(w_type, message, name, *args_w):
    with pytest.raises(OperationError) as excinfo:
        call(name, *args_w)
    assert excinfo.value.match(space, w_type)
    assert space.str_u(excinfo.value.w_value) == message


def attr(name):
    return w_time.w_dict.getitem_str(space, name)


def test_clock_constants_are_linux_values():
    for name, value in [('CLOCK_REALTIME', 0), ('CLOCK_MONOTONIC', 1),
                        ('CLOCK_PROCESS_CPUTIME_ID', 2),
                        ('CLOCK_THREAD_CPUTIME_ID', 3),
                        ('CLOCK_MONOTONIC_RAW', 4), ('CLOCK_BOOTTIME', 7)]:
        assert space.int_w(attr(name)) == value


@pytest.mark.parametrize('name', ['time', 'monotonic', 'perf_counter',
                                  'process_time', 'thread_time'])
def test_seconds_and_nanoseconds_agree(name):
    before = space.int_w(call(name + '_ns'))
    seconds = space.float_w(call(name))
    after = space.int_w(call(name + '_ns'))
    assert before * 1e-9 - 1e-6 <= seconds <= after * 1e-9 + 1e-6


def test_monotonic_never_goes_back():
    w_clock = attr('CLOCK_MONOTONIC')
    first = space.int_w(call('clock_gettime_ns', w_clock))
    second = space.int_w(call('monotonic_ns'))
    third = space.float_w(call('clock_gettime', w_clock))
    assert first <= second <= third * 1e9 + 1000


def test_clock_getres():
    assert 0 < space.float_w(call('clock_getres',
                                  attr('CLOCK_REALTIME'))) <= 0.01


def test_invalid_clock_is_einval():
    for name in ['clock_gettime', 'clock_gettime_ns', 'clock_getres']:
        raises_app(space.w_OSError, u'[Errno 22] Invalid argument', name,
                   space.newint(12345))


def test_clock_argument_types():
    raises_app(space.w_TypeError,
               u"'float' object cannot be interpreted as an integer",
               'clock_gettime', space.newfloat(1.5))
    raises_app(space.w_TypeError, u'time.process_time() takes no arguments '
               u'(1 given)', 'process_time', space.newint(1))


def test_get_clock_info():
    w_info = call('get_clock_info', space.newtext(u'process_time'))
    assert space.text_utf8(space.getattr(w_info, 'implementation')) == \
        'clock_gettime(CLOCK_PROCESS_CPUTIME_ID)'
    assert space.is_true(space.getattr(w_info, 'monotonic'))
    assert not space.is_true(space.getattr(w_info, 'adjustable'))
    assert space.float_w(space.getattr(w_info, 'resolution')) == \
        space.float_w(call('clock_getres', attr('CLOCK_PROCESS_CPUTIME_ID')))
    w_info = call('get_clock_info', space.newtext(u'time'))
    assert space.is_true(space.getattr(w_info, 'adjustable'))
    raises_app(space.w_ValueError, u'unknown clock', 'get_clock_info',
               space.newtext(u'clock'))
    raises_app(space.w_TypeError, u'get_clock_info() argument 1 must be str, '
               u'not int', 'get_clock_info', space.newint(1))


def time_tuple(*values):
    return space.newtuple([space.newint(v) for v in values])


def test_asctime_and_ctime():
    assert space.text_utf8(call('asctime', time_tuple(
        2020, 1, 5, 3, 4, 5, 6, 5, 0))) == 'Sun Jan  5 03:04:05 2020'
    # 0 stands for January and the 1st; a year is not limited to 4 digits
    assert space.text_utf8(call('asctime', time_tuple(
        20200, 0, 0, 0, 0, 0, 0, 0, 0))) == 'Mon Jan  1 00:00:00 20200'
    assert space.text_utf8(call('ctime', space.newint(0))) == \
        time.ctime(0)


@pytest.mark.parametrize('index, value, message', [
    (1, 13, u'month out of range'), (2, 32, u'day of month out of range'),
    (3, 24, u'hour out of range'), (4, 60, u'minute out of range'),
    (5, 62, u'seconds out of range'), (6, -2, u'day of week out of range'),
    (7, 367, u'day of year out of range')])
def test_asctime_range_errors(index, value, message):
    values = [2020, 1, 1, 0, 0, 0, 0, 1, 0]
    values[index] = value
    raises_app(space.w_ValueError, message, 'asctime', time_tuple(*values))


def test_asctime_argument_errors():
    raises_app(space.w_TypeError, u'Tuple or struct_time argument required',
               'asctime', space.newlist([space.newint(1)] * 9))
    raises_app(space.w_TypeError, u'asctime(): illegal time tuple argument',
               'asctime', time_tuple(1, 2))


def test_struct_time_from_9_to_11_items():
    w_st = space.call_function(space.w_struct_time,
                               time_tuple(2020, 1, 1, 0, 0, 0, 2, 1, 0))
    assert space.int_w(space.getattr(w_st, 'tm_wday')) == 2
    assert space.is_none(space.getattr(w_st, 'tm_zone'))
    w_st = space.call_function(space.w_struct_time, space.newtuple(
        [space.newint(1)] * 9 + [space.newtext(u'CET'), space.newint(3600)]))
    assert space.text_utf8(space.getattr(w_st, 'tm_zone')) == 'CET'
    assert space.int_w(space.getattr(w_st, 'tm_gmtoff')) == 3600
    for n, message in [(8, u'at least 9-sequence (8-sequence given)'),
                       (12, u'at most 11-sequence (12-sequence given)')]:
        with pytest.raises(OperationError) as excinfo:
            space.call_function(space.w_struct_time,
                                time_tuple(*([1] * n)))
        assert space.str_u(excinfo.value.w_value) == \
            u'time.struct_time() takes an ' + message


@pytest.fixture(params=['UTC0', 'EST+05EDT,M3.2.0,M11.1.0',
                        'AEST-10AEDT,M10.1.0,M4.1.0/3'])
def local_zone(request, monkeypatch):
    """The process's TZ (a POSIX rule, which needs no zoneinfo file):
    north and south of the equator, and without DST."""
    monkeypatch.setenv('TZ', request.param)
    time.tzset()
    moduledef.fill_timezone(space, w_time)
    yield
    monkeypatch.undo()
    time.tzset()
    moduledef.fill_timezone(space, w_time)


def test_timezone_of_the_process(local_zone):
    assert space.int_w(attr('timezone')) == time.timezone
    assert space.int_w(attr('altzone')) == time.altzone
    assert space.int_w(attr('daylight')) == time.daylight
    assert [space.text_utf8(w) for w in space.unpackiterable(
        attr('tzname'))] == list(time.tzname)
