"""Interp-level tests of the select module: select() and poll objects on
a pipe, and their argument errors."""

import os
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module.select.fdarg import fd_of
from pypy.module.select.interp_poll import (W_Poll, poll_poll,
    poll_register, poll_unregister)
from pypy.module.select.interp_select import select_select
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def raises_type(w_type, func, *args):
    try:
        func(*args)
    except OperationError as e:
        assert e.match(space, w_type)
    else:
        raise AssertionError("no exception")


def test_fd_of():
    assert fd_of(space, space.newint(5)) == 5
    raises_type(space.w_ValueError, fd_of, space, space.newint(-1))
    raises_type(space.w_TypeError, fd_of, space, space.newtext(u'x'))


def test_select_pipe():
    r, w = os.pipe()
    try:
        w_r, w_w = space.newint(r), space.newint(w)
        w_res = select_select(space, Arguments([
            space.newlist([w_r]), space.newlist([w_w]), space.newlist([]),
            space.newint(0)]))
        rlist, wlist, xlist = space.unpackiterable(w_res)
        assert space.unpackiterable(rlist) == []
        assert space.unpackiterable(wlist) == [w_w]
        os.write(w, 'x')
        w_res = select_select(space, Arguments([
            space.newlist([w_r]), space.newlist([]), space.newlist([])]))
        assert space.unpackiterable(space.unpackiterable(w_res)[0]) == [w_r]
        raises_type(space.w_ValueError, select_select, space, Arguments([
            space.newlist([]), space.newlist([]), space.newlist([]),
            space.newint(-1)]))
    finally:
        os.close(r)
        os.close(w)


def test_poll_pipe():
    r, w = os.pipe()
    try:
        w_poll = W_Poll()
        poll_register(space, Arguments([w_poll, space.newint(r)]))
        w_res = poll_poll(space, Arguments([w_poll, space.newint(0)]))
        assert space.unpackiterable(w_res) == []
        os.write(w, 'x')
        w_res = poll_poll(space, Arguments([w_poll]))
        [w_pair] = space.unpackiterable(w_res)
        fd, events = [space.int_w(w_x) for w_x in space.unpackiterable(w_pair)]
        assert fd == r and events & 1
        poll_unregister(space, Arguments([w_poll, space.newint(r)]))
        raises_type(space.w_KeyError, poll_unregister, space,
                    Arguments([w_poll, space.newint(r)]))
    finally:
        os.close(r)
        os.close(w)
