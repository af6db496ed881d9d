"""The test suite's own layout: shared code lives in helpers modules, fixtures in conftest.py.

A test module that imports another test module (or a conftest) runs that module's
top level a second time under another name and ties two files together that pytest
treats as independent; a conftest that holds helpers hides them from the reader who
looks for them in ``helpers.py``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SOURCES = sorted(TESTS.rglob("*.py"))


def _imported_modules(tree: ast.Module, path: Path) -> list[str]:
    """Every module a file imports, relative imports resolved to dotted names."""
    package = path.relative_to(TESTS.parent).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *([node.module] if node.module else [])])
            # `from . import helpers` names a module in its import list.
            found += [module] if node.module else [f"{module}.{a.name}" for a in node.names]
    return found


def test_a_test_file_imports_helpers_never_a_test_module_or_a_conftest() -> None:
    wrong = [
        f"{path.relative_to(TESTS)}: {name}"
        for path in SOURCES
        for name in _imported_modules(ast.parse(path.read_text(encoding="utf-8")), path)
        if name.split(".")[0] == "tests" and name.split(".")[-1].startswith(("test_", "conftest"))
    ]
    assert wrong == [], "import these from a helpers.py instead"


def test_a_conftest_holds_only_fixtures_and_hooks() -> None:
    others = []
    for path in (p for p in SOURCES if p.name == "conftest.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                continue
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # the module docstring
            if isinstance(node, ast.FunctionDef) and (
                node.name.startswith("pytest_") or any(_is_fixture(d) for d in node.decorator_list)
            ):
                continue
            line = ast.unparse(node).splitlines()[0]
            others.append(f"{path.relative_to(TESTS)}:{node.lineno}: {line}")
    assert others == [], "move these to a helpers.py"


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "fixture"


# A merge that stopped on a conflict leaves these lines; committed by mistake, they
# pass every other test when they land in prose (the README once held one).
# (The "=======" between the two sides is also a Markdown heading underline: not checked.)
_CONFLICT_MARKER = re.compile(r"^(?:<{7}|>{7})(?: |$)", re.MULTILINE)


def test_no_tracked_text_file_holds_a_merge_conflict_marker() -> None:
    root = TESTS.parent
    texts = [root / "README.md", root / "CHANGELOG.md", *root.joinpath("docs").rglob("*.md")]
    texts += [*root.joinpath("quizkit").rglob("*.py"), *SOURCES]
    held = [
        str(path.relative_to(root))
        for path in texts
        if _CONFLICT_MARKER.search(path.read_text(encoding="utf-8"))
    ]
    assert held == []


def test_the_conflict_marker_pattern_sees_each_marker_line() -> None:
    text = "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> branch\n"
    assert len(_CONFLICT_MARKER.findall(text)) == 2
    assert not _CONFLICT_MARKER.search("a quote\n>>> not a marker\n<<<<<<<<< nor this\n")


# pytest's own list, used when pyproject.toml sets none.
_PYTEST_NORECURSE = [
    "*.egg",
    ".*",
    "_darcs",
    "build",
    "CVS",
    "dist",
    "node_modules",
    "venv",
    "{arch}",
]


def test_a_plain_pytest_run_collects_every_test_folder() -> None:
    # pytest skips a folder whose name matches norecursedirs; its default list holds
    # "build", which kept tests/build out of every plain `pytest` run (CI's included).
    import fnmatch
    import tomllib

    config = tomllib.loads((TESTS.parent / "pyproject.toml").read_text(encoding="utf-8"))
    options = config["tool"]["pytest"]["ini_options"]
    skipped = options.get("norecursedirs", _PYTEST_NORECURSE)
    folders = {path.parent for path in TESTS.rglob("test_*.py")}
    hidden = sorted(
        str(folder.relative_to(TESTS.parent))
        for folder in folders
        if any(
            fnmatch.fnmatch(part, pattern)
            for part in folder.relative_to(TESTS).parts
            for pattern in skipped
        )
    )
    assert hidden == []
