"""binascii's conversions between binary data and ASCII: hex and base64
(RFC 4648), as CPython 3.11's Modules/binascii.c, with its error
messages.  Pure string functions: errors are CodecError, which the module
raises as binascii.Error."""

from rpython.rlib.rstring import StringBuilder
from pypy.objspace.bytesobject import hex_value

BASE64_ALPHABET = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                   '0123456789+/')
BASE64_PAD = '='


def _base64_values():
    values = [-1] * 256
    for i in range(len(BASE64_ALPHABET)):
        values[ord(BASE64_ALPHABET[i])] = i
    return values


BASE64_VALUES = _base64_values()


class CodecError(Exception):
    def __init__(self, msg):
        self.msg = msg


def a2b_hex(data):
    if len(data) % 2 != 0:
        raise CodecError("Odd-length string")
    b = StringBuilder(len(data) // 2)
    for i in range(0, len(data), 2):
        high = hex_value(data[i])
        low = hex_value(data[i + 1])
        if high < 0 or low < 0:
            raise CodecError("Non-hexadecimal digit found")
        b.append(chr(high * 16 + low))
    return b.build()


def b2a_base64(data, newline):
    b = StringBuilder((len(data) + 2) // 3 * 4 + 1)
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8) | ord(data[i + 2])
        b.append(BASE64_ALPHABET[n >> 18])
        b.append(BASE64_ALPHABET[(n >> 12) & 0x3F])
        b.append(BASE64_ALPHABET[(n >> 6) & 0x3F])
        b.append(BASE64_ALPHABET[n & 0x3F])
    rest = len(data) - full
    if rest == 1:
        n = ord(data[full])
        b.append(BASE64_ALPHABET[n >> 2])
        b.append(BASE64_ALPHABET[(n & 0x3) << 4])
        b.append(BASE64_PAD * 2)
    elif rest == 2:
        n = (ord(data[full]) << 8) | ord(data[full + 1])
        b.append(BASE64_ALPHABET[n >> 10])
        b.append(BASE64_ALPHABET[(n >> 4) & 0x3F])
        b.append(BASE64_ALPHABET[(n & 0xF) << 2])
        b.append(BASE64_PAD)
    if newline:
        b.append('\n')
    return b.build()


def a2b_base64(data, strict_mode):
    """Decodes 4 characters to 3 bytes; outside strict mode, characters
    out of the alphabet are skipped and the first complete padding ends
    the data, as CPython's."""
    if strict_mode and len(data) > 0 and data[0] == BASE64_PAD:
        raise CodecError("Leading padding not allowed")
    b = StringBuilder(len(data) // 4 * 3 + 3)
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    for i in range(len(data)):
        ch = data[i]
        if ch == BASE64_PAD:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise CodecError("Excess data after padding")
                    return b.build()
            continue
        value = BASE64_VALUES[ord(ch)]
        if value < 0:
            if strict_mode:
                raise CodecError("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise CodecError("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            left = value
        elif quad_pos == 1:
            b.append(chr(((left << 2) | (value >> 4)) & 0xFF))
            left = value & 0x0F
        elif quad_pos == 2:
            b.append(chr(((left << 4) | (value >> 2)) & 0xFF))
            left = value & 0x03
        else:
            b.append(chr(((left << 6) | value) & 0xFF))
            left = 0
        quad_pos = (quad_pos + 1) % 4
    if quad_pos == 1:
        raise CodecError("Invalid base64-encoded string: number of data "
                         "characters (%d) cannot be 1 more than a multiple "
                         "of 4" % (b.getlength() // 3 * 4 + 1))
    if quad_pos != 0:
        raise CodecError("Incorrect padding")
    return b.build()
