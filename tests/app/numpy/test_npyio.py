"""NumPy's file I/O: ndarray.tofile/np.fromfile (raw bytes and text with
sep), np.save/np.load (.npy files byte-identical to NumPy's),
np.savez/np.savez_compressed and np.load's NpzFile (zip archives of .npy
members), and np.savetxt/np.loadtxt/np.genfromtxt, with file names, open
files and io.StringIO, and NumPy's errors."""

import io
import os
import shutil
import struct
import tempfile
import warnings
import zipfile

import numpy as np
import pytest


def in_temp_dir(test):
    """Runs test(folder) in a fresh temporary folder, removed after."""
    folder = tempfile.mkdtemp()
    try:
        test(folder)
    finally:
        shutil.rmtree(folder)


def npy_header(dict_text):
    """The .npy 1.0 header NumPy writes for these small arrays: magic,
    version, length, the dict padded with spaces to 128 bytes in all."""
    return (b'\x93NUMPY\x01\x00' + (118).to_bytes(2, 'little') +
            dict_text.ljust(117).encode('latin1') + b'\n')


# what NumPy 2.4's np.save writes: (name, array, header dict, data in hex)
NPY_FILES = [
    ('bool', np.array([True, False, True]),
     "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }",
     '010001'),
    ('int8', np.array([-1, 2], dtype=np.int8),
     "{'descr': '|i1', 'fortran_order': False, 'shape': (2,), }",
     'ff02'),
    ('uint8', np.array([255, 1], dtype=np.uint8),
     "{'descr': '|u1', 'fortran_order': False, 'shape': (2,), }",
     'ff01'),
    ('int16', np.array([-2, 300], dtype=np.int16),
     "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }",
     'feff2c01'),
    ('uint16', np.array([65535], dtype=np.uint16),
     "{'descr': '<u2', 'fortran_order': False, 'shape': (1,), }",
     'ffff'),
    ('int32', np.arange(6, dtype=np.int32).reshape(2, 3),
     "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }",
     '000000000100000002000000030000000400000005000000'),
    ('uint32', np.array([7], dtype=np.uint32),
     "{'descr': '<u4', 'fortran_order': False, 'shape': (1,), }",
     '07000000'),
    ('int64', np.array([-5, 2**40]),
     "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }",
     'fbffffffffffffff0000000000010000'),
    ('uint64', np.array([2**64 - 1], dtype=np.uint64),
     "{'descr': '<u8', 'fortran_order': False, 'shape': (1,), }",
     'ffffffffffffffff'),
    ('float16', np.array([1.5, -2.0], dtype=np.float16),
     "{'descr': '<f2', 'fortran_order': False, 'shape': (2,), }",
     '003e00c0'),
    ('float32', np.array([[0.25], [3.0]], dtype=np.float32),
     "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1), }",
     '0000803e00004040'),
    ('float64', np.array([1.0, np.nan, -np.inf]),
     "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }",
     '000000000000f03f000000000000f87f000000000000f0ff'),
    ('complex64', np.array([1 + 2j], dtype=np.complex64),
     "{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }",
     '0000803f00000040'),
    ('complex128', np.array([[1 - 1j, 0.5j]]),
     "{'descr': '<c16', 'fortran_order': False, 'shape': (1, 2), }",
     '000000000000f03f000000000000f0bf0000000000000000000000000000e03f'),
    ('0-d', np.array(2.5),
     "{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
     '0000000000000440'),
    ('empty', np.zeros((0, 3), dtype=np.int16),
     "{'descr': '<i2', 'fortran_order': False, 'shape': (0, 3), }",
     ''),
    ('F-order', np.arange(6.0).reshape((2, 3), order='F'),
     "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
     '0000000000000000000000000000f03f00000000000000400000000000000840'
     '00000000000010400000000000001440'),
    ('transposed', np.arange(6, dtype=np.int8).reshape(2, 3).T,
     "{'descr': '|i1', 'fortran_order': True, 'shape': (3, 2), }",
     '000102030405'),
    ('strided', np.arange(10, dtype=np.int32)[::3],
     "{'descr': '<i4', 'fortran_order': False, 'shape': (4,), }",
     '00000000030000000600000009000000'),
    ('3-d F', np.arange(24, dtype=np.uint8).reshape(2, 3, 4).T,
     "{'descr': '|u1', 'fortran_order': True, 'shape': (4, 3, 2), }",
     '000102030405060708090a0b0c0d0e0f1011121314151617'),
]


