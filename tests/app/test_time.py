"""The time module: the clock_gettime() clocks (types, monotonicity, float
and nanosecond readings that agree), get_clock_info, asctime/ctime/strptime
of fixed inputs, struct_time construction, the timezone attributes, and
CPython's errors for bad arguments."""

import time
import pytest

CLOCKS = ["time", "monotonic", "perf_counter", "process_time", "thread_time"]


def test_clock_types_and_ns_agreement():
    for name in CLOCKS:
        before = getattr(time, name + "_ns")()
        seconds = getattr(time, name)()
        after = getattr(time, name + "_ns")()
        assert type(before) is int and type(seconds) is float
        assert before <= after
        assert before / 1e9 - 1e-6 <= seconds <= after / 1e9 + 1e-6, name


def test_monotonic_clocks_never_go_back():
    for name in ["monotonic_ns", "perf_counter_ns", "process_time_ns",
                 "thread_time_ns"]:
        clock = getattr(time, name)
        readings = [clock() for i in range(1000)]
        assert readings == sorted(readings), name


def test_process_time_counts_cpu_not_sleep():
    start = time.process_time()
    total = 0
    for i in range(200000):
        total += i
    time.sleep(0.05)
    spent = time.process_time() - start
    assert 0 < spent < 5


def test_clock_constants_and_clock_gettime():
    assert (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC,
            time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
            time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME) == (0, 1, 2, 3,
                                                               4, 7)
    first = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    second = time.monotonic_ns()
    third = time.clock_gettime(time.CLOCK_MONOTONIC)
    assert type(first) is int and type(third) is float
    assert first <= second <= third * 1e9 + 1000
    assert abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1
    resolution = time.clock_getres(time.CLOCK_MONOTONIC)
    assert type(resolution) is float and 0 < resolution <= 0.01


def test_get_clock_info():
    expected = {
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True,
                         False),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True,
                        False),
    }
    for name in CLOCKS:
        info = time.get_clock_info(name)
        assert (info.implementation, info.monotonic,
                info.adjustable) == expected[name]
        assert type(info.resolution) is float and 0 < info.resolution <= 0.01
        assert type(info).__name__ == "SimpleNamespace"


def test_asctime_ctime_of_fixed_inputs():
    assert time.asctime((2020, 1, 5, 3, 4, 5, 6, 5, 0)) == \
        "Sun Jan  5 03:04:05 2020"
    assert time.asctime((20200, 0, 0, 0, 0, 0, 0, 0, 0)) == \
        "Mon Jan  1 00:00:00 20200"
    assert time.asctime(time.gmtime(0)) == "Thu Jan  1 00:00:00 1970"
    assert time.ctime(86400 * 365) == time.asctime(time.localtime(86400 * 365))
    assert type(time.ctime()) is str and type(time.asctime()) is str


def test_strptime_of_fixed_inputs():
    st = time.strptime("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
    assert isinstance(st, time.struct_time)
    assert tuple(st) == (2020, 3, 4, 5, 6, 7, 2, 64, -1)
    assert tuple(time.strptime("Mon Jan  1 00:00:00 2018")) == \
        (2018, 1, 1, 0, 0, 0, 0, 1, -1)
    with pytest.raises(ValueError, match="does not match format"):
        time.strptime("x", "%Y")
    with pytest.raises(TypeError, match="must be str"):
        time.strptime(1)


def test_struct_time_construction():
    st = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0))
    assert st.tm_year == 2020 and st.tm_wday == 2 and len(st) == 9
    assert st.tm_zone is None and st.tm_gmtoff is None
    st = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0, "CET", 3600))
    assert st.tm_zone == "CET" and st.tm_gmtoff == 3600 and len(st) == 9
    assert time._STRUCT_TM_ITEMS == 11
    with pytest.raises(TypeError) as excinfo:
        time.struct_time((1,) * 8)
    assert str(excinfo.value) == \
        "time.struct_time() takes an at least 9-sequence (8-sequence given)"
    with pytest.raises(TypeError) as excinfo:
        time.struct_time((1,) * 12)
    assert str(excinfo.value) == \
        "time.struct_time() takes an at most 11-sequence (12-sequence given)"
    with pytest.raises(TypeError) as excinfo:
        time.struct_time(5)
    assert str(excinfo.value) == "constructor requires a sequence"


def test_timezone_attributes():
    assert type(time.timezone) is int and type(time.altzone) is int
    assert time.daylight in (0, 1)
    assert (time.daylight == 1) == (time.timezone != time.altzone)
    assert type(time.tzname) is tuple and len(time.tzname) == 2
    assert all(type(name) is str for name in time.tzname)


def check_error(exc_type, message, func, *args):
    with pytest.raises(exc_type) as excinfo:
        func(*args)
    assert str(excinfo.value) == message


def test_bad_arguments():
    for func in [time.clock_gettime, time.clock_gettime_ns,
                 time.clock_getres]:
        check_error(OSError, "[Errno 22] Invalid argument", func, 12345)
    check_error(TypeError, "'float' object cannot be interpreted as an "
                "integer", time.clock_gettime, 1.5)
    check_error(TypeError, "time.process_time() takes no arguments "
                "(1 given)", time.process_time, 1)
    check_error(ValueError, "unknown clock", time.get_clock_info, "clock")
    check_error(TypeError, "get_clock_info() argument 1 must be str, not "
                "int", time.get_clock_info, 1)
    check_error(TypeError, "Tuple or struct_time argument required",
                time.asctime, [2020, 1, 1, 0, 0, 0, 0, 1, 0])
    check_error(TypeError, "asctime(): illegal time tuple argument",
                time.asctime, (1, 2))
    for index, value, message in [
            (1, 13, "month out of range"),
            (2, 32, "day of month out of range"),
            (3, 24, "hour out of range"), (4, 60, "minute out of range"),
            (5, 62, "seconds out of range"),
            (6, -2, "day of week out of range"),
            (7, 367, "day of year out of range")]:
        values = [2020, 1, 1, 0, 0, 0, 0, 1, 0]
        values[index] = value
        check_error(ValueError, message, time.asctime, tuple(values))
    check_error(ValueError, "Invalid value NaN (not a number)", time.ctime,
                float("nan"))
    check_error(OverflowError, "timestamp out of range for platform time_t",
                time.ctime, 1e20)
