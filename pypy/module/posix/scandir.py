"""os.scandir(): an iterator of DirEntry objects (name, path, is_dir(),
is_file(), is_symlink()) that is its own context manager.  The names are
read when scandir() is called (os.listdir); is_dir()/is_file() stat the
entry when asked (CPython takes d_type from readdir instead), as stat()
does (CPython caches its result)."""

import os
import stat
from pypy.interpreter.arguments import (check_args, check_keywords,
    keyword_value, self_of)
from pypy.module.posix.oserror import wrap_oserror
from pypy.objspace.root import W_Root, W_Iterator


class W_ScandirIterator(W_Iterator):
    _attrs_ = ['directory', 'names', 'index']

    def __init__(self, directory, names):
        self.directory = directory
        self.names = names
        self.index = 0

    def getclass(self, space):
        return space.w_posix_ScandirIterator

    def next(self, space):
        if self.index >= len(self.names):
            return None
        name = self.names[self.index]
        self.index += 1
        if self.directory == '.':
            path = name
        elif self.directory.endswith('/'):
            path = self.directory + name
        else:
            path = self.directory + '/' + name
        return W_DirEntry(name, path)

    def close(self):
        self.index = len(self.names)


class W_DirEntry(W_Root):
    _attrs_ = ['name', 'path']

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def getclass(self, space):
        return space.w_posix_DirEntry

    def repr(self, space):
        return space.newtext_utf8('<DirEntry %s>' %
                                  space.quoted_for_error(self.name))

    def has_mode(self, test, follow_symlinks):
        from pypy.module.posix.moduledef import stat_mode
        mode = stat_mode(self.path, follow_symlinks)
        return mode != -1 and test(mode)


def as_iterator(space, args, fname):
    # (__exit__ takes the exception's type, value and traceback)
    check_args(space, args, fname, 1, 4)
    return self_of(space, args, fname, W_ScandirIterator,
                   "'posix.ScandirIterator' object")


def scandir_enter(space, args):
    return as_iterator(space, args, '__enter__')


def scandir_exit(space, args):
    as_iterator(space, args, '__exit__').close()
    return space.w_None


def scandir_close(space, args):
    as_iterator(space, args, 'close').close()
    return space.w_None


def as_entry(space, args, fname):
    check_keywords(space, args, fname, ['follow_symlinks'])
    if len(args.arguments_w) != 1:
        raise space.error(space.w_TypeError, "%s() takes no positional "
                          "arguments" % fname)
    return self_of(space, args, fname, W_DirEntry, "'posix.DirEntry' object")


def follow_symlinks_arg(space, args):
    w_follow = keyword_value(args, 'follow_symlinks')
    return w_follow is None or space.is_true(w_follow)


def entry_is_dir(space, args):
    w_entry = as_entry(space, args, 'is_dir')
    return space.newbool(w_entry.has_mode(stat.S_ISDIR,
                                          follow_symlinks_arg(space, args)))


def entry_is_file(space, args):
    w_entry = as_entry(space, args, 'is_file')
    return space.newbool(w_entry.has_mode(stat.S_ISREG,
                                          follow_symlinks_arg(space, args)))


def entry_is_symlink(space, args):
    w_entry = as_entry(space, args, 'is_symlink')
    return space.newbool(w_entry.has_mode(stat.S_ISLNK, False))


def entry_stat(space, args):
    from pypy.module.posix.statresult import stat_result_of
    w_entry = as_entry(space, args, 'stat')
    try:
        if follow_symlinks_arg(space, args):
            st = os.stat(w_entry.path)
        else:
            st = os.lstat(w_entry.path)
    except OSError as e:
        raise wrap_oserror(space, e, space.newtext_utf8(w_entry.path))
    return stat_result_of(space, st)


def entry_get_name(space, w_entry):
    assert isinstance(w_entry, W_DirEntry)
    return space.newtext_utf8(w_entry.name)


def entry_get_path(space, w_entry):
    assert isinstance(w_entry, W_DirEntry)
    return space.newtext_utf8(w_entry.path)


def entry_fspath(space, args):
    return entry_get_path(space, as_entry(space, args, '__fspath__'))


SCANDIR_METHODS = {'__enter__': scandir_enter, '__exit__': scandir_exit,
                   'close': scandir_close}
DIRENTRY_METHODS = {'is_dir': entry_is_dir, 'is_file': entry_is_file,
                    'is_symlink': entry_is_symlink, 'stat': entry_stat,
                    '__fspath__': entry_fspath}
DIRENTRY_GETSET = {'name': entry_get_name, 'path': entry_get_path}


def os_scandir(space, args):
    check_args(space, args, 'scandir', 0, 1)
    from pypy.module.posix.moduledef import path_arg
    directory = '.'
    w_path = None
    if args.arguments_w and not space.is_none(args.arguments_w[0]):
        w_path = args.arguments_w[0]
        directory = path_arg(space, w_path)
    try:
        names = os.listdir(directory)
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return W_ScandirIterator(directory, names)
