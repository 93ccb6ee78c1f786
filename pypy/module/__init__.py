"""Built-in modules.  Each package here has a moduledef.py whose
`make_module(space)` returns the W_ModuleObject."""


def setup_builtin_modules(space):
    from pypy.module.builtins.moduledef import make_module as builtins
    from pypy.module.sys.moduledef import make_module as sys
    from pypy.module.time.moduledef import make_module as time
    from pypy.module.micronumpy.moduledef import make_module as numpy
    from pypy.module.math.moduledef import make_module as math
    for make_module in [builtins, sys, time, numpy, math]:
        w_module = make_module(space)
        space.builtin_modules[w_module.name] = w_module
