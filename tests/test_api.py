"""The public surface of ``import quizkit`` is small and deliberate."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import quizkit
import quizkit.errors


def test_all_is_pinned() -> None:
    assert quizkit.__all__ == [
        "AnswerResult",
        "Card",
        "Collection",
        "DeckError",
        "ExportError",
        "GradeError",
        "ImportReport",
        "Learner",
        "ManifestError",
        "QuizkitError",
        "SourceError",
        "StoreError",
        "UnknownCardError",
        "UsageError",
        "__version__",
        "open",
    ]
    for name in quizkit.__all__:
        assert getattr(quizkit, name) is not None


def test_every_error_derives_from_quizkit_error() -> None:
    for name in quizkit.__all__:
        obj = getattr(quizkit, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, quizkit.QuizkitError)


def test_import_quizkit_is_light() -> None:
    code = (
        "import sys, quizkit, quizkit.cli; "
        "heavy = [m for m in ('sqlalchemy', 'prompt_toolkit', 'genanki', 'markdown_it', 'alembic') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_building_the_cli_parser_loads_no_feature() -> None:
    """`quizkit --help` registers every command without loading what runs them."""
    code = (
        "import sys, quizkit.cli; quizkit.cli.build_parser(); "
        "heavy = [m for m in ('yaml', 'sqlalchemy', 'prompt_toolkit', 'genanki', 'markdown_it', "
        "'quizkit.routing.model', 'quizkit.session', 'quizkit.store.learner') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _type_checking_imports(package: str) -> dict[str, str]:
    """Name -> module of the ``if TYPE_CHECKING:`` imports in ``package``'s __init__."""
    tree = ast.parse(Path(importlib.import_module(package).__file__ or "").read_text("utf-8"))
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), ast.unparse(stmt)
                names.update((alias.name, stmt.module or "") for alias in stmt.names)
    return names


@pytest.mark.parametrize("package", ["quizkit", "quizkit.routing", "quizkit.store"])
def test_lazy_names_are_those_the_type_checker_sees(package: str) -> None:
    """Each lazy name is written in __all__ and in the TYPE_CHECKING import, nowhere else:
    the two agree, and the name loads as the very object that import names."""
    code = (
        "import importlib, sys; "
        f"pkg = importlib.import_module({package!r}); "
        "print(sorted(n for n in pkg.__all__ if n not in vars(pkg)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lazy = ast.literal_eval(done.stdout.strip())
    homes = _type_checking_imports(package)
    assert sorted(homes) == lazy
    module = importlib.import_module(package)
    for name, home in homes.items():
        assert getattr(module, name) is getattr(importlib.import_module(home), name), name


@pytest.mark.parametrize("module", ["quizkit.routing.conventions", "quizkit.scenarios"])
def test_showing_a_card_does_not_load_the_evaluator(module: str) -> None:
    """quizkit.routing stays lazy for this: its light modules come without the model."""
    code = f"import sys, {module}; print('quizkit.routing.model' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_unknown_name_is_an_attribute_error() -> None:
    import quizkit.routing

    with pytest.raises(AttributeError, match="module 'quizkit' has no attribute 'Nope'"):
        _ = quizkit.Nope
    with pytest.raises(AttributeError, match=r"'quizkit\.routing' has no attribute 'load_yaml'"):
        _ = quizkit.routing.load_yaml


def _raises_dropping_the_cause() -> list[str]:
    """``raise X(...) from None`` of a QuizkitError inside an ``except`` block."""
    errors = {
        name
        for name, obj in vars(quizkit.errors).items()
        if isinstance(obj, type) and issubclass(obj, quizkit.QuizkitError)
    }
    found = []
    for path in sorted(Path(quizkit.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for handler in ast.walk(tree):
            if not isinstance(handler, ast.ExceptHandler):
                continue
            for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
                if (
                    isinstance(node, ast.Raise)
                    and isinstance(node.exc, ast.Call)
                    and isinstance(node.exc.func, ast.Name)
                    and node.exc.func.id in errors
                    and isinstance(node.cause, ast.Constant)
                ):
                    found.append(f"{path.name}:{node.lineno}")
    return found


def test_quizkit_errors_raised_while_handling_another_keep_it_as_cause() -> None:
    """Library users see the OSError or YAML error behind a QuizkitError (the CLI
    still prints one line)."""
    assert _raises_dropping_the_cause() == []


def test_an_unreadable_deck_file_keeps_the_os_error_as_cause(tmp_path: Path) -> None:
    from quizkit.deckfile import load_deck

    with pytest.raises(quizkit.DeckError) as info:
        load_deck(tmp_path / "missing.yaml")
    assert isinstance(info.value.__cause__, FileNotFoundError)
