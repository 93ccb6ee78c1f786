"""The text faulthandler writes of the Python stack, as CPython 3.11's
traceback.c: a header, then one line per frame, most recent first, at most
MAX_FRAME_DEPTH of them, names written in ASCII with escapes."""

from rpython.rlib.runicode import str_decode_utf_8
from pypy.interpreter.frameattrs import current_line

MAX_FRAME_DEPTH = 100
MAX_STRING_LENGTH = 500
HEX_DIGITS = '0123456789abcdef'


def hexadecimal(value, width):
    """value in lowercase hex digits, zero-padded to width."""
    digits = []
    while value > 0 or len(digits) < width:
        digits.append(HEX_DIGITS[value & 0xf])
        value >>= 4
    digits.reverse()
    return ''.join(digits)


def ascii_text(s):
    """The UTF-8 string s as CPython's _Py_DumpASCII writes it: printable
    ASCII as is, other characters as \\x, \\u or \\U escapes, cut after
    MAX_STRING_LENGTH characters with '...'."""
    u, _ = str_decode_utf_8(s, len(s), 'replace', final=True)
    parts = []
    for i in range(min(len(u), MAX_STRING_LENGTH)):
        code = ord(u[i])
        if 0x20 <= code <= 0x7e:
            parts.append(chr(code))
        elif code <= 0xff:
            parts.append('\\x' + hexadecimal(code, 2))
        elif code <= 0xffff:
            parts.append('\\u' + hexadecimal(code, 4))
        else:
            parts.append('\\U' + hexadecimal(code, 8))
    if len(u) > MAX_STRING_LENGTH:
        parts.append('...')
    return ''.join(parts)


def frame_lines(frame):
    """The lines of frame and its callers."""
    if frame is None:
        return ['  <no Python frame>\n']
    lines = []
    depth = 0
    while frame is not None:
        if depth >= MAX_FRAME_DEPTH:
            lines.append('  ...\n')
            break
        code = frame.pycode
        lines.append('  File "%s", line %d in %s\n' % (
            ascii_text(code.co_filename), current_line(frame),
            ascii_text(code.co_name)))
        frame = frame.f_backref()
        depth += 1
    return lines


def stack_text(frame, all_threads, thread_ident):
    """faulthandler.dump_traceback's text: with all_threads, the current
    thread's stack under its id (pypy-c runs one thread), else under
    'Stack'."""
    if all_threads:
        header = 'Current thread 0x%s (most recent call first):\n' % (
            hexadecimal(thread_ident, 16))
    else:
        header = 'Stack (most recent call first):\n'
    return header + ''.join(frame_lines(frame))
