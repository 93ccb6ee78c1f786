"""The os module (getcwd, listdir, getpid, remove, environ, ...) and
os.path (the built-in module 'posixpath', also registered as 'os.path').
The package is called posix, as CPython's C module: a package named os
here would shadow the stdlib os for implicit relative imports in
pypy/module/*.py.

os.environ is a plain dict filled at start-up (fill_environ, called by
pypy.module.startup_builtin_modules): the space is built at translation
time, so nothing read from the process environment may be prebuilt."""

import os
import stat
from pypy.interpreter.arguments import check_args, check_positional, \
    keyword_value, check_keywords
from pypy.interpreter.function import BuiltinFunction
from pypy.module.applevel_names import module_getattr
from pypy.module.posix.oserror import wrap_oserror
from pypy.module.posix import fdfuncs, process, scandir, statresult, \
    terminalsize
from pypy.objspace.typeobject import TypeDef
from rpython.rlib import rposix
from rpython.rlib.rarithmetic import intmask
from rpython.tool.sourcetools import func_with_new_name


def path_arg(space, w_path):
    """The path as an RPython (UTF-8) string."""
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.bytesobject import W_BytesObject
    if isinstance(w_path, W_StrObject):
        return space.text_utf8(w_path)
    if isinstance(w_path, W_BytesObject):
        return w_path.value
    w_fspath = space.lookup_special(w_path, '__fspath__')
    if w_fspath is not None:
        return path_arg(space, space.call_function(w_fspath))
    raise space.error(space.w_TypeError,
                      "expected str, bytes or os.PathLike object, not %s" %
                      space.type_name(space.type(w_path)))


def one_arg(space, args, fname):
    check_args(space, args, fname, 1, 1)
    return args.arguments_w[0]


def path_action(fname, action):
    """os.<fname>(path): action(path), an OSError raised with the path."""
    def func(space, args):
        w_path = one_arg(space, args, fname)
        try:
            action(path_arg(space, w_path))
        except OSError as e:
            raise wrap_oserror(space, e, w_path)
        return space.w_None
    return func_with_new_name(func, 'os_' + fname)


def stat_arg(space, args, fname):
    """os.stat() of fname's only argument, a path."""
    w_path = one_arg(space, args, fname)
    try:
        return os.stat(path_arg(space, w_path))
    except OSError as e:
        raise wrap_oserror(space, e, w_path)


def os_stat(space, args):
    """os.stat(path, *, follow_symlinks=True) (dir_fd None only)."""
    check_keywords(space, args, 'stat', ['dir_fd', 'follow_symlinks'])
    check_no_dir_fd(space, args, 'stat')
    w_follow = keyword_value(args, 'follow_symlinks')
    follow = w_follow is None or space.is_true(w_follow)
    check_positional(space, args, 'stat', 1, 1)
    w_path = args.arguments_w[0]
    try:
        if follow:
            st = os.stat(path_arg(space, w_path))
        else:
            st = os.lstat(path_arg(space, w_path))
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return statresult.stat_result_of(space, st)


def os_lstat(space, args):
    check_keywords(space, args, 'lstat', ['dir_fd'])
    check_no_dir_fd(space, args, 'lstat')
    check_positional(space, args, 'lstat', 1, 1)
    w_path = args.arguments_w[0]
    try:
        st = os.lstat(path_arg(space, w_path))
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return statresult.stat_result_of(space, st)


def os_readlink(space, args):
    """os.readlink(path) (dir_fd None only): the link's target, str or bytes
    as the path."""
    check_keywords(space, args, 'readlink', ['dir_fd'])
    check_no_dir_fd(space, args, 'readlink')
    check_positional(space, args, 'readlink', 1, 1)
    w_path = args.arguments_w[0]
    try:
        target = os.readlink(path_arg(space, w_path))
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return new_path(space, is_bytes_path(space, w_path), target)


def check_no_dir_fd(space, args, fname):
    w_dir_fd = keyword_value(args, 'dir_fd')
    if w_dir_fd is not None and not space.is_none(w_dir_fd):
        raise space.error(space.w_NotImplementedError,
                          "dir_fd unavailable on this platform")


