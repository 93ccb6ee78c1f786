"""The eval loop: one handler per opcode and the JitDriver that governs
the loop.  Handlers take (frame, pycode, arg, next_instr) and return the
next instruction offset, or one of the negative codes below."""

from rpython.rlib import jit, rstackovf
from rpython.rlib.unroll import unrolling_iterable
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import Function, Method, Cell
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace import inlinecache
from pypy.module.signal.interp_signal import check_signals

RETURNED = -1       # the frame returned frame.w_result
YIELDED = -2        # the frame yielded frame.w_result; resume at next_instr


def get_printable_location(next_instr, pycode):
    opnum = ord(pycode.co_code[next_instr])
    return '%s:%d #%d %s' % (pycode.co_name, pycode.line_at(next_instr),
                             next_instr, op.opnames[opnum])


def should_unroll_one_iteration(next_instr, pycode):
    """Whether a trace that inlines a resume of this code goes on past
    the code's loop header: a generator's resume runs one turn of its
    loop up to the next yield, so the consumer's loop (pypy/objspace/
    consumers.py, a for loop) gets the generator's body inline instead of
    a call of the generator's own compiled loop."""
    return (pycode.co_flags & (op.CO_GENERATOR | op.CO_COROUTINE)) != 0


def can_never_inline(next_instr, pycode):
    """A recursive generator's code (a generator of it was resumed by a
    frame of it, generator.note_resume_from) is not inlined into traces:
    its resumes are calls of its compiled code."""
    return pycode.resumes_itself


# greens: the position in one code object, which is what a Python loop
# is; the frame is virtualizable so that locals and the value stack live
# in registers inside compiled loops.
jitdriver = jit.JitDriver(
    greens=['next_instr', 'pycode'], reds=['frame'],
    virtualizables=['frame'],
    get_printable_location=get_printable_location,
    should_unroll_one_iteration=should_unroll_one_iteration,
    can_never_inline=can_never_inline,
    is_recursive=True)


def execute_frame(frame):
    """Run `frame` from frame.next_instr until it returns or yields;
    returns the result and leaves frame.next_instr at RETURNED when the
    frame finished."""
    # the eval loop reads and writes the frame's fields directly: outside
    # compiled code the frame is never held by it (no check of its
    # virtualizable token at each access); every function the frame is
    # passed to from here is one the JIT traces through
    frame = jit.hint(frame, access_directly=True)
    pycode = frame.pycode
    next_instr = frame.next_instr
    while True:
        jitdriver.jit_merge_point(next_instr=next_instr, pycode=pycode,
                                  frame=frame)
        prev_instr = next_instr
        try:
            next_instr = dispatch(frame, pycode, next_instr)
        except OperationError as operr:
            next_instr = handle_operation_error(frame, pycode, operr)
        except rstackovf.StackOverflow:
            # deep interp-level recursion with no Python frame in between
            # (== of a dict that contains itself): a RecursionError raised
            # here, where this frame's own try/except can catch it
            rstackovf.check_stack_overflow()
            space = frame.space
            next_instr = handle_operation_error(frame, pycode, space.error(
                space.w_RecursionError, "maximum recursion depth exceeded"))
        if next_instr < 0:
            if next_instr == RETURNED:
                frame.next_instr = RETURNED
            # (YIELDED: the handler saved where to resume)
            w_result = frame.w_result
            frame.w_result = None
            return w_result
        if next_instr <= prev_instr:
            # a backward jump closes a Python loop: a JIT loop header
            jitdriver.can_enter_jit(next_instr=next_instr, pycode=pycode,
                                    frame=frame)


def dispatch(frame, pycode, next_instr):
    assert next_instr >= 0      # (indexes co_code without a sign check)
    code = pycode.co_code
    opnum = ord(code[next_instr])
    arg = (ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8) |
           (ord(code[next_instr + 3]) << 16))
    assert arg >= 0     # lets the JIT index the virtualizable's array
    frame.last_instr = next_instr
    next_instr += op.INSTR_SIZE
    for num, handler in unrolling_handlers:
        if opnum == num:
            return handler(frame, pycode, arg, next_instr)
    raise frame.space.error(frame.space.w_SystemError,
                            "unknown opcode %d" % opnum)


