"""Frames: the state of one running code object."""

from rpython.rlib import jit
from pypy.interpreter import opcodes
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import Cell
from pypy.objspace.root import W_Root


@jit.unroll_safe
def _init_cells(cells, ncells, closure):
    for i in range(ncells):
        cells[i] = Cell()
    for i in range(len(closure)):
        cells[ncells + i] = closure[i]


NO_CELLS = []


class PyFrame(W_Root):
    """Locals and the value stack share one fixed-size list, so that the
    JIT can keep the whole frame in registers (it is the eval loop's
    virtualizable): locals first, then the stack."""

    _virtualizable_ = ['locals_stack_w[*]', 'valuestackdepth', 'last_instr',
                       'pycode', 'w_globals', 'w_locals', 'cells[*]']

    def __init__(self, space, code, w_globals, closure):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.space = space
        self.pycode = code
        self.w_globals = w_globals
        self.w_locals = None        # namespace dict of module/class bodies
        self.locals_stack_w = [None] * (code.co_nlocals + code.co_stacksize)
        self.valuestackdepth = code.co_nlocals
        self.last_instr = -1
        self.next_instr = 0         # where a generator resumes
        self.w_result = None        # what the frame returned or yielded
        self.f_backref = jit.vref_None  # the calling frame while running
        ncells = len(code.co_cellvars)
        nclosure = len(closure)
        if ncells or nclosure:
            cells = [None] * (ncells + nclosure)
            _init_cells(cells, ncells, closure)
        elif jit.we_are_jitted():
            cells = [None] * 0      # (in traces, virtual, of known length)
        else:
            cells = NO_CELLS        # (a list of no cells never changes)
        self.cells = cells

    def getclass(self, space):
        return space.w_frame

    # --- value stack ---
    # The asserts let the JIT index the virtualizable's array directly.
    def pushvalue(self, w_value):
        depth = self.valuestackdepth
        assert depth >= 0
        self.locals_stack_w[depth] = w_value
        self.valuestackdepth = depth + 1

    def popvalue(self):
        depth = self.valuestackdepth - 1
        assert depth >= 0
        w_value = self.locals_stack_w[depth]
        self.locals_stack_w[depth] = None
        self.valuestackdepth = depth
        return w_value

    def peekvalue(self, index_from_top=0):
        depth = self.valuestackdepth - 1 - index_from_top
        assert depth >= 0
        return self.locals_stack_w[depth]

    def settopvalue(self, w_value, index_from_top=0):
        depth = self.valuestackdepth - 1 - index_from_top
        assert depth >= 0
        self.locals_stack_w[depth] = w_value

    @jit.unroll_safe
    def popvalues(self, n):
        values_w = [None] * n
        while n > 0:
            n -= 1
            values_w[n] = self.popvalue()
        return values_w

    @jit.unroll_safe
    def popvalues_after(self, w_first, n):
        """w_first, then the n values popped off the stack."""
        values_w = [None] * (n + 1)
        values_w[0] = w_first
        while n > 0:
            values_w[n] = self.popvalue()
            n -= 1
        return values_w

    @jit.unroll_safe
    def dropvalues_to(self, depth):
        target = self.pycode.co_nlocals + depth
        while self.valuestackdepth > target:
            self.popvalue()

    # --- arguments ---
    @jit.unroll_safe
    def setup_arguments(self, func, args):
        """Bind the call's arguments to the parameters, as CPython does,
        with CPython's TypeError messages."""
        space = self.space
        code = self.pycode
        argcount = code.co_argcount
        kwonly = code.co_kwonlyargcount
        has_varargs = code.co_flags & opcodes.CO_VARARGS != 0
        has_varkw = code.co_flags & opcodes.CO_VARKEYWORDS != 0
        args_w = args.arguments_w
        n = len(args_w)
        take = min(n, argcount)
        for i in range(take):
            self.locals_stack_w[i] = args_w[i]
        slot = argcount + kwonly
        if has_varargs:
            self.locals_stack_w[slot] = space.newtuple(args_w[take:] if n > take
                                            else [])
            slot += 1
        elif n > argcount:
            raise self.too_many_positional(func, n)
        w_kwargs = None
        if has_varkw:
            w_kwargs = space.newdict()
            self.locals_stack_w[slot] = w_kwargs
        for k in range(len(args.keyword_names)):
            name = args.keyword_names[k]
            index = find_parameter(code, name)
            if index >= 0:
                if self.locals_stack_w[index] is not None:
                    raise space.error(space.w_TypeError,
                                      "%s() got multiple values for argument "
                                      "'%s'" % (func.qualname, name))
                self.locals_stack_w[index] = args.keyword_values_w[k]
            elif w_kwargs is not None:
                w_kwargs.setitem_str(space, name, args.keyword_values_w[k])
            else:
                raise space.error(space.w_TypeError,
                                  "%s() got an unexpected keyword argument "
                                  "'%s'" % (func.qualname, name))
        if n < argcount:
            first_default = argcount - len(func.defaults_w)
            for i in range(n, argcount):
                if self.locals_stack_w[i] is None and i >= first_default:
                    self.locals_stack_w[i] = func.defaults_w[i - first_default]
            self.check_missing(func, 0, argcount, 'positional')
        if kwonly:
            for i in range(argcount, argcount + kwonly):
                if self.locals_stack_w[i] is None and func.w_kwdefaults is not None:
                    w_default = func.w_kwdefaults.getitem_str(
                        space, code.co_varnames[i])
                    if w_default is not None:
                        self.locals_stack_w[i] = w_default
            self.check_missing(func, argcount, argcount + kwonly,
                               'keyword-only')
        for i in range(len(code.co_cell2arg)):
            j = code.co_cell2arg[i]
            if j >= 0:
                self.cells[i].w_value = self.locals_stack_w[j]

    def too_many_positional(self, func, given):
        code = self.pycode
        argcount = code.co_argcount
        ndefaults = len(func.defaults_w)
        if ndefaults:
            takes = "from %d to %d positional arguments" % (
                argcount - ndefaults, argcount)
        else:
            takes = "%d positional argument%s" % (
                argcount, '' if argcount == 1 else 's')
        return self.space.error(
            self.space.w_TypeError, "%s() takes %s but %d %s given" % (
                func.qualname, takes, given,
                'was' if given == 1 else 'were'))

    # traced: setup_arguments passes it a frame whose fields it accesses
    # directly, and the JIT must see every such access
    @jit.unroll_safe
    def check_missing(self, func, start, stop, kind):
        missing = []
        for i in range(start, stop):
            if self.locals_stack_w[i] is None:
                missing.append("'%s'" % self.pycode.co_varnames[i])
        if not missing:
            return
        if len(missing) == 1:
            names = missing[0]
        elif len(missing) == 2:
            names = "%s and %s" % (missing[0], missing[1])
        else:
            names = ", ".join(missing[:-1]) + ", and " + missing[-1]
        raise self.space.error(
            self.space.w_TypeError,
            "%s() missing %d required %s argument%s: %s" % (
                func.qualname, len(missing), kind,
                '' if len(missing) == 1 else 's', names))

    def current_lineno(self):
        return self.pycode.line_at(max(self.last_instr, 0))


@jit.elidable
def find_parameter(code, name):
    """Index of the parameter `name` that may be passed by keyword, or
    -1."""
    for i in range(code.co_posonlyargcount,
                   code.co_argcount + code.co_kwonlyargcount):
        if code.co_varnames[i] == name:
            return i
    return -1
