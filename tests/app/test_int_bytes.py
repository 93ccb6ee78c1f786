"""int.to_bytes and int.from_bytes: CPython's defaults, signs and
errors."""

import pytest


def test_round_trips():
    assert int.from_bytes([1, 2]) == 258 and (5).to_bytes() == b"\x05"
    assert (5).to_bytes(2, "little", signed=True) == b"\x05\x00"
    assert int.from_bytes(b"\xff\xfe", "little", signed=True) == -257
    assert (-129).to_bytes(2, "big", signed=True) == b"\xff\x7f"
    big = 2 ** 70 + 3
    assert int.from_bytes(big.to_bytes(10, "big"), byteorder="big") == big
    assert int.from_bytes(bytearray(b"\x80"), "big", signed=True) == -128
    assert type(bool.from_bytes(b"\x01", "big")) is bool


def test_errors():
    for call, error, message in [
            (lambda: (256).to_bytes(1, "big"), OverflowError,
             "int too big to convert"),
            (lambda: (-1).to_bytes(1, "big"), OverflowError,
             "can't convert negative int to unsigned"),
            (lambda: (1).to_bytes(1, "mid"), ValueError,
             "byteorder must be either 'little' or 'big'"),
            (lambda: int.from_bytes("a", "big"), TypeError,
             "cannot convert 'str' object to bytes"),
            (lambda: (1).to_bytes(-1, "big"), ValueError,
             "length argument must be non-negative")]:
        with pytest.raises(error) as info:
            call()
        assert str(info.value) == message
