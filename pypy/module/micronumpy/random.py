"""np.random: seed, random/rand, randn, randint, uniform, normal."""

FUNCTIONS = []


def make_module(space):
    w_mod = space.newmodule('numpy.random')
    from pypy.interpreter.function import BuiltinFunction
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
