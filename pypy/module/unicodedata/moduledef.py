"""The unicodedata module: the Unicode character database of
rpython.rlib.unicodedata as CPython's unicodedata gives it, with
ucd_3_2_0, a unicodedata.UCD object answering for Unicode 3.2.0."""

from pypy.interpreter.function import BuiltinFunction
from pypy.module.unicodedata.interp_ucd import (
    CURRENT_DB, MODULE_FUNCTIONS, UCD_3_2_0_METHODS, W_UCD)
from pypy.objspace.typeobject import TypeDef
from rpython.rlib.unicodedata import unicodedb_3_2_0


def ucd_get_unidata_version(space, w_ucd):
    return space.newtext_ascii(unicodedb_3_2_0.version)


def make_module(space):
    w_mod = space.newmodule('unicodedata')
    setitem = w_mod.w_dict.setitem_str
    for name, func in MODULE_FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    setitem(space, 'unidata_version', space.newtext_ascii(CURRENT_DB.version))
    w_ucd_type = space.make_builtin_type('w_unicodedata_UCD', TypeDef(
        'UCD', methods=UCD_3_2_0_METHODS, acceptable_as_base=False,
        getset={'unidata_version': ucd_get_unidata_version}),
        [space.w_object])
    w_ucd_type.set_module_name(space, 'unicodedata')
    setitem(space, 'UCD', w_ucd_type)
    setitem(space, 'ucd_3_2_0', W_UCD())
    return w_mod
