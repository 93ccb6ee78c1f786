"""The import statement: sys.modules, built-in modules, then modules and
packages (directories with __init__.py) found on sys.path."""

from __future__ import absolute_import    # `os` is not pypy/module/os

import os
from pypy.interpreter.error import OperationError
from pypy.objspace.moduleobject import W_ModuleObject


def not_found(space, name, message=None):
    if message is None:
        message = "No module named '%s'" % name
    w_exc = space.new_exception_args(
        space.w_ModuleNotFoundError, [space.newtext_utf8(message)])
    w_exc.getdict(space).setitem_str(space, 'name', space.newtext_utf8(name))
    return OperationError(w_exc)


def is_missing(space, operr, name):
    """operr is the ModuleNotFoundError of module `name` itself."""
    if not operr.match(space, space.w_ModuleNotFoundError):
        return False
    w_name = space.findattr(operr.w_value, 'name')
    return w_name is not None and not space.is_none(w_name) and \
        space.text_utf8(w_name) == name


def search_path(space, name, w_parent):
    """The directories to look for `name` in: the parent package's
    __path__, or sys.path."""
    if w_parent is not None:
        w_path = space.findattr(w_parent, '__path__')
    else:
        w_path = space.builtin_modules['sys'].w_dict.getitem_str(space,
                                                                 'path')
    if w_path is None:
        return []
    return [space.text_utf8(w_entry) for w_entry in
            space.unpackiterable(w_path)]