def from_hex(text):
    return bytes([int(text[i:i + 2], 16) for i in range(0, len(text), 2)])


def same_array(a, b):
    return (a.dtype == b.dtype and a.shape == b.shape and
            a.tobytes() == b.tobytes())


# ____________________________________________________________
# tobytes, frombuffer, dtype.str

def test_tobytes_orders_npyio():
    a = np.arange(6, dtype=np.int16).reshape(2, 3)
    assert a.tobytes('F') == bytes([0, 0, 3, 0, 1, 0, 4, 0, 2, 0, 5, 0])
    assert a.T.tobytes('A') == a.tobytes()
    # 'K' is C order for tobytes, even on a Fortran-ordered array
    assert a.T.tobytes('K') == a.T.tobytes('C') != a.tobytes()
    with pytest.raises(ValueError, match="order must be one of"):
        a.tobytes(order='X')


def test_frombuffer_bytes_and_bytearray():
    data = np.arange(4, dtype=np.uint16).tobytes()
    assert np.frombuffer(data, np.uint16, 2, 2).tolist() == [1, 2]
    a = np.frombuffer(bytearray(data), dtype='<u2', offset=4)
    assert a.tolist() == [2, 3] and a.dtype == np.uint16
    assert np.frombuffer(b'', np.int8).shape == (0,)
    with pytest.raises(ValueError,
                       match="buffer size must be a multiple of element "
                             "size"):
        np.frombuffer(bytearray(7), np.float32)
    with pytest.raises(ValueError,
                       match="buffer is smaller than requested size"):
        np.frombuffer(b'\x00' * 8, np.float64, count=2)
    with pytest.raises(ValueError, match="offset must be non-negative"):
        np.frombuffer(b'\x00' * 8, offset=-1)


def test_dtype_str_and_byte_order_prefixes():
    assert [np.dtype(c).str for c in '?bBhHiIlLefdFD'] == [
        '|b1', '|i1', '|u1', '<i2', '<u2', '<i4', '<u4', '<i8', '<u8',
        '<f2', '<f4', '<f8', '<c8', '<c16']
    assert np.dtype('<f8') == np.float64
    assert np.dtype('|b1') == np.bool_
    assert np.dtype('=i4') == np.int32
    assert np.dtype('<c16') == np.complex128


# ____________________________________________________________
# tofile, fromfile

def test_tofile_fromfile_binary():
    def test(folder):
        name = os.path.join(folder, 'a.bin')
        np.arange(5, dtype=np.int32).tofile(name)
        assert open(name, 'rb').read() == np.arange(5, dtype=np.int32) \
            .tobytes()
        assert np.fromfile(name, np.int32).tolist() == [0, 1, 2, 3, 4]
        assert np.fromfile(name, np.int32, count=2).tolist() == [0, 1]
        assert np.fromfile(name, np.int32, count=9).tolist() == \
            [0, 1, 2, 3, 4]
        assert np.fromfile(name, np.int32, offset=8).tolist() == [2, 3, 4]
        assert np.fromfile(name, np.int16).shape == (10,)
        with open(name, 'rb') as f:
            assert np.fromfile(f, np.int32, count=2).tolist() == [0, 1]
            assert np.fromfile(f, np.int32, count=1).tolist() == [2]
        with open(name, 'wb') as f:
            np.arange(6.0).reshape(2, 3).T.tofile(f)   # C order of a.T
        assert np.fromfile(name).tolist() == [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]
        a = np.fromfile(name)
        a[0] = 7.0          # writable
        assert a[0] == 7.0
        with open(name, 'wb') as f:
            f.write(b'\x01\x00\x02')
        assert np.fromfile(name, np.int16).tolist() == [1]
        np.array([1, 2], dtype=np.uint8).tofile(file=name)
        assert np.fromfile(file=name, dtype=np.uint8).tolist() == [1, 2]
        with pytest.raises(FileNotFoundError):
            np.fromfile(os.path.join(folder, 'missing'))
        with pytest.raises(TypeError, match="tofile\\(\\) missing required "
                                            "argument 'file' \\(pos 1\\)"):
            np.arange(3).tofile()
    in_temp_dir(test)


