"""micronumpy's files import each other in layers: no circle among their
module-level imports, and no new import inside a function that closes a
circle (one that leads back to the importer through any imports: each
is a circle the module-level rule hides; UPWARD_LIMIT, the count today,
may only go down)."""

import ast
import os

PACKAGE = 'pypy.module.micronumpy'
DIRECTORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPWARD_LIMIT = 10


def module_names():
    return sorted(name[:-3] for name in os.listdir(DIRECTORY)
                  if name.endswith('.py') and name != '__init__.py')


def imported(node, names):
    """The micronumpy modules an import statement names."""
    found = []
    if isinstance(node, ast.ImportFrom) and node.module:
        if node.module == PACKAGE:
            found = [alias.name for alias in node.names]
        elif node.module.startswith(PACKAGE + '.'):
            found = [node.module.split('.')[3]]
    elif isinstance(node, ast.Import):
        found = [alias.name.split('.')[3] for alias in node.names
                 if alias.name.startswith(PACKAGE + '.')]
    return [name for name in found if name in names]


def import_graphs():
    """({module: modules imported at module level},
        {module: modules imported inside its functions})"""
    names = module_names()
    top = {}
    inner = {}
    for name in names:
        with open(os.path.join(DIRECTORY, name + '.py')) as f:
            tree = ast.parse(f.read())
        top[name] = set()
        for node in tree.body:
            top[name].update(imported(node, names))
        inner[name] = set()
        for node in ast.walk(tree):
            inner[name].update(imported(node, names))
        inner[name] -= top[name]
        inner[name].discard(name)
    return top, inner


def closure(graph, start):
    seen = set()
    todo = [start]
    while todo:
        name = todo.pop()
        for other in graph[name]:
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def test_module_level_imports_form_no_circle():
    top, _ = import_graphs()
    circles = [name for name in top if name in closure(top, name)]
    assert circles == []


def test_imports_inside_functions_reach_up_no_more_than_today():
    top, inner = import_graphs()
    every = dict((name, top[name] | inner[name]) for name in top)
    upward = sorted((name, other) for name in inner for other in inner[name]
                    if name in closure(every, other))
    print '\n'.join('%s -> %s' % pair for pair in upward)
    assert len(upward) <= UPWARD_LIMIT, upward
