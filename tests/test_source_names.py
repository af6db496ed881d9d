"""No module of quizkit binds one top-level name twice.

A second ``_LIMIT = 6`` far below a first ``_LIMIT = 12`` silently wins for every
function of the module, the ones written against the first too: the card rules had
two such pairs, found only by reading. ruff flags a redefined function or import,
not a reassigned constant, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quizkit"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    """How many times each name is bound by a statement of the module's own body."""
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
            continue
        else:
            continue
        bound.update(t.id for t in targets if isinstance(t, ast.Name))
    return bound


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_binds_each_top_level_name_once(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_constant_bound_twice() -> None:
    tree = ast.parse("_LIMIT = 12\ndef f(): return _LIMIT\n_LIMIT: int = 6\n")
    assert _top_level_names(tree)["_LIMIT"] == 2