def test_tofile_fromfile_text():
    def test(folder):
        name = os.path.join(folder, 'a.txt')
        np.array([1.5, 2, 3]).tofile(name, sep=',')
        assert open(name).read() == '1.5,2.0,3.0'
        np.array([[1, 2], [3, 4]]).tofile(name, sep=' ', format='%03d')
        assert open(name).read() == '001 002 003 004'
        assert np.fromfile(name, sep=' ').tolist() == [1.0, 2.0, 3.0, 4.0]
        assert np.fromfile(name, dtype=int, sep=' ', count=3).tolist() == \
            [1, 2, 3]
        with open(name, 'w') as f:
            f.write('1, 2,3 ,\n4,')
        assert np.fromfile(name, dtype=np.int64, sep=',').tolist() == \
            [1, 2, 3, 4]
        with open(name, 'w') as f:
            f.write('1 2 x 3')
        with pytest.raises(ValueError, match="could not be read to its end"):
            np.fromfile(name, sep=' ')
        with open(name, 'w') as f:
            f.write('')
        assert np.fromfile(name, sep=' ').shape == (0,)
    in_temp_dir(test)


# ____________________________________________________________
# save, load

def test_save_writes_numpys_bytes():
    for name, array, dict_text, data in NPY_FILES:
        f = io.BytesIO()
        np.save(f, array)
        assert f.getvalue() == npy_header(dict_text) + from_hex(data), \
            name


def test_load_reads_numpys_files():
    for name, array, dict_text, data in NPY_FILES:
        f = io.BytesIO(npy_header(dict_text) + from_hex(data))
        loaded = np.load(f)
        assert loaded.dtype == array.dtype and loaded.shape == array.shape, \
            name
        assert loaded.tobytes() == array.tobytes(), name
        fortran = 'True' in dict_text
        assert loaded.flags.f_contiguous == (fortran or loaded.ndim < 2 or
                                             loaded.size == 0 or
                                             1 in loaded.shape), name
        assert loaded.flags.c_contiguous == (not fortran), name


def test_save_load_file_names():
    def test(folder):
        a = np.arange(12.0).reshape(3, 4)
        base = os.path.join(folder, 'arr')
        np.save(base, a)                    # '.npy' added
        assert sorted(os.listdir(folder)) == ['arr.npy']
        assert same_array(np.load(base + '.npy'), a)
        np.save(base + '.npy', a[::2])      # not added twice
        assert sorted(os.listdir(folder)) == ['arr.npy']
        assert same_array(np.load(base + '.npy'), a[::2].copy())
        with open(base + '.npy', 'wb') as f:
            np.save(f, np.array([1, 2], dtype=np.uint8))
            np.save(f, np.array(True))
        with open(base + '.npy', 'rb') as f:   # two arrays in one file
            assert np.load(f).tolist() == [1, 2]
            assert np.load(f).tolist() is True
        loaded = np.load(base + '.npy')
        loaded[0] = 9                       # writable
        assert loaded.tolist() == [9, 2]
        with pytest.raises(FileNotFoundError):
            np.load(os.path.join(folder, 'missing.npy'))
    in_temp_dir(test)


