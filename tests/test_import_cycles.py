"""No import cycles, counting the imports inside functions.

A function-local import runs late, so a cycle hidden behind one never fails at
import time; it still ties two modules together (each needs the other to
work). The graph below counts every ``import`` anywhere in a module, except
those under ``if TYPE_CHECKING:`` (never run: annotations only).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import quizkit

PACKAGE = Path(quizkit.__file__).resolve().parent
# The modules imported one by one in a fresh interpreter (the store, where most
# cycles used to be); the cycle check itself covers the whole package.
CHECKED = ("quizkit.store", "quizkit.sm2")


def module_names() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement of ``tree``, at any depth, but not under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (a name imported from a package
    counts as its submodule when one has that name)."""
    modules = module_names()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _imports(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            for target in targets:
                # ``import a.b.c`` imports a.b.c; keep the longest name that is a module.
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _in(name: str, scope: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in scope)


def test_the_graph_sees_function_local_and_relative_imports() -> None:
    """The checker itself: the package imports ``_lazy`` at its top; the learner's
    function-local import of the scenario grader counts."""
    graph = import_graph()
    assert "quizkit._lazy" in graph["quizkit"]
    assert "quizkit.scenarios" in graph["quizkit.store.learner"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# Alembic runs the migrations' scripts itself (env.py needs its context); they stay
# in the graph.
IMPORTABLE = [
    n for n in module_names() if _in(n, CHECKED) and not _in(n, ("quizkit.store.migrations",))
]


@pytest.mark.parametrize("name", IMPORTABLE)
def test_every_store_module_imports_on_its_own(name: str) -> None:
    """Each module imports in a fresh interpreter, first of the package's (a cycle of
    top-level imports fails there, whatever was imported before)."""
    code = f"import importlib; importlib.import_module({name!r})"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_store_and_sm2_have_no_import_cycle() -> None:
    graph = import_graph()
    scoped = {
        name: {t for t in targets if _in(t, CHECKED)}
        for name, targets in graph.items()
        if _in(name, CHECKED)
    }
    assert cycles(scoped) == []


def test_the_whole_package_has_no_import_cycle() -> None:
    """#19: ``quizkit/`` has no import cycle when function-local imports are counted."""
    assert cycles(import_graph()) == []