def os_chmod(space, args):
    """os.chmod(path, mode) (dir_fd None only; follow_symlinks=False is
    Linux's lchmod, which does not exist: NotImplementedError as
    CPython)."""
    check_keywords(space, args, 'chmod', ['dir_fd', 'follow_symlinks'])
    check_no_dir_fd(space, args, 'chmod')
    w_follow = keyword_value(args, 'follow_symlinks')
    if w_follow is not None and not space.is_true(w_follow):
        raise space.error(space.w_NotImplementedError, "chmod: "
                          "follow_symlinks unavailable on this platform")
    check_positional(space, args, 'chmod', 2, 2)
    w_path = args.arguments_w[0]
    try:
        os.chmod(path_arg(space, w_path), space.int_w(args.arguments_w[1]))
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return space.w_None


def os_getcwd(space, args):
    check_args(space, args, 'getcwd', 0, 0)
    try:
        return space.newtext_utf8(os.getcwd())
    except OSError as e:
        raise wrap_oserror(space, e)


def os_listdir(space, args):
    check_args(space, args, 'listdir', 0, 1)
    if args.arguments_w and not space.is_none(args.arguments_w[0]):
        w_path = args.arguments_w[0]
    else:
        w_path = space.newtext(u'.')
    try:
        names = os.listdir(path_arg(space, w_path))
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return space.newlist([space.newtext_utf8(name) for name in names])


def os_getpid(space, args):
    check_args(space, args, 'getpid', 0, 0)
    return space.newint(os.getpid())


def os_umask(space, args):
    """umask(mask) -> the previous mask (pytest's cache directory sets
    its files' modes with it)."""
    check_args(space, args, 'umask', 1, 1)
    return space.newint(os.umask(space.int_w(args.arguments_w[0])))


def os_mkdir(space, args):
    check_keywords(space, args, 'mkdir', ['mode'])
    if len(args.arguments_w) < 1 or len(args.arguments_w) > 2:
        raise space.error(space.w_TypeError,
                          "mkdir() takes 1 or 2 arguments")
    w_path = args.arguments_w[0]
    mode = 0777
    w_mode = keyword_value(args, 'mode')
    if len(args.arguments_w) == 2:
        w_mode = args.arguments_w[1]
    if w_mode is not None:
        mode = space.int_w(w_mode)
    try:
        os.mkdir(path_arg(space, w_path), mode)
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return space.w_None


def os_rename(space, args):
    check_args(space, args, 'rename', 2, 2)
    w_src = args.arguments_w[0]
    try:
        os.rename(path_arg(space, w_src), path_arg(space, args.arguments_w[1]))
    except OSError as e:
        raise wrap_oserror(space, e, w_src)
    return space.w_None


def os_getenv(space, args):
    check_keywords(space, args, 'getenv', ['default'])
    if len(args.arguments_w) < 1 or len(args.arguments_w) > 2:
        raise space.error(space.w_TypeError,
                          "getenv() takes 1 or 2 arguments")
    w_default = keyword_value(args, 'default')
    if len(args.arguments_w) == 2:
        w_default = args.arguments_w[1]
    if w_default is None:
        w_default = space.w_None
    w_environ = get_environ(space)
    w_value = w_environ.data.get(args.arguments_w[0], None)
    if w_value is None:
        return w_default
    return w_value


def os_strerror(space, args):
    check_args(space, args, 'strerror', 1, 1)
    return space.newtext_utf8(os.strerror(space.int_w(args.arguments_w[0])))


def os_cpu_count(space, args):
    check_args(space, args, 'cpu_count', 0, 0)
    count = 0
    try:
        fd = os.open('/proc/cpuinfo', os.O_RDONLY, 0)
    except OSError:
        return space.w_None
    try:
        data = read_all_fd(fd)
    finally:
        os.close(fd)
    for line in data.split('\n'):
        if line.startswith('processor'):
            count += 1
    if count == 0:
        return space.w_None
    return space.newint(count)


def read_all_fd(fd):
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    return ''.join(chunks)