def test_load_errors():
    with pytest.raises(EOFError, match="No data left in file"):
        np.load(io.BytesIO(b''))
    with pytest.raises(ValueError, match="contains pickled"):
        np.load(io.BytesIO(b'not an npy file'))
    with pytest.raises(ValueError,
                       match="EOF: reading magic string, expected 8 bytes "
                             "got 6"):
        np.load(io.BytesIO(b'\x93NUMPY'))
    with pytest.raises(ValueError, match="we only support format version"):
        np.load(io.BytesIO(b'\x93NUMPY\x09\x00' + bytes(200)))
    header = npy_header("{'descr': '<f8', 'fortran_order': False, "
                        "'shape': (4,), }")
    with pytest.raises(ValueError, match="EOF: reading array data, "
                                         "expected 32 bytes got 16"):
        np.load(io.BytesIO(header + bytes(16)))

    def truncated_file(folder):
        name = os.path.join(folder, 'a.npy')
        with open(name, 'wb') as f:
            f.write(header + bytes(16))
        with pytest.raises(ValueError, match="Failed to read all data for "
                                             "array. Expected \\(4,\\) = 4 "
                                             "elements, could only read 2 "
                                             "elements"):
            np.load(name)
    in_temp_dir(truncated_file)
    with pytest.raises(ValueError, match="Cannot parse header"):
        np.load(io.BytesIO(npy_header("{'descr': <f8}")))
    with pytest.raises(ValueError, match="Header does not contain the "
                                         "correct keys"):
        np.load(io.BytesIO(npy_header("{'descr': '<f8', 'shape': (), }")))
    with pytest.raises(ValueError, match="descr is not a valid dtype "
                                         "descriptor: 'xyz'"):
        np.load(io.BytesIO(npy_header(
            "{'descr': 'xyz', 'fortran_order': False, 'shape': (), }")))
    with pytest.raises(ValueError, match="shape is not valid"):
        np.load(io.BytesIO(npy_header(
            "{'descr': '<f8', 'fortran_order': False, 'shape': 3, }")))
    with pytest.raises(ValueError, match="fortran_order is not a valid "
                                         "bool"):
        np.load(io.BytesIO(npy_header(
            "{'descr': '<f8', 'fortran_order': 0, 'shape': (), }")))
    with pytest.raises(ValueError, match="encoding must be"):
        np.load(io.BytesIO(b''), encoding='utf8')


# ____________________________________________________________
# savez, savez_compressed, NpzFile

def test_savez_writes_npy_members():
    f = io.BytesIO()
    arrays = {name: array for name, array, _, _ in NPY_FILES}
    np.savez(f, np.array([7], dtype=np.uint8), **arrays)
    with zipfile.ZipFile(f) as archive:
        # the keyword arrays first, then the positional ones
        assert archive.namelist() == \
            [name + '.npy' for name in arrays] + ['arr_0.npy']
        for name, _, dict_text, data in NPY_FILES:
            info = archive.getinfo(name + '.npy')
            assert info.compress_type == zipfile.ZIP_STORED, name
            assert archive.read(info) == \
                npy_header(dict_text) + from_hex(data), name
            # a zip64 extra field in the local header, as NumPy forces
            extra_length, = struct.unpack(
                '<H', f.getvalue()[info.header_offset + 28:
                                   info.header_offset + 30])
            assert extra_length == 20, name
        assert archive.read('arr_0.npy') == npy_header(
            "{'descr': '|u1', 'fortran_order': False, 'shape': (1,), }") + \
            b'\x07'


def test_savez_compressed_deflates():
    f = io.BytesIO()
    np.savez_compressed(f, zeros=np.zeros(1000), ramp=np.arange(5))
    with zipfile.ZipFile(f) as archive:
        infos = archive.infolist()
        assert [info.compress_type for info in infos] == \
            [zipfile.ZIP_DEFLATED] * 2
        assert infos[0].file_size == 128 + 8000
        assert infos[0].compress_size < 200
    f.seek(0)
    with np.load(f) as npz:
        assert same_array(npz['zeros'], np.zeros(1000))
        assert same_array(npz['ramp'], np.arange(5))


def test_load_npz_as_a_mapping():
    f = io.BytesIO()
    a = np.arange(6.0).reshape((2, 3), order='F')
    np.savez(f, a, np.array([1, 2], dtype=np.int16), flag=np.array(True))
    f.seek(0)
    with np.load(f) as npz:
        assert npz.files == ['flag', 'arr_0', 'arr_1']
        assert list(npz.keys()) == list(npz) == npz.files
        assert len(npz) == 3
        assert 'arr_0' in npz and 'arr_0.npy' in npz and 'a' not in npz
        assert 'flag' in npz.keys()
        loaded = npz['arr_0']
        assert same_array(loaded, a) and loaded.flags.f_contiguous
        assert npz['arr_1.npy'].tolist() == [1, 2]
        assert npz.f.flag.tolist() is True
        assert npz.get('missing') is None
        assert [name for name, _ in npz.items()] == npz.files
        assert [v.dtype.str for v in npz.values()] == ['|b1', '<f8', '<i2']
        assert repr(npz) == "NpzFile 'object' with keys: flag, arr_0, arr_1"
        with pytest.raises(KeyError, match="missing is not a file in the "
                                           "archive"):
            npz['missing']
    # the archive is closed, not the file np.load was given
    assert npz.zip is None and not f.closed


