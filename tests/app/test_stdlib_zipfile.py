"""zipfile (on zlib, binascii.crc32, struct and the cp437 codec): archives
in memory and on disk, ZIP_STORED and ZIP_DEFLATED members, names in
UTF-8 and cp437, and CPython's bytes and errors."""

import io
import os
import shutil
import tempfile
import zipfile
import zlib

import pytest

# what CPython writes for two ZIP_STORED members with fixed dates: local
# headers and data, central directory, end record (made on Linux: the
# "made by" system is 3, the attributes are those of a 0o600 file)
STORED_ARCHIVE = (
    '504b03041400000000000539a65820303a36060000000600000005000000612e7478'
    '7468656c6c6f0a504b03041400000000000000210072fddb6c020000000200000007'
    '000000642f622e62696e00ff504b010214031400000000000539a65820303a360600'
    '000006000000050000000000000000000000800100000000612e747874504b010214'
    '031400000000000000210072fddb6c02000000020000000700000000000000000000'
    '00800129000000642f622e62696e504b050600000000020002006800000050000000'
    '0000')


def in_temp_dir(test):
    """Runs test(folder) in a fresh temporary folder, removed after."""
    folder = tempfile.mkdtemp()
    try:
        test(folder)
    finally:
        shutil.rmtree(folder)


def test_stored_archive_is_byte_identical():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr(zipfile.ZipInfo('a.txt', (2024, 5, 6, 7, 8, 10)),
                   b'hello\n')
        z.writestr(zipfile.ZipInfo('d/b.bin', (1980, 1, 1, 0, 0, 0)),
                   bytes([0, 255]))
    assert buf.getvalue().hex() == STORED_ARCHIVE
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(STORED_ARCHIVE))) as z:
        assert z.namelist() == ['a.txt', 'd/b.bin']
        assert [(i.filename, i.date_time, i.CRC, i.file_size)
                for i in z.infolist()] == [
            ('a.txt', (2024, 5, 6, 7, 8, 10), 0x363a3020, 6),
            ('d/b.bin', (1980, 1, 1, 0, 0, 0), 0x6cdbfd72, 2)]
        assert z.read('a.txt') == b'hello\n'
        assert z.read('d/b.bin') == b'\x00\xff'


def test_deflated_and_stored_members():
    data = bytes(range(256)) * 40 + b'tail'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('deflated.bin', data)
        z.writestr('stored.txt', 'text é', compress_type=zipfile.ZIP_STORED)
        z.writestr('empty/', b'')
    raw = buf.getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert z.namelist() == ['deflated.bin', 'stored.txt', 'empty/']
        deflated, stored, folder = z.infolist()
        assert (deflated.compress_type, deflated.file_size) == \
            (zipfile.ZIP_DEFLATED, len(data))
        assert deflated.compress_size < len(data) // 10
        assert deflated.CRC == zlib.crc32(data)
        assert (stored.compress_type, stored.file_size,
                stored.compress_size) == (zipfile.ZIP_STORED, 7, 7)
        assert folder.is_dir() and not stored.is_dir()
        assert z.read('deflated.bin') == data
        assert z.read(stored) == 'text é'.encode()
        with z.open('deflated.bin') as f:
            assert f.read(3) == b'\x00\x01\x02'
            assert f.read(2) == b'\x03\x04'
            assert len(f.read()) == len(data) - 5
        assert z.testzip() is None
    # a member's bytes are a raw deflate stream (no zlib header)
    start = deflated.header_offset + 30 + len('deflated.bin')
    member = raw[start:start + deflated.compress_size]
    assert zlib.decompress(member, -15) == data


def test_names_in_utf8_and_cp437():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr('é.txt', b'utf-8 name')
        z.writestr('X.txt', b'cp437 name')
    assert buf.getvalue().count('é.txt'.encode()) == 2
    # without the UTF-8 flag a name is cp437: b'\x82' is 'é'
    raw = buf.getvalue().replace(b'X.txt', b'\x82.txt')
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert [i.flag_bits for i in z.infolist()] == [0x800, 0]
        assert z.namelist() == ['é.txt', 'é.txt']
        assert [z.read(i) for i in z.infolist()] == \
            [b'utf-8 name', b'cp437 name']


def test_files_on_disk():
    def test(folder):
        source = os.path.join(folder, 'source.txt')
        archive = os.path.join(folder, 'archive.zip')
        with open(source, 'wb') as f:
            f.write(b'line\n' * 100)
        with zipfile.ZipFile(archive, 'w', zipfile.ZIP_DEFLATED) as z:
            z.write(source, 'in/source.txt')
        with zipfile.ZipFile(archive, 'a') as z:
            z.writestr('added.txt', b'appended')
        assert zipfile.is_zipfile(archive)
        assert not zipfile.is_zipfile(source)
        with zipfile.ZipFile(archive) as z:
            assert z.namelist() == ['in/source.txt', 'added.txt']
            assert [i.compress_type for i in z.infolist()] == \
                [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]
            z.extractall(os.path.join(folder, 'out'))
        with open(os.path.join(folder, 'out', 'in', 'source.txt'),
                  'rb') as f:
            assert f.read() == b'line\n' * 100
        assert sorted(os.listdir(os.path.join(folder, 'out'))) == \
            ['added.txt', 'in']
    in_temp_dir(test)


def test_errors():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr('a', b'')
    with zipfile.ZipFile(buf) as z:
        with pytest.raises(KeyError, match="There is no item named 'b' in "
                           "the archive"):
            z.read('b')
    with pytest.raises(zipfile.BadZipFile, match='File is not a zip file'):
        zipfile.ZipFile(io.BytesIO(b'not a zip file'))
    with pytest.raises(ValueError, match="ZipFile requires mode 'r', 'w', "
                       "'x', or 'a'"):
        zipfile.ZipFile(io.BytesIO(), 'q')
