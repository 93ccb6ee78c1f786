"""zlib (built in, over libz) and gzip over it: one-shot and streaming
compression, unused_data/unconsumed_tail, checksums, constants and
CPython's errors."""

import pytest

DATA = bytes(range(256)) * 50


def test_compress_levels_and_wbits():
    import zlib
    for level in [0, 1, 6, 9]:
        for wbits in [15, -15, 31, 9]:
            z = zlib.compress(DATA, level, wbits)
            assert zlib.decompress(z, wbits) == DATA
            if wbits > 0:
                assert zlib.decompress(z, 47) == DATA
    assert zlib.compress(b'hello' * 10) == b'x\x9c\xcbH\xcd\xc9\xc9\xcf \x85\x00\x00\x11j\x14\xc9'
    assert zlib.compress(b'abc', level=9, wbits=-15) == b'KLJ\x06\x00'


def test_streams():
    import zlib
    c = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
    z = c.compress(DATA[:1000]) + c.flush(zlib.Z_SYNC_FLUSH)
    z += c.compress(DATA[1000:]) + c.flush()
    assert zlib.decompress(z, -15) == DATA
    d = zlib.decompressobj()
    assert d.decompress(zlib.compress(b'abc') + b'tail') == b'abc'
    assert d.unused_data == b'tail' and d.eof
    assert d.decompress(b'more') == b'' and d.unused_data == b'tailmore'
    d = zlib.decompressobj()
    assert d.decompress(zlib.compress(b'abc' * 100), 5) == b'abcab'
    assert len(d.unconsumed_tail) == 7 and not d.eof
    assert d.flush() == b'c' + b'abc' * 98 and d.eof
    c = zlib.compressobj(zdict=b'abcabc')
    z = c.compress(b'abcabcabc') + c.flush()
    assert zlib.decompressobj(zdict=b'abcabc').decompress(z) == b'abcabcabc'


def test_checksums_and_constants():
    import zlib
    assert zlib.crc32(b'hello') == 907060870
    assert zlib.crc32(b'x', 2 ** 40) == 2363233923
    assert zlib.adler32(b'hello') == 103547413
    assert zlib.adler32(b'x', 5) == 8192125
    assert (zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.Z_FINISH,
            zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL) == (9, 16384, 4, 15, 8)
    assert zlib.error.__module__ == 'zlib'
    assert type(zlib.compressobj()).__name__ == 'Compress'
    assert zlib.ZLIB_VERSION.count('.') >= 2


def test_errors():
    import zlib
    with pytest.raises(zlib.error, match='Bad compression level'):
        zlib.compress(b'', 10)
    with pytest.raises(ValueError, match='Invalid initialization option'):
        zlib.compressobj(10)
    with pytest.raises(zlib.error, match='Error -5 while decompressing data: incomplete or truncated stream'):
        zlib.decompress(b'x\x9c\xcbH')
    with pytest.raises(zlib.error, match='Error -3 while decompressing data: incorrect header check'):
        zlib.decompress(b'garbage')
    with pytest.raises(zlib.error, match='Error -2 while preparing to decompress data'):
        zlib.decompress(b'', 3)
    with pytest.raises(ValueError, match='max_length must be non-negative'):
        zlib.decompressobj().decompress(b'', max_length=-1)
    with pytest.raises(TypeError, match="a bytes-like object is required, not 'str'"):
        zlib.compress('x')
    c = zlib.compressobj()
    c.flush()
    with pytest.raises(zlib.error, match='Error -2 while compressing data: inconsistent stream state'):
        c.compress(b'x')


def test_gzip():
    import gzip
    g = gzip.compress(b'hello gzip' * 10, mtime=0)
    assert g == (b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9WH'
                 b'\xaf\xca,\xc8\xa0\x19\x0b\x00\xf32L\xb3d\x00\x00\x00')
    assert gzip.decompress(g) == b'hello gzip' * 10
    assert gzip.decompress(g + g) == b'hello gzip' * 20
    with pytest.raises(EOFError):
        gzip.decompress(g[:-10])


def scratch_gzip_path(tag):
    import os
    return os.path.join(os.getcwd(), "_scratch_%s_%d.gz" % (tag, os.getpid()))


def test_gzip_open_binary_round_trip():
    # reading goes through io.BufferedReader over gzip's decompressor
    import gzip, os
    data = b''.join(('line %d\n' % i).encode() for i in range(20000))
    path = scratch_gzip_path("binary")
    try:
        with gzip.open(path, 'wb') as f:
            f.write(data)
        with gzip.open(path, 'rb') as f:
            assert f.read() == data
        assert f.closed
        with gzip.open(path, 'rb') as f:
            assert f.read(7) == b'line 0\n'
            assert f.readline() == b'line 1\n'
            assert f.peek(3)[:3] == b'lin'
            assert f.read1(4) == b'line'
            assert f.tell() == 18
            assert f.seek(0) == 0
            assert f.readline() == b'line 0\n'
            assert len(f.readlines()) == 19999
    finally:
        os.remove(path)


def test_gzip_open_text_round_trip():
    import gzip, os
    path = scratch_gzip_path("text")
    try:
        with gzip.open(path, 'wt') as f:
            assert f.write('h\xe9llo\r\nw\u20acrld\n') == 13
        with gzip.open(path, 'rt') as f:
            assert f.read() == 'h\xe9llo\nw\u20acrld\n'
        with gzip.open(path, 'rt', encoding='utf-8', newline='') as f:
            assert list(f) == ['h\xe9llo\r\n', 'w\u20acrld\n']
        assert f.closed
    finally:
        os.remove(path)


def test_gzipfile_over_bytesio():
    import gzip, io
    g = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'xyz' * 100)))
    assert g.read(4) == b'xyzx'
    assert g.read() == b'yz' + b'xyz' * 98
    g.close()
    assert g.closed


def test_buffered_reader_over_raw_stream():
    import io
    raw = io.BytesIO(b'ab\ncd')
    b = io.BufferedReader(raw)
    assert b.read1(1) == b'a'
    assert b.peek() == b'b\ncd'
    assert b.readline() == b'b\n'
    assert b.read() == b'cd'
    assert not b.closed
    b.close()
    assert b.closed and raw.closed


def test_compress_copy():
    import copy, zlib
    c = zlib.compressobj()
    head = c.compress(DATA[:5000])
    for c2 in [c.copy(), copy.copy(c), copy.deepcopy(c)]:
        assert zlib.decompress(head + c2.compress(b'tail') + c2.flush()) == \
            DATA[:5000] + b'tail'
    assert zlib.decompress(head + c.compress(DATA[5000:]) + c.flush()) == DATA
    with pytest.raises(ValueError, match='Inconsistent stream state'):
        c.copy()


def test_decompress_copy():
    import copy, zlib
    z = zlib.compress(DATA)
    d = zlib.decompressobj()
    head = d.decompress(z[:100], 10)
    d2 = d.copy()
    assert d2.unconsumed_tail == d.unconsumed_tail != b""
    for d3 in [d, d2]:
        assert head + d3.decompress(d3.unconsumed_tail + z[100:]) == DATA
    d = zlib.decompressobj()
    d.decompress(z + b'xx')
    for d3 in [d.copy(), copy.copy(d), copy.deepcopy(d)]:
        assert d3.eof and d3.unused_data == b'xx'
    with pytest.raises(TypeError):
        d.copy(1, 2)
