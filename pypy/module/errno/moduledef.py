"""The errno module: the error codes of <errno.h>, read from the C header
when the interpreter is built, and errorcode (code -> name)."""

from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

# CPython 3.11's names on Linux; those missing from the platform's header
# are left out
NAMES = [
    'E2BIG', 'EACCES', 'EADDRINUSE', 'EADDRNOTAVAIL', 'EADV', 'EAFNOSUPPORT',
    'EAGAIN', 'EALREADY', 'EBADE', 'EBADF', 'EBADFD', 'EBADMSG', 'EBADR',
    'EBADRQC', 'EBADSLT', 'EBFONT', 'EBUSY', 'ECANCELED', 'ECHILD',
    'ECHRNG', 'ECOMM', 'ECONNABORTED', 'ECONNREFUSED', 'ECONNRESET',
    'EDEADLK', 'EDEADLOCK', 'EDESTADDRREQ', 'EDOM', 'EDOTDOT', 'EDQUOT',
    'EEXIST', 'EFAULT', 'EFBIG', 'EHOSTDOWN', 'EHOSTUNREACH', 'EIDRM',
    'EILSEQ', 'EINPROGRESS', 'EINTR', 'EINVAL', 'EIO', 'EISCONN', 'EISDIR',
    'EISNAM', 'EKEYEXPIRED', 'EKEYREJECTED', 'EKEYREVOKED', 'EL2HLT',
    'EL2NSYNC', 'EL3HLT', 'EL3RST', 'ELIBACC', 'ELIBBAD', 'ELIBEXEC',
    'ELIBMAX', 'ELIBSCN', 'ELNRNG', 'ELOOP', 'EMEDIUMTYPE', 'EMFILE',
    'EMLINK', 'EMSGSIZE', 'EMULTIHOP', 'ENAMETOOLONG', 'ENAVAIL',
    'ENETDOWN', 'ENETRESET', 'ENETUNREACH', 'ENFILE', 'ENOANO', 'ENOBUFS',
    'ENOCSI', 'ENODATA', 'ENODEV', 'ENOENT', 'ENOEXEC', 'ENOKEY', 'ENOLCK',
    'ENOLINK', 'ENOMEDIUM', 'ENOMEM', 'ENOMSG', 'ENONET', 'ENOPKG',
    'ENOPROTOOPT', 'ENOSPC', 'ENOSR', 'ENOSTR', 'ENOSYS', 'ENOTBLK',
    'ENOTCONN', 'ENOTDIR', 'ENOTEMPTY', 'ENOTNAM', 'ENOTRECOVERABLE',
    'ENOTSOCK', 'ENOTSUP', 'ENOTTY', 'ENOTUNIQ', 'ENXIO', 'EOPNOTSUPP',
    'EOVERFLOW', 'EOWNERDEAD', 'EPERM', 'EPFNOSUPPORT', 'EPIPE', 'EPROTO',
    'EPROTONOSUPPORT', 'EPROTOTYPE', 'ERANGE', 'EREMCHG', 'EREMOTE',
    'EREMOTEIO', 'ERESTART', 'ERFKILL', 'EROFS', 'ESHUTDOWN',
    'ESOCKTNOSUPPORT', 'ESPIPE', 'ESRCH', 'ESRMNT', 'ESTALE', 'ESTRPIPE',
    'ETIME', 'ETIMEDOUT', 'ETOOMANYREFS', 'ETXTBSY', 'EUCLEAN', 'EUNATCH',
    'EUSERS', 'EWOULDBLOCK', 'EXDEV', 'EXFULL']

# second names of a code: errorcode gives the first name, as CPython's
ALIASES = ['EDEADLK', 'EOPNOTSUPP', 'EWOULDBLOCK']


class CConfig:
    _compilation_info_ = ExternalCompilationInfo(includes=['errno.h'])


for _name in NAMES:
    setattr(CConfig, _name, rffi_platform.DefinedConstantInteger(_name))


def read_codes():
    """[(name, code)] of the names the header defines."""
    values = rffi_platform.configure(CConfig)
    return [(name, values[name]) for name in NAMES
            if values[name] is not None]


CODES = read_codes()


def errorcode_names():
    """[(code, name)] for errorcode: one name per code."""
    result = []
    codes = {}
    for name, code in CODES:
        if name in ALIASES:
            continue
        codes[code] = name
    for name, code in CODES:
        if name in ALIASES and code not in codes:
            codes[code] = name
    for name, code in CODES:
        if codes.get(code) == name:
            result.append((code, name))
    return result


ERRORCODE = errorcode_names()


def make_module(space):
    w_mod = space.newmodule('errno')
    for name, code in CODES:
        w_mod.w_dict.setitem_str(space, name, space.newint(code))
    w_errorcode = space.newdict()
    for code, name in ERRORCODE:
        space.setitem(w_errorcode, space.newint(code),
                      space.newtext_utf8(name))
    w_mod.w_dict.setitem_str(space, 'errorcode', w_errorcode)
    return w_mod
