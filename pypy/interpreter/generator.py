"""Generator objects: a suspended frame resumed by next()/send()."""

from rpython.rlib import jit
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Iterator


class W_Generator(W_Iterator):
    _attrs_ = ['frame', 'name', 'running', 'started', 'w_return']

    def __init__(self, frame):
        self.frame = frame          # None once finished
        self.name = frame.pycode.co_name
        self.running = False
        self.started = False
        self.w_return = None

    def getclass(self, space):
        return space.w_generator

    def repr(self, space):
        from rpython.rlib.objectmodel import compute_unique_id
        return space.newtext_utf8('<generator object %s at 0x%x>' % (
            self.frame.pycode.co_qualname if self.frame else self.name,
            compute_unique_id(self)))

    def next(self, space):
        return self.resume(space, space.w_None)

    def resume(self, space, w_sent):
        """The next yielded value, or None when the generator finished
        (its return value is then in w_return)."""
        frame = self.frame
        if frame is None:
            return None
        if self.running:
            raise space.error(space.w_ValueError,
                              "generator already executing")
        # the stack depth at a resume point is a constant of the code: a
        # constant, it makes the stack slots of a generator inlined into
        # its consumer's loop cacheable, so yielded values stay virtual
        jit.promote(frame.valuestackdepth)
        if self.started:
            frame.pushvalue(w_sent)
        elif not space.is_none(w_sent):
            raise space.error(space.w_TypeError,
                              "can't send non-None value to a just-started "
                              "generator")
        self.started = True
        return self.run_to_yield(space, frame, None)

    def throw(self, space, operr):
        """Raises operr at the point where the generator is suspended; the
        next yielded value, or None when the generator then finished."""
        frame = self.frame
        if frame is None or not self.started:
            self.frame = None
            raise operr
        if self.running:
            raise space.error(space.w_ValueError,
                              "generator already executing")
        return self.run_to_yield(space, frame, operr)

    def run_to_yield(self, space, frame, operr):
        """Runs frame up to its next yield (the value yielded) or its
        return (None; the return value is then in w_return), first raising
        operr at its suspension point when operr is not None.  A
        StopIteration escaping the frame becomes RuntimeError (PEP 479)."""
        from pypy.interpreter.pyopcode import RETURNED, handle_operation_error
        self.running = True
        try:
            try:
                if operr is not None:
                    frame.next_instr = handle_operation_error(
                        frame, frame.pycode, operr)
                w_result = space.ec.run_frame(frame)
            except OperationError as raised:
                self.frame = None
                if raised.match(space, space.w_StopIteration):
                    raise space.error(space.w_RuntimeError,
                                      "generator raised StopIteration")
                raise
        finally:
            self.running = False
        if frame.next_instr == RETURNED:
            self.frame = None
            self.w_return = w_result
            return None
        return w_result


def note_resume_from(pycode, w_iter):
    """Called by the interpreter (not in traces) before a frame running
    pycode resumes the iterator w_iter (FOR_ITER, YIELD_FROM): a generator
    of that same code is a recursive generator, whose code is then never
    inlined by the JIT (pyopcode.can_never_inline).  Inlined, each level's
    resume traced the next one's, so the branches of all the levels (where
    each loop finds its next item) multiplied into hundreds of bridges of
    up to thousands of operations, compiled again and again (n-queens by
    recursive generators: 240 bridges, slower than CPython); not inlined,
    each resume is a call_assembler of the code's own compiled entry."""
    if isinstance(w_iter, W_Generator):
        frame = w_iter.frame
        if frame is not None and frame.pycode is pycode:
            pycode.resumes_itself = True


def send_into(space, w_iter, w_sent):
    """For `yield from`: (value yielded by w_iter, None), or (None, value
    returned by it) once it is exhausted."""
    if isinstance(w_iter, W_Generator):
        w_yielded = w_iter.resume(space, w_sent)
        if w_yielded is None:
            return None, w_iter.w_return or space.w_None
        return w_yielded, None
    if space.is_none(w_sent):
        w_yielded = space.next_or_none(w_iter)
    else:
        w_yielded = space.call_method(w_iter, 'send', w_sent)
    if w_yielded is None:
        return None, space.w_None
    return w_yielded, None


def stop_iteration(space, w_gen):
    w_value = w_gen.w_return
    if w_value is None or space.is_none(w_value):
        return space.error(space.w_StopIteration, None)
    return OperationError(space.new_exception_args(space.w_StopIteration,
                                                   [w_value]))


def resume_or_stop(space, w_gen, w_sent):
    """What gen.send(w_sent) gives: the next yielded value, or
    StopIteration with the return value when the generator finished."""
    assert isinstance(w_gen, W_Generator)
    w_result = w_gen.resume(space, w_sent)
    if w_result is None:
        raise stop_iteration(space, w_gen)
    return w_result


def generator_send(space, args):
    check_args(space, args, 'send', 2, 2)
    return resume_or_stop(space, args.arguments_w[0], args.arguments_w[1])


def generator_next(space, args):
    check_args(space, args, '__next__', 1, 1)
    return resume_or_stop(space, args.arguments_w[0], space.w_None)


def generator_close(space, args):
    check_args(space, args, 'close', 1, 1)
    w_gen = args.arguments_w[0]
    assert isinstance(w_gen, W_Generator)
    if w_gen.frame is None:
        return space.w_None
    if not w_gen.started:
        w_gen.frame = None
        return space.w_None
    operr = OperationError(space.new_exception_args(space.w_GeneratorExit,
                                                    []))
    try:
        w_result = w_gen.throw(space, operr)
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or \
                e.match(space, space.w_StopIteration):
            return space.w_None
        raise
    if w_result is not None:
        w_gen.frame = None
        raise space.error(space.w_RuntimeError,
                          "generator ignored GeneratorExit")
    return space.w_None


def generator_throw(space, args):
    check_args(space, args, 'throw', 2, 4)
    w_gen = args.arguments_w[0]
    assert isinstance(w_gen, W_Generator)
    w_type = args.arguments_w[1]
    if len(args.arguments_w) > 2 and \
            not space.is_none(args.arguments_w[2]):
        w_value = args.arguments_w[2]
        if space.isinstance_w(w_value, space.w_BaseException):
            w_exc = w_value
        else:
            w_exc = space.call_function(w_type, w_value)
    else:
        w_exc = w_type
    operr = OperationError(space.make_exception_instance(w_exc))
    w_result = w_gen.throw(space, operr)
    if w_result is None:
        raise stop_iteration(space, w_gen)
    return w_result


generator_methods = {'send': generator_send, '__next__': generator_next,
                     'close': generator_close, 'throw': generator_throw}