def handle_operation_error(frame, pycode, operr):
    space = frame.space
    w_exc = operr.w_value
    if not operr.is_reraise:
        w_exc.add_traceback(pycode, frame.current_lineno())
    operr.is_reraise = False
    handler, depth = pycode.find_handler(frame.last_instr)
    if handler < 0:
        raise operr
    frame.dropvalues_to(depth)
    frame.pushvalue(w_exc)
    return handler


# ____________________________________________________________
# handlers

def NOP(frame, pycode, arg, next_instr):
    return next_instr


def POP_TOP(frame, pycode, arg, next_instr):
    frame.popvalue()
    return next_instr


def ROT_TWO(frame, pycode, arg, next_instr):
    w_1 = frame.popvalue()
    w_2 = frame.popvalue()
    frame.pushvalue(w_1)
    frame.pushvalue(w_2)
    return next_instr


def ROT_THREE(frame, pycode, arg, next_instr):
    w_1 = frame.popvalue()
    w_2 = frame.popvalue()
    w_3 = frame.popvalue()
    frame.pushvalue(w_1)
    frame.pushvalue(w_3)
    frame.pushvalue(w_2)
    return next_instr


def DUP_TOP(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.peekvalue())
    return next_instr


def DUP_TOP_TWO(frame, pycode, arg, next_instr):
    w_1 = frame.peekvalue(0)
    w_2 = frame.peekvalue(1)
    frame.pushvalue(w_2)
    frame.pushvalue(w_1)
    return next_instr


def LOAD_CONST(frame, pycode, arg, next_instr):
    frame.pushvalue(pycode.co_consts_w[arg])
    return next_instr


def unbound_local(space, name):
    # (apart: the message's formatting would keep LOAD_FAST from being
    # inlined into dispatch)
    return space.error(space.w_UnboundLocalError,
                       "cannot access local variable '%s' where it is not "
                       "associated with a value" % name)


def LOAD_FAST(frame, pycode, arg, next_instr):
    w_value = frame.locals_stack_w[arg]
    if w_value is None:
        raise unbound_local(frame.space, pycode.co_varnames[arg])
    frame.pushvalue(w_value)
    return next_instr


def STORE_FAST(frame, pycode, arg, next_instr):
    frame.locals_stack_w[arg] = frame.popvalue()
    return next_instr


def DELETE_FAST(frame, pycode, arg, next_instr):
    if frame.locals_stack_w[arg] is None:
        raise unbound_local(frame.space, pycode.co_varnames[arg])
    frame.locals_stack_w[arg] = None
    return next_instr


def name_error(space, name):
    return space.error(space.w_NameError, "name '%s' is not defined" % name)


def LOAD_NAME(frame, pycode, arg, next_instr):
    space = frame.space
    name = pycode.co_names[arg]
    if frame.w_locals is frame.w_globals:
        # module-level code: the globals' cells make the lookup constant
        # in traces, as for LOAD_GLOBAL
        w_value = space.load_global_cached(frame.w_globals, name)
    else:
        w_value = frame.w_locals.getitem_str(space, name)
        if w_value is None:
            w_value = space.load_global(frame.w_globals, name)
    if w_value is None:
        raise name_error(space, name)
    frame.pushvalue(w_value)
    return next_instr


def STORE_NAME(frame, pycode, arg, next_instr):
    frame.w_locals.setitem_str(frame.space, pycode.co_names[arg],
                               frame.popvalue())
    return next_instr


def DELETE_NAME(frame, pycode, arg, next_instr):
    space = frame.space
    name = pycode.co_names[arg]
    if frame.w_locals.getitem_str(space, name) is None:
        raise name_error(space, name)
    frame.w_locals.delitem(space, space.newtext_utf8(name))
    return next_instr


def LOAD_GLOBAL(frame, pycode, arg, next_instr):
    space = frame.space
    name = pycode.co_names[arg]
    if jit.we_are_jitted():
        w_value = space.load_global_cached(frame.w_globals, name)
    else:
        w_value = inlinecache.load_global(space, pycode, next_instr,
                                          frame.w_globals, name)
    if w_value is None:
        raise name_error(space, name)
    frame.pushvalue(w_value)
    return next_instr


def STORE_GLOBAL(frame, pycode, arg, next_instr):
    frame.w_globals.setitem_str(frame.space, pycode.co_names[arg],
                                frame.popvalue())
    return next_instr


def DELETE_GLOBAL(frame, pycode, arg, next_instr):
    space = frame.space
    name = pycode.co_names[arg]
    if frame.w_globals.getitem_str(space, name) is None:
        raise name_error(space, name)
    frame.w_globals.delitem(space, space.newtext_utf8(name))
    return next_instr


