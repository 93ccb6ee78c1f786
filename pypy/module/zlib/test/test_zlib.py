"""Interp-level tests of the zlib module's functions and stream objects
(the expected values are CPython 3.11's)."""

import pytest
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module.zlib import moduledef as m
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def call(func, *args_w, **kwargs_w):
    names = list(kwargs_w)
    return func(space, Arguments(list(args_w), names,
                                 [kwargs_w[n] for n in names]))


def bytes_of(w_obj):
    return w_obj.value


def test_round_trip_levels_and_wbits():
    data = ''.join([chr(i) for i in range(256)]) * 20
    for level in [0, 1, 9]:
        for wbits in [15, -15, 31]:
            w_z = call(m.zlib_compress, space.newbytes(data),
                       space.newint(level), space.newint(wbits))
            w_back = call(m.zlib_decompress, w_z, wbits=space.newint(wbits))
            assert bytes_of(w_back) == data


def test_checksums():
    assert space.int_w(call(m.zlib_crc32, space.newbytes('hello'))) == \
        907060870
    assert space.int_w(call(m.zlib_adler32, space.newbytes('hello'))) == \
        103547413
    assert space.int_w(call(m.zlib_adler32, space.newbytes('x'),
                            space.newint(5))) == 8192125


def test_decompressobj_keeps_unused_data_and_tail():
    w_z = call(m.zlib_compress, space.newbytes('abc' * 100))
    w_d = call(m.zlib_decompressobj)
    out = bytes_of(call(m.decompress_decompress, w_d, w_z,
                        max_length=space.newint(5)))
    assert out == 'abcab' and w_d.unconsumed_tail != ''
    out += bytes_of(call(m.decompress_flush, w_d))
    assert out == 'abc' * 100 and w_d.eof and w_d.unconsumed_tail == ''
    w_d = call(m.zlib_decompressobj)
    call(m.decompress_decompress, w_d,
         space.newbytes(bytes_of(w_z) + 'tail'))
    assert w_d.eof and w_d.unused_data == 'tail'


def test_compressobj_ends_at_finish():
    w_c = call(m.zlib_compressobj, space.newint(9))
    z = bytes_of(call(m.compress_compress, w_c, space.newbytes('x' * 50)))
    z += bytes_of(call(m.compress_flush, w_c))
    assert bytes_of(call(m.zlib_decompress, space.newbytes(z))) == 'x' * 50
    with pytest.raises(OperationError) as info:
        call(m.compress_compress, w_c, space.newbytes('x'))
    assert space.text_w(space.str(info.value.w_value)) == \
        u'Error -2 while compressing data: inconsistent stream state'


@pytest.mark.parametrize('data, message', [
    ('x\x9c\xcbH', u'Error -5 while decompressing data: incomplete or '
     u'truncated stream'),
    ('garbage', u'Error -3 while decompressing data: incorrect header '
     u'check')])
def test_decompress_errors(data, message):
    with pytest.raises(OperationError) as info:
        call(m.zlib_decompress, space.newbytes(data))
    assert space.text_w(space.str(info.value.w_value)) == message


def test_copies_go_on_independently():
    w_c = call(m.zlib_compressobj)
    head = bytes_of(call(m.compress_compress, w_c, space.newbytes('abc' * 9)))
    w_copy = call(m.compress_copy, w_c)
    for w_obj, tail in [(w_c, 'one'), (w_copy, 'two')]:
        z = head + bytes_of(call(m.compress_compress, w_obj,
                                 space.newbytes(tail)))
        z += bytes_of(call(m.compress_flush, w_obj))
        assert bytes_of(call(m.zlib_decompress, space.newbytes(z))) == \
            'abc' * 9 + tail
    z = bytes_of(call(m.zlib_compress, space.newbytes('xyz' * 20)))
    w_d = call(m.zlib_decompressobj)
    head = bytes_of(call(m.decompress_decompress, w_d, space.newbytes(z[:5])))
    w_copy = call(m.decompress_copy, w_d)
    for w_obj in [w_d, w_copy]:
        rest = bytes_of(call(m.decompress_decompress, w_obj,
                             space.newbytes(z[5:] + 'tail')))
        assert head + rest == 'xyz' * 20
        assert w_obj.unused_data == 'tail'