def is_file(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o100000


def join(directory, name):
    if not directory:
        return name
    if directory.endswith('/'):
        return directory + name
    return directory + '/' + name


def load_source_module(space, fullname, filename, package_dir):
    from pypy.interpreter.main import read_file, compile_code, \
        run_module_code
    try:
        source = read_file(filename)
    except (OSError, IOError):
        raise not_found(space, fullname)
    w_module = space.newmodule(fullname)
    setitem = w_module.w_dict.setitem_str
    setitem(space, '__file__', space.newtext_utf8(filename))
    setitem(space, '__builtins__', space.builtin_modules['builtins'])
    if package_dir is not None:
        setitem(space, '__path__', space.newlist(
            [space.newtext_utf8(package_dir)]))
        setitem(space, '__package__', space.newtext_utf8(fullname))
    else:
        dot = fullname.rfind('.')
        package = ''
        if dot > 0:
            package = fullname[:dot]
        setitem(space, '__package__', space.newtext_utf8(package))
    w_name = space.newtext_utf8(fullname)
    space.w_modules.data[w_name] = w_module
    try:
        code = compile_code(space, source, filename, 'exec')
        run_module_code(space, code, w_module)
    except OperationError:
        if w_name in space.w_modules.data:
            del space.w_modules.data[w_name]
        raise
    # a module may replace itself in sys.modules
    return space.w_modules.data.get(w_name, w_module)


def find_with_meta_path(space, name, w_parent):
    """The module `name` loaded from the spec that the first finder of
    sys.meta_path to give one gives (pytest's assertion rewriter), or
    None."""
    w_meta_path = space.builtin_modules['sys'].w_dict.getitem_str(
        space, 'meta_path')
    if w_meta_path is None:
        return None
    finders_w = space.unpackiterable(w_meta_path)
    if not finders_w:
        return None
    w_path = space.w_None
    if w_parent is not None:
        w_path = space.findattr(w_parent, '__path__') or space.w_None
    w_name = space.newtext_utf8(name)
    for w_finder in finders_w:
        w_find_spec = space.findattr(w_finder, 'find_spec')
        if w_find_spec is None:
            continue
        w_spec = space.call_function(w_find_spec, w_name, w_path)
        if not space.is_none(w_spec):
            return load_from_spec(space, name, w_spec)
    return None


def load_from_spec(space, name, w_spec):
    """The module of a spec, made by its loader's create_module (or a
    new module) and run by its exec_module, as importlib's
    module_from_spec and _load do."""
    w_loader = space.getattr(w_spec, 'loader')
    w_module = space.w_None
    w_create = space.findattr(w_loader, 'create_module')
    if w_create is not None:
        w_module = space.call_function(w_create, w_spec)
    if space.is_none(w_module):
        w_module = space.newmodule(name)
    space.setattr(w_module, '__spec__', w_spec)
    space.setattr(w_module, '__loader__', w_loader)
    w_locations = space.findattr(w_spec, 'submodule_search_locations')
    if w_locations is not None and not space.is_none(w_locations):
        space.setattr(w_module, '__path__', w_locations)
        space.setattr(w_module, '__package__', space.newtext_utf8(name))
    else:
        dot = name.rfind('.')
        package = ''
        if dot > 0:
            package = name[:dot]
        space.setattr(w_module, '__package__', space.newtext_utf8(package))
    w_origin = space.findattr(w_spec, 'origin')
    w_has_location = space.findattr(w_spec, 'has_location')
    if w_origin is not None and w_has_location is not None and \
            space.is_true(w_has_location):
        space.setattr(w_module, '__file__', w_origin)
    w_name = space.newtext_utf8(name)
    space.w_modules.data[w_name] = w_module
    try:
        space.call_method(w_loader, 'exec_module', w_module)
    except OperationError:
        if w_name in space.w_modules.data:
            del space.w_modules.data[w_name]
        raise
    # a module may replace itself in sys.modules
    return space.w_modules.data.get(w_name, w_module)


def find_module(space, name):
    """The module `name` (fully qualified), importing it if needed."""
    w_name = space.newtext_utf8(name)
    w_module = space.w_modules.data.get(w_name, None)
    if w_module is not None:
        if space.is_none(w_module):
            # a module blocked on purpose (test.support's
            # import_fresh_module(blocked=[...]))
            raise not_found(space, name, "import of %s halted; None in "
                            "sys.modules" % name)
        return w_module
    w_module = space.builtin_modules.get(name, None)
    if w_module is not None:
        space.w_modules.data[w_name] = w_module
        hook = space.first_import_hooks.get(name, None)
        if hook is not None:
            hook(space)
        return w_module
    dot = name.rfind('.')
    w_parent = None
    shortname = name
    if dot > 0:
        w_parent = find_module(space, name[:dot])
        shortname = name[dot + 1:]
        if space.findattr(w_parent, '__path__') is None:
            # a submodule held by a built-in package (numpy.random)
            w_sub = space.findattr(w_parent, shortname)
        elif isinstance(w_parent, W_ModuleObject):
            # one a package imported already under another name
            # (numpy.polynomial.polynomial, which is
            # _numpy_lib.polynomial.polynomial); not through the package's
            # __getattr__, which may import its submodules lazily, through
            # this function
            w_sub = w_parent.w_dict.getitem_str(space, shortname)
        else:
            w_sub = None
        if isinstance(w_sub, W_ModuleObject):
            space.w_modules.data[w_name] = w_sub
            return w_sub
    w_module = find_with_meta_path(space, name, w_parent)
    if w_module is not None:
        if w_parent is not None:
            space.setattr(w_parent, shortname, w_module)
        return w_module
    for directory in search_path(space, shortname, w_parent):
        package_dir = join(directory, shortname)
        init = join(package_dir, '__init__.py')
        if is_file(init):
            w_module = load_source_module(space, name, init, package_dir)
            break
        filename = join(directory, shortname + '.py')
        if is_file(filename):
            w_module = load_source_module(space, name, filename, None)
            break
    if w_module is None:
        raise not_found(space, name)
    if w_parent is not None:
        space.setattr(w_parent, shortname, w_module)
    return w_module


def resolve_relative(space, name, level, w_globals):
    """The absolute name for `from .name import ...` at `level`."""
    w_package = w_globals.getitem_str(space, '__package__')
    package = ''
    if w_package is not None and not space.is_none(w_package):
        package = space.text_utf8(w_package)
    if not package:
        raise space.error(space.w_ImportError,
                          "attempted relative import with no known parent "
                          "package")
    parts = package.split('.')
    if level - 1 >= len(parts):
        raise space.error(space.w_ImportError,
                          "attempted relative import beyond top-level "
                          "package")
    keep = len(parts) - (level - 1)
    assert keep >= 0
    base = '.'.join(parts[:keep])
    if name:
        return base + '.' + name
    return base


def import_name(space, name, w_fromlist, level, w_globals):
    if level > 0:
        name = resolve_relative(space, name, level, w_globals)
    parts = name.split('.')
    w_top = find_module(space, parts[0])
    w_module = w_top
    for i in range(1, len(parts)):
        w_module = find_module(space, '.'.join(parts[:i + 1]))
    if space.is_none(w_fromlist):
        return w_top if level == 0 else w_module
    # `from package import submodule` imports the submodule
    if isinstance(w_module, W_ModuleObject) and \
            w_module.w_dict.getitem_str(space, '__path__') is not None:
        for w_item in space.unpackiterable(w_fromlist):
            item = space.text_utf8(w_item)
            if item != '*' and space.findattr(w_module, item) is None:
                try:
                    find_module(space, name + '.' + item)
                except OperationError as e:
                    # only the submodule itself missing means "not a
                    # submodule"; a module it imports missing is an error
                    if not is_missing(space, e, name + '.' + item):
                        raise
    return w_module


def import_from(space, w_module, name):
    w_value = space.findattr(w_module, name)
    if w_value is None:
        modname = '?'
        if isinstance(w_module, W_ModuleObject):
            modname = w_module.name
        operr = space.error(space.w_ImportError,
                            "cannot import name '%s' from '%s'" % (name,
                                                                   modname))
        if isinstance(w_module, W_ModuleObject):
            space.setattr(operr.w_value, 'name', space.newtext_utf8(modname))
        raise operr
    return w_value


def import_star(space, w_module, w_locals):
    assert isinstance(w_module, W_ModuleObject)
    w_all = w_module.w_dict.getitem_str(space, '__all__')
    if w_all is not None:
        for w_key in space.unpackiterable(w_all):
            w_locals.data[w_key] = space.getattr(w_module,
                                                 space.text_utf8(w_key))
        w_locals.resync_cells(space)
        return
    for w_key, w_value in w_module.w_dict.data.items():
        if not space.text_utf8(w_key).startswith('_'):
            w_locals.data[w_key] = w_value
    w_locals.resync_cells(space)