def cell_name(pycode, index):
    ncellvars = len(pycode.co_cellvars)
    if index < ncellvars:
        return pycode.co_cellvars[index]
    return pycode.co_freevars[index - ncellvars]


def unbound_cell(space, pycode, index):
    name = cell_name(pycode, index)
    if index < len(pycode.co_cellvars):
        return unbound_local(space, name)
    return space.error(
        space.w_NameError,
        "cannot access free variable '%s' where it is not associated with "
        "a value in enclosing scope" % name)


def LOAD_DEREF(frame, pycode, arg, next_instr):
    w_value = frame.cells[arg].w_value
    if w_value is None:
        raise unbound_cell(frame.space, pycode, arg)
    frame.pushvalue(w_value)
    return next_instr


def STORE_DEREF(frame, pycode, arg, next_instr):
    frame.cells[arg].w_value = frame.popvalue()
    return next_instr


def DELETE_DEREF(frame, pycode, arg, next_instr):
    cell = frame.cells[arg]
    if cell.w_value is None:
        raise unbound_cell(frame.space, pycode, arg)
    cell.w_value = None
    return next_instr


def LOAD_CLOSURE(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.cells[arg])
    return next_instr


def LOAD_CLASSDEREF(frame, pycode, arg, next_instr):
    w_value = frame.w_locals.getitem_str(frame.space, cell_name(pycode, arg))
    if w_value is None:
        return LOAD_DEREF(frame, pycode, arg, next_instr)
    frame.pushvalue(w_value)
    return next_instr


def LOAD_ATTR(frame, pycode, arg, next_instr):
    space = frame.space
    w_obj = frame.popvalue()
    name = pycode.co_names[arg]
    if jit.we_are_jitted():
        w_value = space.getattr(w_obj, name)
    else:
        w_value = inlinecache.load_attr(space, pycode, next_instr, w_obj, name)
    frame.pushvalue(w_value)
    return next_instr


def STORE_ATTR(frame, pycode, arg, next_instr):
    space = frame.space
    w_obj = frame.popvalue()
    w_value = frame.popvalue()
    name = pycode.co_names[arg]
    if jit.we_are_jitted():
        space.setattr(w_obj, name, w_value)
    else:
        inlinecache.store_attr(space, pycode, next_instr, w_obj, name, w_value)
    return next_instr


def DELETE_ATTR(frame, pycode, arg, next_instr):
    frame.space.delattr(frame.popvalue(), pycode.co_names[arg])
    return next_instr


def BINARY_OP(frame, pycode, arg, next_instr):
    w_b = frame.popvalue()
    w_a = frame.popvalue()
    frame.pushvalue(frame.space.binary_op(arg, w_a, w_b))
    return next_instr


def INPLACE_OP(frame, pycode, arg, next_instr):
    w_b = frame.popvalue()
    w_a = frame.popvalue()
    frame.pushvalue(frame.space.inplace_op(arg, w_a, w_b))
    return next_instr


def UNARY_OP(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.space.unary_op(arg, frame.popvalue()))
    return next_instr


def COMPARE_OP(frame, pycode, arg, next_instr):
    w_b = frame.popvalue()
    w_a = frame.popvalue()
    frame.pushvalue(frame.space.compare(arg, w_a, w_b))
    return next_instr


def BINARY_SUBSCR(frame, pycode, arg, next_instr):
    w_key = frame.popvalue()
    w_obj = frame.popvalue()
    frame.pushvalue(frame.space.getitem(w_obj, w_key))
    return next_instr


def STORE_SUBSCR(frame, pycode, arg, next_instr):
    w_key = frame.popvalue()
    w_obj = frame.popvalue()
    w_value = frame.popvalue()
    frame.space.setitem(w_obj, w_key, w_value)
    return next_instr


def DELETE_SUBSCR(frame, pycode, arg, next_instr):
    w_key = frame.popvalue()
    w_obj = frame.popvalue()
    frame.space.delitem(w_obj, w_key)
    return next_instr


def BUILD_TUPLE(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.space.newtuple(frame.popvalues(arg)))
    return next_instr


def BUILD_LIST(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.space.newlist(frame.popvalues(arg)))
    return next_instr


def BUILD_SET(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.space.newset(frame.popvalues(arg)))
    return next_instr