def get_environ(space):
    from pypy.objspace.dictobject import W_DictObject
    w_os = space.builtin_modules['os']
    w_environ = w_os.w_dict.getitem_str(space, 'environ')
    if not isinstance(w_environ, W_DictObject):
        raise space.error(space.w_TypeError, "os.environ is not a dict")
    return w_environ


def fill_environ(space):
    """At start-up: os.environ := the process environment."""
    w_environ = get_environ(space)
    for key, value in os.environ.items():
        w_environ.setitem(space, space.newtext_utf8(key),
                          space.newtext_utf8(value))


os_remove = path_action('remove', os.unlink)
FUNCTIONS = [('getcwd', os_getcwd), ('stat', os_stat), ('lstat', os_lstat),
             ('readlink', os_readlink),
             ('chmod', os_chmod),
             ('chdir', path_action('chdir', os.chdir)),
             ('listdir', os_listdir), ('getpid', os_getpid),
             ('umask', os_umask),
             ('remove', os_remove), ('unlink', os_remove),
             ('rmdir', path_action('rmdir', os.rmdir)), ('mkdir', os_mkdir),
             ('rename', os_rename), ('getenv', os_getenv),
             ('strerror', os_strerror), ('cpu_count', os_cpu_count)
             ] + fdfuncs.FUNCTIONS + process.FUNCTIONS


# ____________________________________________________________
# os.path

# os.path's functions take str or bytes paths (or os.PathLike objects
# giving one) and return a path of the same kind, as CPython's


def is_bytes_path(space, w_obj):
    from pypy.objspace.bytesobject import W_BytesObject
    if isinstance(w_obj, W_BytesObject):
        return True
    w_fspath = space.lookup_special(w_obj, '__fspath__')
    if w_fspath is not None:
        return isinstance(space.call_function(w_fspath), W_BytesObject)
    return False


def new_path(space, is_bytes, path):
    if is_bytes:
        return space.newbytes(path)
    return space.newtext_utf8(path)


def join(a, b):
    if b.startswith('/'):
        return b
    if not a or a.endswith('/'):
        return a + b
    return a + '/' + b


def path_join(space, args):
    check_keywords(space, args, 'join', [])
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "join() missing 1 required positional argument: "
                          "'a'")
    is_bytes = is_bytes_path(space, args.arguments_w[0])
    path = path_arg(space, args.arguments_w[0])
    for i in range(1, len(args.arguments_w)):
        if is_bytes_path(space, args.arguments_w[i]) != is_bytes:
            raise space.error(space.w_TypeError, "Can't mix strings and "
                              "bytes in path components")
        path = join(path, path_arg(space, args.arguments_w[i]))
    return new_path(space, is_bytes, path)


def normpath(path):
    if not path:
        return '.'
    initial_slashes = 0
    if path.startswith('/'):
        initial_slashes = 1
        if path.startswith('//') and not path.startswith('///'):
            initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    result = '/'.join(new_comps)
    if initial_slashes:
        result = '/' * initial_slashes + result
    return result or '.'


def one_path(space, args, fname):
    check_args(space, args, fname, 1, 1)
    return path_arg(space, args.arguments_w[0])


def is_bytes_arg(space, args):
    return is_bytes_path(space, args.arguments_w[0])


def path_normpath(space, args):
    path = normpath(one_path(space, args, 'normpath'))
    return new_path(space, is_bytes_arg(space, args), path)


def abspath(path):
    if not path.startswith('/'):
        path = join(os.getcwd(), path)
    return normpath(path)


def path_abspath(space, args):
    path = one_path(space, args, 'abspath')
    try:
        return new_path(space, is_bytes_arg(space, args), abspath(path))
    except OSError as e:
        raise wrap_oserror(space, e)


def split_at_last_slash(path):
    i = path.rfind('/') + 1
    assert i >= 0
    return path[:i], path[i:]


def dirname(path):
    head, _ = split_at_last_slash(path)
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def path_dirname(space, args):
    path = dirname(one_path(space, args, 'dirname'))
    return new_path(space, is_bytes_arg(space, args), path)


