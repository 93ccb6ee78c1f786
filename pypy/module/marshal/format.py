"""The marshal format's type codes and limits (CPython's
Python/marshal.c), shared by the writer and the reader."""

VERSION = 4
MAX_DEPTH = 2000            # MAX_MARSHAL_STACK_DEPTH
SIZE32_MAX = 0x7FFFFFFF
FLAG_REF = 0x80             # the object is kept for later TYPE_REFs

TYPE_NULL = '0'
TYPE_NONE = 'N'
TYPE_FALSE = 'F'
TYPE_TRUE = 'T'
TYPE_STOPITER = 'S'
TYPE_ELLIPSIS = '.'
TYPE_INT = 'i'
TYPE_LONG = 'l'
TYPE_FLOAT = 'f'
TYPE_BINARY_FLOAT = 'g'
TYPE_COMPLEX = 'x'
TYPE_BINARY_COMPLEX = 'y'
TYPE_STRING = 's'
TYPE_INTERNED = 't'
TYPE_REF = 'r'
TYPE_TUPLE = '('
TYPE_LIST = '['
TYPE_DICT = '{'
TYPE_UNICODE = 'u'
TYPE_SET = '<'
TYPE_FROZENSET = '>'
TYPE_ASCII = 'a'
TYPE_ASCII_INTERNED = 'A'
TYPE_SMALL_TUPLE = ')'
TYPE_SHORT_ASCII = 'z'
TYPE_SHORT_ASCII_INTERNED = 'Z'

# longs are written in base 2**15 digits, as CPython's 15-bit digits
LONG_SHIFT = 15
LONG_MASK = (1 << LONG_SHIFT) - 1