@jit.unroll_safe
def BUILD_MAP(frame, pycode, arg, next_instr):
    space = frame.space
    values_w = frame.popvalues(2 * arg)
    w_dict = space.newdict()
    for i in range(arg):
        space.setitem(w_dict, values_w[2 * i], values_w[2 * i + 1])
    frame.pushvalue(w_dict)
    return next_instr


def BUILD_SLICE(frame, pycode, arg, next_instr):
    space = frame.space
    w_step = frame.popvalue() if arg == 3 else space.w_None
    w_stop = frame.popvalue()
    w_start = frame.popvalue()
    frame.pushvalue(space.newslice(w_start, w_stop, w_step))
    return next_instr


@jit.unroll_safe
def BUILD_STRING(frame, pycode, arg, next_instr):
    space = frame.space
    parts = [space.text_w(w_part) for w_part in frame.popvalues(arg)]
    frame.pushvalue(space.newtext(u''.join(parts)))
    return next_instr


def FORMAT_VALUE(frame, pycode, arg, next_instr):
    space = frame.space
    w_spec = frame.popvalue() if arg & op.FMT_HAVE_SPEC else None
    w_value = frame.popvalue()
    conversion = arg & 3
    if conversion == op.FMT_STR:
        w_value = space.str(w_value)
    elif conversion == op.FMT_REPR or conversion == op.FMT_ASCII:
        w_value = space.repr(w_value)
    frame.pushvalue(space.format(w_value, w_spec))
    return next_instr


def LIST_APPEND(frame, pycode, arg, next_instr):
    w_value = frame.popvalue()
    w_list = frame.peekvalue(arg - 1)
    assert isinstance(w_list, W_ListObject)
    w_list.items_w.append(w_value)
    return next_instr


def SET_ADD(frame, pycode, arg, next_instr):
    w_value = frame.popvalue()
    frame.space.set_add(frame.peekvalue(arg - 1), w_value)
    return next_instr


def MAP_ADD(frame, pycode, arg, next_instr):
    w_value = frame.popvalue()
    w_key = frame.popvalue()
    frame.space.setitem(frame.peekvalue(arg - 1), w_key, w_value)
    return next_instr


def LIST_EXTEND(frame, pycode, arg, next_instr):
    w_iterable = frame.popvalue()
    w_list = frame.peekvalue(arg - 1)
    assert isinstance(w_list, W_ListObject)
    w_list.items_w.extend(frame.space.unpackiterable(w_iterable))
    return next_instr


def SET_UPDATE(frame, pycode, arg, next_instr):
    w_iterable = frame.popvalue()
    set_update(frame.space, frame.peekvalue(arg - 1), w_iterable)
    return next_instr


def set_update(space, w_set, w_iterable):
    # the loop lives here, not in the handler: a residual call that is
    # given the frame forces it out of registers and aborts the trace
    for w_item in space.unpackiterable(w_iterable):
        space.set_add(w_set, w_item)


def DICT_UPDATE(frame, pycode, arg, next_instr):
    from pypy.objspace.dictobject import dict_update_from
    space = frame.space
    w_mapping = frame.popvalue()
    w_dict = frame.peekvalue(arg - 1)
    assert isinstance(w_dict, W_DictObject)
    if not isinstance(w_mapping, W_DictObject):
        raise space.error(space.w_TypeError,
                          "'%s' object is not a mapping" %
                          space.type_name(space.type(w_mapping)))
    dict_update_from(space, w_dict, w_mapping)
    return next_instr


def LIST_TO_TUPLE(frame, pycode, arg, next_instr):
    w_list = frame.popvalue()
    assert isinstance(w_list, W_ListObject)
    frame.pushvalue(frame.space.newtuple(w_list.items_w[:]))
    return next_instr


@jit.unroll_safe
def UNPACK_SEQUENCE(frame, pycode, arg, next_instr):
    space = frame.space
    items_w = space.unpack_exactly(frame.popvalue(), arg)
    i = arg
    while i > 0:
        i -= 1
        frame.pushvalue(items_w[i])
    return next_instr


@jit.unroll_safe
def UNPACK_EX(frame, pycode, arg, next_instr):
    space = frame.space
    before = arg & 0xff
    after = arg >> 8
    items_w = space.unpackiterable(frame.popvalue())
    n = len(items_w)
    if n < before + after:
        raise space.error(
            space.w_ValueError,
            "not enough values to unpack (expected at least %d, got %d)" % (
                before + after, n))
    i = n
    while i > n - after:
        i -= 1
        frame.pushvalue(items_w[i])
    middle_stop = n - after
    assert middle_stop >= before
    frame.pushvalue(space.newlist(items_w[before:middle_stop]))
    i = before
    while i > 0:
        i -= 1
        frame.pushvalue(items_w[i])
    return next_instr