def path_basename(space, args):
    _, tail = split_at_last_slash(one_path(space, args, 'basename'))
    return new_path(space, is_bytes_arg(space, args), tail)


def path_split(space, args):
    path = one_path(space, args, 'split')
    _, tail = split_at_last_slash(path)
    is_bytes = is_bytes_arg(space, args)
    return space.newtuple([new_path(space, is_bytes, dirname(path)),
                           new_path(space, is_bytes, tail)])


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != '.':
                assert dot_index >= 0
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, ''


def path_splitext(space, args):
    root, ext = splitext(one_path(space, args, 'splitext'))
    is_bytes = is_bytes_arg(space, args)
    return space.newtuple([new_path(space, is_bytes, root),
                           new_path(space, is_bytes, ext)])


def path_splitdrive(space, args):
    """(drive, path): POSIX has no drives, the drive is empty."""
    path = one_path(space, args, 'splitdrive')
    is_bytes = is_bytes_arg(space, args)
    return space.newtuple([new_path(space, is_bytes, ''),
                           new_path(space, is_bytes, path)])


def path_isabs(space, args):
    return space.newbool(one_path(space, args, 'isabs').startswith('/'))


def stat_mode(path, follow_symlinks=True):
    """st_mode of path (of a symlink itself when not follow_symlinks), or
    -1 when it can't be stat()ed."""
    try:
        st = os.stat(path) if follow_symlinks else os.lstat(path)
    except OSError:
        return -1
    return st.st_mode


def any_mode(mode):
    return True


def path_mode_test(fname, test, follow_symlinks=True):
    """os.path.<fname>(path): the path exists and test(its st_mode)."""
    def func(space, args):
        mode = stat_mode(path_arg(space, one_arg(space, args, fname)),
                         follow_symlinks)
        return space.newbool(mode != -1 and test(mode))
    return func_with_new_name(func, 'path_' + fname)


def path_getsize(space, args):
    return space.newint(int(stat_arg(space, args, 'getsize').st_size))


def path_getmtime(space, args):
    return space.newfloat(stat_arg(space, args, 'getmtime').st_mtime)


def path_expanduser(space, args):
    path = one_path(space, args, 'expanduser')
    if not path.startswith('~'):
        return space.newtext_utf8(path)
    i = path.find('/')
    if i < 0:
        i = len(path)
    if i != 1:
        return space.newtext_utf8(path)     # ~user: not supported
    w_home = get_environ(space).data.get(space.newtext(u'HOME'), None)
    if w_home is None:
        return space.newtext_utf8(path)
    home = space.text_utf8(w_home).rstrip('/')
    assert i >= 0
    return space.newtext_utf8((home + path[i:]) or '/')


def commonprefix(paths):
    """The longest string that starts every one of `paths` (character by
    character, as CPython's: not a path of whole components)."""
    if not paths:
        return ''
    prefix = paths[0]
    for path in paths:
        n = 0
        while n < len(prefix) and n < len(path) and prefix[n] == path[n]:
            n += 1
        prefix = prefix[:n]
    return prefix


def path_normcase(space, args):
    # POSIX file names are case-sensitive: the path itself
    return new_path(space, is_bytes_arg(space, args),
                    one_path(space, args, 'normcase'))


def path_commonprefix(space, args):
    check_args(space, args, 'commonprefix', 1, 1)
    paths = [path_arg(space, w_path)
             for w_path in space.unpackiterable(args.arguments_w[0])]
    return space.newtext_utf8(commonprefix(paths))


PATH_FUNCTIONS = [('join', path_join), ('normpath', path_normpath),
                  ('abspath', path_abspath), ('dirname', path_dirname),
                  ('basename', path_basename), ('split', path_split),
                  ('splitext', path_splitext),
                  ('splitdrive', path_splitdrive), ('isabs', path_isabs),
                  ('exists', path_mode_test('exists', any_mode)),
                  ('lexists', path_mode_test('lexists', any_mode, False)),
                  ('islink', path_mode_test('islink', stat.S_ISLNK, False)),
                  ('isfile', path_mode_test('isfile', stat.S_ISREG)),
                  ('isdir', path_mode_test('isdir', stat.S_ISDIR)),
                  ('getsize', path_getsize),
                  ('getmtime', path_getmtime),
                  ('expanduser', path_expanduser),
                  ('commonprefix', path_commonprefix),
                  ('normcase', path_normcase)]


