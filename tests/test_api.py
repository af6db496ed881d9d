"""The public surface of ``import quizkit`` is small and deliberate."""

from __future__ import annotations

import subprocess
import sys

import quizkit


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