def JUMP_ABSOLUTE(frame, pycode, arg, next_instr):
    if arg < next_instr:
        check_signals(frame.space)   # Ctrl-C (pypy/module/signal)
    return arg


def POP_JUMP_IF_FALSE(frame, pycode, arg, next_instr):
    if frame.space.is_true(frame.popvalue()):
        return next_instr
    return arg


def POP_JUMP_IF_TRUE(frame, pycode, arg, next_instr):
    if frame.space.is_true(frame.popvalue()):
        return arg
    return next_instr


def JUMP_IF_FALSE_OR_POP(frame, pycode, arg, next_instr):
    if frame.space.is_true(frame.peekvalue()):
        frame.popvalue()
        return next_instr
    return arg


def JUMP_IF_TRUE_OR_POP(frame, pycode, arg, next_instr):
    if frame.space.is_true(frame.peekvalue()):
        return arg
    frame.popvalue()
    return next_instr


def GET_ITER(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.space.iter(frame.popvalue()))
    return next_instr


def FOR_ITER(frame, pycode, arg, next_instr):
    w_iter = frame.peekvalue()
    if not jit.we_are_jitted():
        from pypy.interpreter.generator import note_resume_from
        note_resume_from(pycode, w_iter)
    w_next = frame.space.next_or_none(w_iter)
    if w_next is None:
        frame.popvalue()
        return arg
    frame.pushvalue(w_next)
    return next_instr


def CALL_FUNCTION(frame, pycode, arg, next_instr):
    w_func = frame.peekvalue(arg)
    if isinstance(w_func, Method):
        # the bound object goes first into the one list of arguments (no
        # second list, made by Method.call's prepend)
        args = Arguments(frame.popvalues_after(w_func.w_self, arg))
        w_func = w_func.w_function
    else:
        args = Arguments(frame.popvalues(arg))
    frame.popvalue()
    frame.pushvalue(frame.space.call_args(w_func, args))
    return next_instr


@jit.unroll_safe
def CALL_FUNCTION_KW(frame, pycode, arg, next_instr):
    space = frame.space
    w_names = frame.popvalue()
    assert isinstance(w_names, W_TupleObject)
    values_w = frame.popvalues(arg)
    nkw = len(w_names.items_w)
    npos = arg - nkw
    assert npos >= 0
    names = [space.text_utf8(w_name) for w_name in w_names.items_w]
    args = Arguments(values_w[:npos], names, values_w[npos:])
    w_func = frame.popvalue()
    frame.pushvalue(space.call_args(w_func, args))
    return next_instr


def CALL_FUNCTION_EX(frame, pycode, arg, next_instr):
    space = frame.space
    w_kwargs = frame.popvalue() if arg & 1 else None
    w_args = frame.popvalue()
    w_func = frame.popvalue()
    frame.pushvalue(space.call_args(w_func,
                                    star_arguments(space, w_args, w_kwargs)))
    return next_instr


def star_arguments(space, w_args, w_kwargs):
    """The Arguments of f(*w_args, **w_kwargs).  Its loops stay out of the
    handler (see set_update); the call itself is traced, so the callee
    can be inlined."""
    args_w = space.unpackiterable(w_args)
    names = []
    values_w = []
    if w_kwargs is not None:
        if not isinstance(w_kwargs, W_DictObject):
            raise space.error(space.w_TypeError,
                              "argument after ** must be a mapping, not %s"
                              % space.type_name(space.type(w_kwargs)))
        for w_key, w_value in w_kwargs.data.items():
            names.append(space.text_utf8(w_key))
            values_w.append(w_value)
    return Arguments(args_w, names, values_w)


