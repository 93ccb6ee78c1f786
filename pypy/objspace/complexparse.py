"""complex('...'): CPython's complex_from_string grammar.

    [ws] ['('] [ws] body [ws] [')'] [ws]      (brackets in pairs)
    body:  <float> | <float>j | <float><signed-float>j
           | <float><sign>j | <sign>j | j

where <float> is anything float() accepts (inf, nan, 1e5, .5, ...) and
underscores may only stand between two digits, as in float()."""

from rpython.rlib import rfloat, rstring


class MalformedComplex(Exception):
    pass


class BadUnderscores(Exception):
    """CPython reports these with another message."""


WHITESPACE = ' \t\n\r\x0b\x0c'


def skip_spaces(s, i):
    while i < len(s) and s[i] in WHITESPACE:
        i += 1
    return i


def skip_digits(s, i):
    while i < len(s) and s[i].isdigit():
        i += 1
    return i


def match_word(s, i, word):
    """Whether s[i:] starts with `word`, ignoring case."""
    stop = i + len(word)
    if stop > len(s):
        return False
    assert i >= 0
    return s[i:stop].lower() == word


def float_prefix_end(s, i):
    """The end of the longest float literal starting at s[i], or i when
    there is none (what strtod's end pointer tells CPython)."""
    j = i
    if j < len(s) and (s[j] == '+' or s[j] == '-'):
        j += 1
    for word in ['infinity', 'inf', 'nan']:
        if match_word(s, j, word):
            return j + len(word)
    start = j
    j = skip_digits(s, j)
    ndigits = j - start
    if j < len(s) and s[j] == '.':
        k = skip_digits(s, j + 1)
        ndigits += k - (j + 1)
        j = k
    if ndigits == 0:
        return i
    if j < len(s) and (s[j] == 'e' or s[j] == 'E'):
        k = j + 1
        if k < len(s) and (s[k] == '+' or s[k] == '-'):
            k += 1
        if k < len(s) and s[k].isdigit():
            j = skip_digits(s, k)
    return j


def remove_underscores(s):
    """CPython's _Py_string_to_number_with_underscores: '_' only between
    digits."""
    if '_' not in s:
        return s
    result = []
    prev = '\0'
    for c in s:
        if c == '_':
            if not prev.isdigit():
                raise BadUnderscores
        else:
            if prev == '_' and not c.isdigit():
                raise BadUnderscores
            result.append(c)
        prev = c
    if prev == '_':
        raise BadUnderscores
    return ''.join(result)


def parse_float(s, start, stop):
    assert 0 <= start <= stop
    try:
        return rfloat.string_to_float(s[start:stop])
    except rstring.ParseStringError:     # not expected: checked above
        raise MalformedComplex


def is_j(s, i):
    return i < len(s) and (s[i] == 'j' or s[i] == 'J')


def sign_of(s, i):
    """1.0 or -1.0 for a sign at s[i], 0.0 when there is none."""
    if i < len(s):
        if s[i] == '+':
            return 1.0
        if s[i] == '-':
            return -1.0
    return 0.0


def parse_complex(s):
    """(real, imag) for the string s; raises MalformedComplex or
    BadUnderscores."""
    s = remove_underscores(s)
    i = skip_spaces(s, 0)
    bracket = i < len(s) and s[i] == '('
    if bracket:
        i = skip_spaces(s, i + 1)
    real = 0.0
    imag = 0.0
    end = float_prefix_end(s, i)
    if end != i:
        z = parse_float(s, i, end)
        i = end
        sign = sign_of(s, i)
        if sign != 0.0:                     # <float><signed-float>j
            real = z
            end = float_prefix_end(s, i)
            if end != i:
                imag = parse_float(s, i, end)
                i = end
            else:                           # <float><sign>j
                imag = sign
                i += 1
            if not is_j(s, i):
                raise MalformedComplex
            i += 1
        elif is_j(s, i):                    # <float>j
            imag = z
            i += 1
        else:                               # <float>
            real = z
    else:                                   # <sign>j or j
        sign = sign_of(s, i)
        if sign != 0.0:
            i += 1
        else:
            sign = 1.0
        if not is_j(s, i):
            raise MalformedComplex
        imag = sign
        i += 1
    i = skip_spaces(s, i)
    if bracket:
        if i >= len(s) or s[i] != ')':
            raise MalformedComplex
        i = skip_spaces(s, i + 1)
    if i != len(s):
        raise MalformedComplex
    return real, imag