def test_savez_load_file_names():
    def test(folder):
        base = os.path.join(folder, 'arrays')
        np.savez(base, x=np.arange(3))          # '.npz' added
        np.savez_compressed(base + '.npz', y=np.ones(2))   # not twice
        assert os.listdir(folder) == ['arrays.npz']
        npz = np.load(base + '.npz')
        assert npz.files == ['y'] and npz['y'].tolist() == [1.0, 1.0]
        opened = npz.fid
        assert repr(npz) == "NpzFile %r with keys: y" % (base + '.npz')
        npz.close()
        assert opened.closed and npz.fid is None
        # a member that is no .npy file reads as its bytes
        with zipfile.ZipFile(base + '.npz', 'a') as archive:
            archive.writestr('notes.txt', b'not an array')
        with np.load(base + '.npz') as npz:
            assert npz.files == ['y', 'notes.txt']
            assert npz['notes.txt'] == b'not an array'
    in_temp_dir(test)


def test_savez_errors():
    with pytest.raises(ValueError, match="Cannot use un-named variables "
                                         "and keyword arr_0"):
        np.savez(io.BytesIO(), np.zeros(1), arr_0=np.ones(1))


# ____________________________________________________________
# savetxt

def saved_text(X, **kwargs):
    f = io.StringIO()
    np.savetxt(f, X, **kwargs)
    return f.getvalue()


def test_savetxt_formats():
    a = np.array([[1.0, 2.5], [-3.0, 0.125]])
    assert saved_text(a) == (
        '1.000000000000000000e+00 2.500000000000000000e+00\n'
        '-3.000000000000000000e+00 1.250000000000000000e-01\n')
    assert saved_text(a, fmt='%g', delimiter=',') == '1,2.5\n-3,0.125\n'
    assert saved_text(a, fmt=['%d', '%.1f'], newline=';') == \
        '1 2.5;-3 0.1;'
    assert saved_text(a, fmt='%.1f|%.2f') == '1.0|2.50\n-3.0|0.12\n'
    assert saved_text(np.arange(3), fmt='%d') == '0\n1\n2\n'
    assert saved_text(np.array([1 + 2j, 3 - 4j]), fmt='%g') == \
        ' (1+2j)\n (3-4j)\n'
    assert saved_text([[1, 2]], fmt='%d', header='a b\nc',
                      footer='end') == '# a b\n# c\n1 2\n# end\n'
    assert saved_text([[1, 2]], fmt='%d', header='h', comments='%% ') == \
        '%% h\n1 2\n'


def test_savetxt_files():
    def test(folder):
        name = os.path.join(folder, 'a.txt')
        np.savetxt(name, np.eye(2), fmt='%d')
        assert open(name).read() == '1 0\n0 1\n'
        with open(name, 'wb') as f:         # binary files get bytes
            np.savetxt(f, [1.5], fmt='%.2f')
        assert open(name, 'rb').read() == b'1.50\n'
        assert np.loadtxt(name).tolist() == 1.5
    in_temp_dir(test)


def test_savetxt_errors():
    with pytest.raises(ValueError, match="Expected 1D or 2D array, got 0D "
                                         "array instead"):
        saved_text(np.array(1.0))
    with pytest.raises(ValueError, match="Expected 1D or 2D array, got 3D"):
        saved_text(np.zeros((1, 1, 1)))
    with pytest.raises(AttributeError, match="fmt has wrong shape"):
        saved_text(np.zeros((2, 2)), fmt=['%d'])
    with pytest.raises(ValueError, match="fmt has wrong number of % "
                                         "formats:  %d %d %d"):
        saved_text(np.zeros((2, 2)), fmt='%d %d %d')
    with pytest.raises(ValueError, match="invalid fmt: 5"):
        saved_text(np.zeros((2, 2)), fmt=5)
    with pytest.raises(ValueError, match="fname must be a string or file "
                                         "handle"):
        np.savetxt(5, [1.0])


# ____________________________________________________________
# loadtxt

def loaded(text, **kwargs):
    return np.loadtxt(io.StringIO(text), **kwargs)