@jit.unroll_safe     # one iteration per closure cell: a code's constant
def MAKE_FUNCTION(frame, pycode, arg, next_instr):
    from pypy.interpreter.pycode import PyCode
    space = frame.space
    w_code = frame.popvalue()
    assert isinstance(w_code, PyCode)
    closure = []
    if arg & op.MF_CLOSURE:
        w_closure = frame.popvalue()
        assert isinstance(w_closure, W_TupleObject)
        closure = [None] * len(w_closure.items_w)
        for i in range(len(closure)):
            w_cell = w_closure.items_w[i]
            assert isinstance(w_cell, Cell)
            closure[i] = w_cell
    w_annotations = None
    if arg & op.MF_ANNOTATIONS:
        w_annotations = frame.popvalue()
    w_kwdefaults = None
    if arg & op.MF_KWDEFAULTS:
        w_kwdefaults = frame.popvalue()
        assert isinstance(w_kwdefaults, W_DictObject)
    defaults_w = []
    if arg & op.MF_DEFAULTS:
        w_defaults = frame.popvalue()
        assert isinstance(w_defaults, W_TupleObject)
        defaults_w = w_defaults.items_w
    w_func = Function(space, w_code, frame.w_globals, defaults_w,
                      w_kwdefaults, closure, w_code.co_qualname)
    w_func.w_annotations = w_annotations
    frame.pushvalue(w_func)
    return next_instr


def PRINT_EXPR(frame, pycode, arg, next_instr):
    space = frame.space
    w_value = frame.popvalue()
    w_hook = space.builtin_modules['sys'].w_dict.getitem_str(space,
                                                             'displayhook')
    if w_hook is None:
        raise space.error(space.w_RuntimeError, "lost sys.displayhook")
    space.call_function(w_hook, w_value)
    return next_instr


def RETURN_VALUE(frame, pycode, arg, next_instr):
    frame.w_result = frame.popvalue()
    return RETURNED


def RAISE_VARARGS(frame, pycode, arg, next_instr):
    space = frame.space
    if arg == 0:
        w_exc = space.ec.w_current_exc
        if w_exc is None:
            raise space.error(space.w_RuntimeError,
                              "No active exception to reraise")
        operr = OperationError(w_exc)
        operr.is_reraise = True
        raise operr
    w_cause = frame.popvalue() if arg == 2 else None
    w_exc = space.make_exception_instance(frame.popvalue())
    if w_cause is not None:
        if space.is_none(w_cause):
            w_exc.w_cause = None
        else:
            w_exc.w_cause = space.make_exception_instance(w_cause)
        w_exc.suppress_context = True
    raise space.raise_exception(w_exc)


def IMPORT_NAME(frame, pycode, arg, next_instr):
    space = frame.space
    w_fromlist = frame.popvalue()
    w_level = frame.popvalue()
    frame.pushvalue(space.import_name(pycode.co_names[arg], w_fromlist,
                                      space.int_w(w_level), frame.w_globals))
    return next_instr


def IMPORT_FROM(frame, pycode, arg, next_instr):
    space = frame.space
    frame.pushvalue(space.import_from(frame.peekvalue(),
                                      pycode.co_names[arg]))
    return next_instr


def IMPORT_STAR(frame, pycode, arg, next_instr):
    space = frame.space
    space.import_star(frame.popvalue(), frame.w_locals)
    return next_instr


def LOAD_BUILD_CLASS(frame, pycode, arg, next_instr):
    space = frame.space
    frame.pushvalue(space.builtin_lookup('__build_class__'))
    return next_instr


def LOAD_ASSERTION_ERROR(frame, pycode, arg, next_instr):
    frame.pushvalue(frame.space.w_AssertionError)
    return next_instr


def PUSH_EXC_INFO(frame, pycode, arg, next_instr):
    space = frame.space
    w_exc = frame.popvalue()
    w_prev = space.ec.w_current_exc
    frame.pushvalue(w_prev if w_prev is not None else space.w_None)
    frame.pushvalue(w_exc)
    space.ec.w_current_exc = space.make_exception_instance(w_exc)
    return next_instr


def POP_EXCEPT(frame, pycode, arg, next_instr):
    space = frame.space
    w_prev = frame.popvalue()
    if space.is_none(w_prev):
        space.ec.w_current_exc = None
    else:
        space.ec.w_current_exc = space.make_exception_instance(w_prev)
    return next_instr


def RERAISE(frame, pycode, arg, next_instr):
    space = frame.space
    operr = OperationError(space.make_exception_instance(frame.popvalue()))
    operr.is_reraise = True
    raise operr


def CHECK_EXC_MATCH(frame, pycode, arg, next_instr):
    space = frame.space
    w_check = frame.popvalue()
    w_exc = frame.peekvalue()
    space.check_except_clause(w_check)
    frame.pushvalue(space.newbool(space.exception_match(space.type(w_exc),
                                                        w_check)))
    return next_instr


