"""traceback, threading, logging and what they need: atexit, time's
struct_time functions, sys.excepthook (CPython 3.11's standard library on
pypy-c; CPython gives the expected results)."""

import pytest


def test_traceback_format_exc():
    import traceback
    try:
        {}["missing"]
    except KeyError:
        text = traceback.format_exc()
    # the "Traceback (most recent call last):" lines need traceback
    # objects, which pypy-c does not make yet
    assert text.endswith("KeyError: 'missing'\n")
    assert traceback.format_exception_only(ValueError("bad")) == ["ValueError: bad\n"]


def test_threading_import_and_lock():
    import threading
    lock = threading.Lock()
    with lock:
        assert lock.locked()
    assert not lock.locked()
    assert threading.current_thread().name == "MainThread"
    assert threading.main_thread() is threading.current_thread()
    event = threading.Event()
    event.set()
    assert event.wait(0)


def test_logging_to_stream():
    import io
    import logging
    stream = io.StringIO()
    logger = logging.getLogger("app.part")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(funcName)s:%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.debug("hidden")
    logger.info("shown %d", 3)
    logger.warning("careful")
    logger.removeHandler(handler)
    assert stream.getvalue() == ("INFO:app.part:test_logging_to_stream:shown 3\n"
                                 "WARNING:app.part:test_logging_to_stream:careful\n")
    assert logging.getLevelName(logging.ERROR) == "ERROR"
    assert logger.isEnabledFor(logging.INFO) and not logger.isEnabledFor(logging.DEBUG)


def test_atexit_register():
    import atexit
    calls = []

    def record(x, y=0):
        calls.append((x, y))
    assert atexit.register(record, 1, y=2) is record
    atexit.unregister(record)
    assert calls == []
    with pytest.raises(TypeError):
        atexit.register(42)


def test_time_struct_time():
    import time
    t = time.gmtime(86400 * 365 + 3661)
    assert tuple(t) == (1971, 1, 1, 1, 1, 1, 4, 1, 0)
    assert (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday) == (1971, 1, 1, 1, 4, 1)
    assert t.tm_zone == "GMT" and t.tm_gmtoff == 0
    assert repr(time.gmtime(0)) == ("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, "
                                    "tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)")
    assert time.strftime("%Y-%m-%d %H:%M:%S", t) == "1971-01-01 01:01:01"
    local = time.localtime(1000000000)
    assert time.mktime(local) == 1000000000.0
    assert isinstance(time.localtime(), time.struct_time)
