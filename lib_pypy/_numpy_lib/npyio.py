"""np.load (of .npy files and .npz archives), np.savez,
np.savez_compressed and NpzFile, what np.load gives for an archive, as
NumPy's numpy/lib/_npyio_impl.py has them. An .npz file is a zip archive
of .npy members: arr_0.npy, arr_1.npy... for the arrays passed by
position, the keyword's name for the others; savez stores them,
savez_compressed deflates them. (Standard-library modules are imported
where used: importing _numpy_lib must not need them.)"""

import numpy as np

from .fileargs import FileArg
from .npyformat import MAGIC_PREFIX, read_array, write_array

# the first bytes of a zip archive (an empty one is just its end record)
ZIP_PREFIXES = (b'PK\x03\x04', b'PK\x05\x06')
# the arrays an NpzFile's repr names
REPR_NAMES_MAX = 5


def load(file, mmap_mode=None, allow_pickle=False, fix_imports=True,
         encoding='ASCII', *, max_header_size=10000):
    if encoding not in ('ASCII', 'latin1', 'bytes'):
        raise ValueError("encoding must be 'ASCII', 'latin1', or 'bytes'")
    file_arg = FileArg(file, 'rb', 'read')
    with file_arg as f:
        prefix = f.read(len(MAGIC_PREFIX))
        if not prefix:
            raise EOFError("No data left in file")
        if prefix == MAGIC_PREFIX:
            return read_array(f, prefix)
        if prefix.startswith(ZIP_PREFIXES):
            f.seek(-len(prefix), 1)
            return NpzFile(f, own_fid=file_arg.hand_over(),
                           allow_pickle=allow_pickle)
        raise ValueError(
            "This file contains pickled (object) data. If you trust "
            "the file you can load it unsafely using the "
            "`allow_pickle=` keyword argument or `pickle.load()`.")


def savez(file, *args, allow_pickle=True, **kwds):
    _savez(file, args, kwds, compress=False)


def savez_compressed(file, *args, allow_pickle=True, **kwds):
    _savez(file, args, kwds, compress=True)


def _savez(file, args, kwds, compress):
    import os
    import zipfile
    if not hasattr(file, 'write'):
        file = os.fspath(file)
        if not file.endswith('.npz'):
            file = file + '.npz'
    arrays = dict(kwds)
    for i, value in enumerate(args):
        name = 'arr_%d' % i
        if name in arrays:
            raise ValueError("Cannot use un-named variables and keyword %s"
                             % name)
        arrays[name] = value
    compression = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(file, mode='w', compression=compression,
                         allowZip64=True) as archive:
        for name, value in arrays.items():
            # NumPy always writes zip64 extra fields (numpy gh-10776)
            with archive.open(name + '.npy', 'w', force_zip64=True) as f:
                write_array(f, np.asarray(value))


class NpzFile:
    """The arrays of an .npz archive, read when asked for: a mapping from
    their names (with or without '.npy') to arrays, or to the bytes of a
    member that is not an .npy file. Closes the archive, and the file if
    np.load opened it, on close() or at the end of a `with`."""

    zip = None
    fid = None

    def __init__(self, fid, own_fid=False, allow_pickle=False):
        import zipfile
        self.zip = zipfile.ZipFile(fid, allowZip64=True)
        members = self.zip.namelist()
        self.files = [name.removesuffix('.npy') for name in members]
        self._members = dict(zip(self.files, members))
        self._members.update(zip(members, members))
        self.allow_pickle = allow_pickle
        self.f = BagObj(self)
        if own_fid:
            self.fid = fid

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        if self.zip is not None:
            self.zip.close()
            self.zip = None
        if self.fid is not None:
            self.fid.close()
            self.fid = None
        self.f = None

    def __iter__(self):
        return iter(self.files)

    def __len__(self):
        return len(self.files)

    def __contains__(self, key):
        return key in self._members

    def __getitem__(self, key):
        try:
            member = self._members[key]
        except KeyError:
            raise KeyError("%s is not a file in the archive" % key) from None
        with self.zip.open(member) as f:
            prefix = f.read(len(MAGIC_PREFIX))
            if prefix == MAGIC_PREFIX:
                return read_array(f, prefix)
            return prefix + f.read()

    def get(self, key, default=None, /):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def __repr__(self):
        filename = getattr(self.fid, 'name', 'object')
        names = ', '.join(self.files[:REPR_NAMES_MAX])
        if len(self.files) > REPR_NAMES_MAX:
            names += '...'
        return 'NpzFile %r with keys: %s' % (filename, names)


class BagObj:
    """npz.f: the arrays of an NpzFile as attributes (npz.f.x is
    npz['x'])."""

    def __init__(self, npz):
        self._npz = npz

    def __getattr__(self, name):
        try:
            return self._npz[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(self._npz.files)