def WITH_ENTER(frame, pycode, arg, next_instr):
    space = frame.space
    w_manager = frame.popvalue()
    w_enter = space.lookup_special(w_manager, '__enter__')
    w_exit = space.lookup_special(w_manager, '__exit__')
    if w_enter is None or w_exit is None:
        raise space.error(
            space.w_TypeError,
            "'%s' object does not support the context manager protocol" %
            space.type_name(space.type(w_manager)))
    frame.pushvalue(w_exit)
    frame.pushvalue(space.call_function(w_enter))
    return next_instr


def WITH_EXIT(frame, pycode, arg, next_instr):
    space = frame.space
    w_exc = frame.peekvalue(0)
    w_exit = frame.peekvalue(2)
    w_result = space.call_function(w_exit, space.type(w_exc), w_exc,
                                   space.w_None)
    frame.pushvalue(space.newbool(space.is_true(w_result)))
    return next_instr


def YIELD_VALUE(frame, pycode, arg, next_instr):
    frame.w_result = frame.popvalue()
    frame.next_instr = next_instr
    # the generator keeps this frame: write it out now, in compiled code,
    # rather than rebuilding it from resume data at every resume
    jit.hint(frame, force_virtualizable=True)
    return YIELDED


def YIELD_FROM(frame, pycode, arg, next_instr):
    from pypy.interpreter.generator import send_into
    space = frame.space
    w_sent = frame.popvalue()
    w_iter = frame.peekvalue()
    if not jit.we_are_jitted():
        from pypy.interpreter.generator import note_resume_from
        note_resume_from(pycode, w_iter)
    w_yielded, w_returned = send_into(space, w_iter, w_sent)
    if w_yielded is None:
        # exhausted: the iterator's return value replaces it on the stack
        frame.popvalue()
        frame.pushvalue(w_returned)
        return next_instr
    frame.w_result = w_yielded
    frame.next_instr = next_instr - op.INSTR_SIZE     # run YIELD_FROM again
    jit.hint(frame, force_virtualizable=True)         # as YIELD_VALUE
    return YIELDED


def GET_YIELD_FROM_ITER(frame, pycode, arg, next_instr):
    from pypy.interpreter.generator import W_Generator
    w_obj = frame.popvalue()
    if not isinstance(w_obj, W_Generator):
        w_obj = frame.space.iter(w_obj)
    frame.pushvalue(w_obj)
    return next_instr


def MATCH_SEQUENCE(frame, pycode, arg, next_instr):
    from pypy.interpreter.matching import is_match_sequence
    space = frame.space
    frame.pushvalue(space.newbool(is_match_sequence(space,
                                                    frame.peekvalue())))
    return next_instr


def MATCH_MAPPING(frame, pycode, arg, next_instr):
    from pypy.interpreter.matching import is_match_mapping
    space = frame.space
    frame.pushvalue(space.newbool(is_match_mapping(space,
                                                   frame.peekvalue())))
    return next_instr


def GET_LEN(frame, pycode, arg, next_instr):
    space = frame.space
    frame.pushvalue(space.newint(space.len_w(frame.peekvalue())))
    return next_instr


def MATCH_KEYS(frame, pycode, arg, next_instr):
    from pypy.interpreter.matching import match_keys
    space = frame.space
    w_values = match_keys(space, frame.peekvalue(1), frame.peekvalue(0))
    if w_values is None:
        w_values = space.w_None
    frame.pushvalue(w_values)
    return next_instr


def MATCH_CLASS(frame, pycode, arg, next_instr):
    from pypy.interpreter.matching import match_class
    space = frame.space
    w_names = frame.popvalue()
    w_cls = frame.popvalue()
    w_subject = frame.popvalue()
    w_attrs = match_class(space, w_subject, w_cls, arg, w_names)
    if w_attrs is None:
        w_attrs = space.w_None
    frame.pushvalue(w_attrs)
    return next_instr


def COPY_DICT_WITHOUT_KEYS(frame, pycode, arg, next_instr):
    from pypy.interpreter.matching import copy_dict_without_keys
    w_keys = frame.popvalue()
    w_subject = frame.popvalue()
    frame.pushvalue(copy_dict_without_keys(frame.space, w_subject, w_keys))
    return next_instr


unrolling_handlers = unrolling_iterable(
    [(op.opmap[name], globals()[name]) for name in op.opnames])
