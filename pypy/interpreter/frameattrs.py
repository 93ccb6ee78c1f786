"""The attributes of frame and code objects that Python code reads
(sys._getframe(): warnings, logging, inspect, typing's module lookups).

A frame's f_back is its caller while that caller runs; a frame whose
caller has returned may answer None (the JIT may never have allocated the
caller's frame)."""

from rpython.rlib import jit
from pypy.interpreter.function import GetSetProperty
from pypy.interpreter.pycode import PyCode
from pypy.interpreter.pyframe import PyFrame


def as_frame(space, w_obj):
    if not isinstance(w_obj, PyFrame):
        raise space.type_error_expected('a frame', w_obj)
    return w_obj


def as_code(space, w_obj):
    if not isinstance(w_obj, PyCode):
        raise space.type_error_expected('a code object', w_obj)
    return w_obj


def frame_get_back(space, w_frame):
    w_back = as_frame(space, w_frame).f_backref()
    if w_back is None:
        return space.w_None
    return w_back


def frame_get_globals(space, w_frame):
    return as_frame(space, w_frame).w_globals


def frame_get_code(space, w_frame):
    return as_frame(space, w_frame).pycode


def current_line(frame):
    """The line the frame runs (its first line before it starts)."""
    if frame.last_instr < 0:
        return frame.pycode.co_firstlineno
    return frame.pycode.line_at(frame.last_instr)


def frame_get_lineno(space, w_frame):
    return space.newint(current_line(as_frame(space, w_frame)))


def frame_get_lasti(space, w_frame):
    return space.newint(as_frame(space, w_frame).last_instr)


@jit.dont_look_inside
def frame_get_locals(space, w_frame):
    """A module or class body's namespace; for a function, a new dict of
    its bound local variables (CPython's snapshot, without its write-back
    into the frame)."""
    frame = as_frame(space, w_frame)
    if frame.w_locals is not None:
        return frame.w_locals
    w_dict = space.newdict()
    code = frame.pycode
    for i in range(code.co_nlocals):
        w_value = frame.locals_stack_w[i]
        if w_value is not None:
            w_dict.setitem_str(space, code.co_varnames[i], w_value)
    return w_dict


# (the code attributes that are plain fields are in objspace/attrs.py's
# FIELD_GETTERS)
def code_get_varnames(space, w_code):
    return space.newtuple([space.newtext_utf8(name)
                           for name in as_code(space, w_code).co_varnames])


FRAME_GETTERS = [('f_back', frame_get_back), ('f_globals', frame_get_globals),
                 ('f_code', frame_get_code), ('f_lineno', frame_get_lineno),
                 ('f_lasti', frame_get_lasti), ('f_locals', frame_get_locals)]
CODE_GETTERS = [('co_varnames', code_get_varnames)]


def install(space):
    for w_type, getters in [(space.w_frame, FRAME_GETTERS),
                            (space.w_code, CODE_GETTERS)]:
        for name, getter in getters:
            w_type.dict_w[name] = GetSetProperty(getter)
