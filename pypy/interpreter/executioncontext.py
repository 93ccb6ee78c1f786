"""Per-thread interpreter state: call depth, the exception being handled,
and the objects whose repr is being computed (for recursive containers)."""

from rpython.rlib import jit, rstackovf
from pypy.interpreter.error import OperationError
from pypy.interpreter.unexpected import internal_error


class ExecutionContext(object):
    _immutable_fields_ = ['space']

    def __init__(self, space):
        self.space = space
        self.depth = 0
        self.recursion_limit = 1000
        self.w_current_exc = None
        # the innermost running frame, as a virtual reference: a frame of
        # a call inlined in a JIT trace stays virtual (not allocated)
        # unless someone actually asks for it via topframe
        self.topframeref = jit.vref_None
        self.repr_stack = []
        # the current contextvars.Context (pypy.module._contextvars), made
        # on first use
        self.w_context = None

    def run_frame(self, frame):
        """Run a frame to completion, with recursion checking."""
        from pypy.interpreter.pyopcode import execute_frame
        space = self.space
        if self.depth >= self.recursion_limit:
            raise space.error(space.w_RecursionError,
                              "maximum recursion depth exceeded")
        self.depth += 1
        frame.f_backref = self.topframeref
        vref = jit.virtual_ref(frame)
        self.topframeref = vref
        try:
            try:
                return execute_frame(frame)
            except OperationError:
                raise
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                raise space.error(space.w_RecursionError,
                                  "maximum recursion depth exceeded")
            except Exception as e:
                raise internal_error(space, e)
        finally:
            self.topframeref = frame.f_backref
            jit.virtual_ref_finish(vref, frame)
            self.depth -= 1

    def _get_topframe(self):
        """The innermost running frame (forces it if it is virtual)."""
        return self.topframeref()

    topframe = property(_get_topframe)

    @jit.dont_look_inside
    def enter_repr(self, w_obj):
        for w_x in self.repr_stack:
            if w_x is w_obj:
                return False
        self.repr_stack.append(w_obj)
        return True

    @jit.dont_look_inside
    def leave_repr(self, w_obj):
        self.repr_stack.pop()
