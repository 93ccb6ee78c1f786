"""Code objects: the compiler's output and the eval loop's input."""

from pypy.interpreter import opcodes
from pypy.objspace.root import W_Root


class NameTable(object):
    """One str object for each name of attribute or global that code
    objects use: the lookups keyed by such names (the method cache, the
    globals' cells, instance maps) then find equal names identical and
    skip comparing their characters."""

    def __init__(self):
        self.names = {}

    def get(self, name):
        if name in self.names:
            return self.names[name]
        self.names[name] = name
        return name


interned_names = NameTable()


class PyCode(W_Root):
    """Immutable compiled code.  The JIT treats a PyCode as a green: every
    field read from it inside the eval loop folds to a constant."""

    _immutable_fields_ = [
        'co_name', 'co_qualname', 'co_filename', 'co_firstlineno',
        'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_flags',
        'co_nlocals', 'co_stacksize', 'co_code', 'co_consts_w[*]',
        'co_names[*]', 'co_varnames[*]', 'co_cellvars[*]', 'co_freevars[*]',
        'co_lines[*]', 'co_exceptiontable[*]', 'co_cell2arg[*]',
    ]

    def __init__(self, co_name, co_qualname, co_filename, co_firstlineno,
                 co_argcount, co_posonlyargcount, co_kwonlyargcount, co_flags,
                 co_stacksize, co_code, co_consts_w, co_names, co_varnames,
                 co_cellvars, co_freevars, co_lines, co_exceptiontable):
        """
        co_varnames: local variable names; the first co_argcount +
            co_kwonlyargcount (+1 for *args, +1 for **kwargs, in that order,
            when co_flags says so) are the parameters.
        co_cellvars: names of locals captured by inner functions; a cellvar
            that is also a parameter is copied into its cell on entry.
        co_freevars: names this code reads from its closure.
            Cell indices for *_DEREF: cellvars first, then freevars.
        co_lines: source line of each instruction (index = offset //
            INSTR_SIZE).
        co_exceptiontable: flat list of (start, end, handler, depth) quads,
            offsets in bytes, end exclusive; the innermost covering entry
            comes first.
        """
        self.co_name = co_name
        self.co_qualname = co_qualname
        self.co_filename = co_filename
        self.co_firstlineno = co_firstlineno
        self.co_argcount = co_argcount
        self.co_posonlyargcount = co_posonlyargcount
        self.co_kwonlyargcount = co_kwonlyargcount
        self.co_flags = co_flags
        self.co_stacksize = co_stacksize
        self.co_code = co_code
        self.co_consts_w = co_consts_w[:]
        self.co_names = [interned_names.get(name) for name in co_names]
        self.co_varnames = co_varnames[:]
        self.co_nlocals = len(co_varnames)
        self.co_cellvars = co_cellvars[:]
        self.co_freevars = co_freevars[:]
        self.co_lines = co_lines[:]
        self.co_exceptiontable = co_exceptiontable[:]
        cell2arg = [-1] * len(co_cellvars)
        for i in range(len(co_cellvars)):
            for j in range(self.total_argcount()):
                if co_varnames[j] == co_cellvars[i]:
                    cell2arg[i] = j
        self.co_cell2arg = cell2arg
        # a generator of this code was resumed by a frame of this code (a
        # recursive generator): the JIT then never inlines its resumes
        # (pyopcode.can_never_inline); not immutable, set by the
        # interpreter before the code gets hot
        self.resumes_itself = False
        # the interpreter's caches of its attribute reads and writes, one
        # per instruction (pypy/objspace/inlinecache.py), made on first use;
        # never read by JIT traces
        self.inline_caches = None

    def total_argcount(self):
        n = self.co_argcount + self.co_kwonlyargcount
        if self.co_flags & opcodes.CO_VARARGS:
            n += 1
        if self.co_flags & opcodes.CO_VARKEYWORDS:
            n += 1
        return n

    def line_at(self, offset):
        index = offset // opcodes.INSTR_SIZE
        if 0 <= index < len(self.co_lines):
            return self.co_lines[index]
        return self.co_firstlineno

    def find_handler(self, offset):
        """The (handler, depth) of the innermost try block covering the
        instruction at `offset`, or (-1, 0)."""
        table = self.co_exceptiontable
        i = 0
        while i < len(table):
            if table[i] <= offset < table[i + 1]:
                return table[i + 2], table[i + 3]
            i += 4
        return -1, 0

    def getclass(self, space):
        return space.w_code