def test_loadtxt_shapes():
    assert loaded('1 2\n3 4\n').tolist() == [[1.0, 2.0], [3.0, 4.0]]
    assert loaded('1 2 3\n').shape == (3,)
    assert loaded('1\n2\n').shape == (2,)
    assert loaded('5\n').shape == ()
    assert loaded('5\n', ndmin=1).shape == (1,)
    assert loaded('5\n', ndmin=2).shape == (1, 1)
    assert loaded('1 2 3\n', ndmin=2).shape == (1, 3)
    assert loaded('1\n2\n', ndmin=2).shape == (2, 1)
    assert loaded('1 2\n3 4\n5 6\n', unpack=True).tolist() == \
        [[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]
    x, y = loaded('1 2\n3 4\n', unpack=True)
    assert x.tolist() == [1.0, 3.0] and y.tolist() == [2.0, 4.0]


def test_loadtxt_options():
    assert loaded('# h\n1 2 # c\n\n3 4\n').tolist() == [[1, 2], [3, 4]]
    assert loaded('% h\n1 2 ; c\n', comments=['%', ';']).tolist() == [1, 2]
    assert loaded('1,2\n 3 ,4\n', delimiter=',').tolist() == \
        [[1, 2], [3, 4]]
    assert loaded('a b\n1 2\n3 4\n', skiprows=1).tolist() == \
        [[1, 2], [3, 4]]
    assert loaded('1 2 3\n4 5 6\n', usecols=(0, 2)).tolist() == \
        [[1, 3], [4, 6]]
    assert loaded('1 2 3\n4 5 6\n', usecols=1).tolist() == [2, 5]
    assert loaded('1 2 3\n4 5 6\n', usecols=[-1]).tolist() == [3, 6]
    assert loaded('1 2\n3 4\n5 6\n', max_rows=2).shape == (2, 2)
    assert loaded('1 2\r\n3\t4\r\n').tolist() == [[1, 2], [3, 4]]
    assert loaded(' 1.5e3  -2 nan inf\n').tolist()[:2] == [1500.0, -2.0]


def test_loadtxt_dtypes():
    a = loaded('1 2\n3 4\n', dtype=int)
    assert a.dtype == np.int64 and a.tolist() == [[1, 2], [3, 4]]
    assert loaded('1.5 2\n', dtype=np.float32).dtype == np.float32
    assert loaded('1.5 2\n', dtype=np.float16).tolist() == [1.5, 2.0]
    assert loaded('255 0\n', dtype=np.uint8).tolist() == [255, 0]
    assert loaded('1 0\n', dtype=bool).tolist() == [True, False]
    assert loaded('1+2j 3\n', dtype=complex).tolist() == [1 + 2j, 3 + 0j]


def test_loadtxt_sources():
    assert np.loadtxt(['1 2', '3 4']).tolist() == [[1, 2], [3, 4]]
    assert np.loadtxt(io.BytesIO(b'1 2\n3 4\n')).tolist() == \
        [[1, 2], [3, 4]]

    def test(folder):
        name = os.path.join(folder, 'a.txt')
        with open(name, 'w') as f:
            f.write('1 2\n3 4\n')
        assert np.loadtxt(name).tolist() == [[1, 2], [3, 4]]
        with open(name) as f:
            assert np.loadtxt(f, dtype=int).tolist() == [[1, 2], [3, 4]]
        with open(name, 'rb') as f:
            assert np.loadtxt(f).tolist() == [[1, 2], [3, 4]]
    in_temp_dir(test)


def test_loadtxt_errors():
    with pytest.raises(ValueError, match="Illegal value of ndmin keyword: "
                                         "3"):
        loaded('5\n', ndmin=3)
    with pytest.raises(ValueError, match="the number of columns changed "
                                         "from 2 to 3 at row 2; use "
                                         "`usecols`"):
        loaded('# c\n\n1 2\n3 4 5\n')
    with pytest.raises(ValueError, match="could not convert string 'x' to "
                                         "float64 at row 1, column 2."):
        loaded('1 2\n3 x\n')
    with pytest.raises(ValueError, match="could not convert string '4.5' "
                                         "to int64 at row 1, column 2."):
        loaded('1 2\n3 4.5\n', dtype=int)
    with pytest.raises(ValueError, match="could not convert string '' to "
                                         "float64 at row 0, column 2."):
        loaded('1,,2\n', delimiter=',')
    with pytest.raises(ValueError, match="could not convert string 'x' to "
                                         "float64 at row 0, column 3."):
        loaded('1 2 x\n', usecols=[0, -1])
    with pytest.raises(ValueError, match="the number of columns changed "
                                         "from 2 to 1 at row 2"):
        loaded('1,2\n  \n3,4\n', delimiter=',')
    with pytest.raises(ValueError, match="could not convert string '0x10'"):
        loaded('0x10\n')
    with pytest.raises(ValueError, match="could not convert string '-1' to "
                                         "uint8"):
        loaded('-1\n', dtype=np.uint8)
    with pytest.raises(ValueError, match="could not convert string '300' "
                                         "to int8"):
        loaded('300\n', dtype=np.int8)
    with pytest.raises(ValueError, match="invalid column index 5 at row 1 "
                                         "with 3 columns"):
        loaded('1 2 3\n', usecols=[5])
    with pytest.raises(TypeError, match="usecols must be an int or a "
                                        "sequence of ints but it contains "
                                        "at least one element of type "
                                        "'float'"):
        loaded('1 2 3\n', usecols=[1.0])
    with pytest.raises(ValueError, match="fname must be a string, "
                                         "filehandle, list of strings"):
        np.loadtxt(5)
    with pytest.raises(FileNotFoundError, match="not found"):
        np.loadtxt('/nonexistent/folder/data.txt')


def test_loadtxt_no_data_warns():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        a = loaded('# only a comment\n\n')
        b = loaded('1 2\n', skiprows=5)
    assert a.shape == b.shape == (0,) and a.dtype == np.float64
    assert [w.category for w in caught] == [UserWarning, UserWarning]
    assert 'loadtxt: input contained no data' in str(caught[0].message)


# ____________________________________________________________
# genfromtxt

def generated(text, **kwargs):
    return np.genfromtxt(io.StringIO(text), **kwargs)


def same_with_nan(a, expected):
    return a.shape == np.array(expected).shape and all(
        (x != x and y != y) or x == y
        for x, y in zip(a.ravel().tolist(), np.ravel(expected).tolist()))


def test_genfromtxt_missing_values():
    nan = float('nan')
    assert same_with_nan(generated('1,2\n3,\n', delimiter=','),
                         [[1, 2], [3, nan]])
    assert same_with_nan(generated('1,abc\n3,4\n', delimiter=','),
                         [[1, nan], [3, 4]])
    assert same_with_nan(generated('1,N/A\n3,4\n', delimiter=',',
                                   missing_values='N/A'),
                         [[1, nan], [3, 4]])
    assert generated('1,\n3,4\n', delimiter=',',
                     filling_values=0).tolist() == [[1, 0], [3, 4]]
    a = generated('1,\n3,4\n', delimiter=',', dtype=int)
    assert a.dtype == np.int64 and a.tolist() == [[1, -1], [3, 4]]


def test_genfromtxt_options():
    assert generated('1 2\n3 4\n').tolist() == [[1, 2], [3, 4]]
    assert generated('h\n1 2\n3 4\n', skip_header=1).tolist() == \
        [[1, 2], [3, 4]]
    assert generated('1 2\n3 4\nf\n', skip_footer=1).tolist() == \
        [[1, 2], [3, 4]]
    assert generated('# x\n1 2 # y\n\n3 4\n').tolist() == [[1, 2], [3, 4]]
    assert generated('1 2\n').shape == (2,)
    assert generated('1 2 3\n4 5 6\n', usecols=(0, 2)).tolist() == \
        [[1, 3], [4, 6]]
    assert generated('1 2\n3 4\n5 6\n', unpack=True).tolist() == \
        [[1, 3, 5], [2, 4, 6]]
    assert np.genfromtxt(['1 2', '3 4']).tolist() == [[1, 2], [3, 4]]


def test_genfromtxt_errors():
    with pytest.raises(ValueError, match="Some errors were detected !\n"
                                         "    Line #2 \\(got 1 columns "
                                         "instead of 2\\)"):
        generated('1 2\n3\n')
    with pytest.raises(ValueError, match="Line #3 \\(got 2 columns instead "
                                         "of 3\\)"):
        generated('1 2 3\n3 4 5\n6 7\n')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        assert generated('').shape == (0,)
    assert 'genfromtxt: Empty input file' in str(caught[0].message)
