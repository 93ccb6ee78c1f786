"""The errno module against the host's <errno.h> (Python 2's errno module
was built from the same Linux header values)."""

import errno as host_errno

from pypy.module.errno import moduledef as m
from pypy.objspace.objspace import ObjSpace


def test_codes_are_the_platform_ones():
    codes = dict(m.CODES)
    assert codes['ENOENT'] == host_errno.ENOENT
    assert codes['EAGAIN'] == codes['EWOULDBLOCK'] == host_errno.EAGAIN
    for name, code in m.CODES:
        if hasattr(host_errno, name):
            assert getattr(host_errno, name) == code, name


def test_errorcode_has_one_name_per_code():
    errorcode = dict(m.ERRORCODE)
    codes = dict(m.CODES)
    assert len(errorcode) == len(m.ERRORCODE)
    assert errorcode[codes['EAGAIN']] == 'EAGAIN'
    assert errorcode[codes['ENOTSUP']] == 'ENOTSUP'
    assert errorcode[codes['EDEADLOCK']] == 'EDEADLOCK'
    assert set(errorcode.values()) == set(codes) - set(m.ALIASES)


def test_module():
    space = ObjSpace()
    w_mod = m.make_module(space)
    w_enoent = w_mod.w_dict.getitem_str(space, 'ENOENT')
    assert space.int_w(w_enoent) == host_errno.ENOENT
    w_errorcode = w_mod.w_dict.getitem_str(space, 'errorcode')
    assert space.text_utf8(space.getitem(w_errorcode, w_enoent)) == 'ENOENT'