# the string constants of both os and os.path
PATH_CONSTANTS = [('sep', u'/'), ('curdir', u'.'), ('pardir', u'..'),
                  ('extsep', u'.'), ('pathsep', u':')]
OS_CONSTANTS = PATH_CONSTANTS + [('name', u'posix'), ('linesep', u'\n'),
                                 ('devnull', u'/dev/null')]


# os.open()'s flags and access()'s modes, read from the host's os (the
# same Linux as the target); the integers os has
INT_CONSTANTS = [(name, getattr(os, name)) for name in [
    'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL',
    'O_TRUNC', 'O_NONBLOCK', 'O_NOFOLLOW', 'O_DIRECTORY',
    'O_NOCTTY', 'O_SYNC', 'O_DSYNC', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
    'WNOHANG', 'WUNTRACED', 'WCONTINUED']] + [
    ('O_CLOEXEC', rposix.O_CLOEXEC)]   # (Python 2's os lacks it)


def new_module(space, name, functions, constants):
    w_mod = space.newmodule(name)
    for fname, func in functions:
        w_mod.w_dict.setitem_str(space, fname, BuiltinFunction(fname, func))
    for cname, value in constants:
        w_mod.w_dict.setitem_str(space, cname, space.newtext(value))
    return w_mod


def make_path_module(space):
    w_mod = new_module(space, 'posixpath', PATH_FUNCTIONS, PATH_CONSTANTS)
    # (os has it too: os.altsep)
    w_mod.w_dict.setitem_str(space, 'altsep', space.w_None)
    w_mod.w_dict.setitem_str(space, '__getattr__',
                             module_getattr('posixpath', '_posixpath_lib'))
    return w_mod


def make_module(space):
    w_mod = new_module(space, 'os', FUNCTIONS, OS_CONSTANTS)
    setitem = w_mod.w_dict.setitem_str
    setitem(space, 'altsep', space.w_None)
    for cname, value in INT_CONSTANTS:
        setitem(space, cname, space.newint(value))
    # no function takes dir_fd, a file descriptor for a path, or
    # follow_symlinks
    for sname in ['supports_dir_fd', 'supports_fd',
                  'supports_follow_symlinks', 'supports_effective_ids']:
        setitem(space, sname, space.newset([]))
    setitem(space, 'scandir', BuiltinFunction('scandir', scandir.os_scandir))
    space.make_builtin_type('w_posix_ScandirIterator', TypeDef(
        'ScandirIterator', methods=scandir.SCANDIR_METHODS,
        acceptable_as_base=False), [space.w_object])
    setitem(space, 'DirEntry', space.make_builtin_type(
        'w_posix_DirEntry', TypeDef(
            'DirEntry', methods=scandir.DIRENTRY_METHODS,
            getset=scandir.DIRENTRY_GETSET, acceptable_as_base=False),
        [space.w_object]))
    setitem(space, 'stat_result', space.make_builtin_type(
        'w_posix_stat_result', TypeDef(
            'stat_result', getset=statresult.GETSET,
            acceptable_as_base=False), [space.w_tuple]))
    setitem(space, 'terminal_size', space.make_builtin_type(
        'w_posix_terminal_size', TypeDef(
            'terminal_size', getset=terminalsize.GETSET,
            new=terminalsize.new_terminal_size, acceptable_as_base=False),
        [space.w_tuple]))
    setitem(space, 'environ', space.newdict())
    setitem(space, '__getattr__', module_getattr('os', '_os_lib',
                                                 ['_get_exports_list']))
    w_path = make_path_module(space)
    setitem(space, 'path', w_path)
    space.builtin_modules['posixpath'] = w_path
    space.builtin_modules['os.path'] = w_path
    # (importlib's bootstrap imports os as posix)
    space.builtin_modules['posix'] = w_mod
    return w_mod
