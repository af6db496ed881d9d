"""A build over several documents names every bad one (one line each: file, line when
known, what is wrong), exits 2 and writes no deck: not the good documents' decks
either, so no output folder is left half-updated."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from quizkit.build import build_decks
from quizkit.cli import main
from quizkit.errors import SourceError

_GOOD = "# Pods\n\n## What is a Pod?\n\nThe smallest deployable unit of Kubernetes.\n"


def _folder(root: Path) -> Path:
    docs = root / "docs"
    docs.mkdir()
    (docs / "a-pods.md").write_text(_GOOD, encoding="utf-8")
    (docs / "b-latin.md").write_bytes("# Titre\n\nCafé crème\n".encode("latin-1"))
    (docs / "c-image.md").write_bytes(b"# Logo\n\x89PNG\x00\x00")
    (docs / "d-wide.md").write_bytes("# Wide\n".encode("utf-16"))
    (docs / "e-services.md").write_text("# Services\n\nNothing yet.\n", encoding="utf-8")
    return docs


_EXPECTED = [
    "docs/b-latin.md:3: not UTF-8 text (byte 0xe9); save the document as UTF-8",
    "docs/c-image.md:2: binary file (contains NUL bytes), not a Markdown document",
    "docs/d-wide.md:1: UTF-16 text; save the document as UTF-8",
]


def test_every_bad_document_is_a_problem_of_one_error(tmp_path: Path) -> None:
    docs = _folder(tmp_path)
    with pytest.raises(SourceError) as caught:
        build_decks([docs], root=tmp_path)
    assert [str(problem) for problem in caught.value.problems] == _EXPECTED
    assert str(caught.value) == f"{_EXPECTED[0]} (and 2 more problems)"
    back = pickle.loads(pickle.dumps(caught.value))
    assert [str(problem) for problem in back.problems] == _EXPECTED


def test_missing_sources_and_clashing_slugs_are_listed_with_the_bad_documents(
    tmp_path: Path,
) -> None:
    docs = _folder(tmp_path)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "a-pods.md").write_text(_GOOD, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        build_decks([docs, tmp_path / "gone.md", tmp_path / "more"], root=tmp_path)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{tmp_path / 'gone.md'}: no such file or folder",
        *_EXPECTED,
        "more/a-pods.md: makes deck 'a-pods', as docs/a-pods.md does; rename one of them",
    ]


def test_one_bad_document_is_the_error_itself(tmp_path: Path) -> None:
    docs = _folder(tmp_path)
    for name in ("c-image.md", "d-wide.md"):
        (docs / name).unlink()
    with pytest.raises(SourceError) as caught:
        build_decks([docs], root=tmp_path)
    assert str(caught.value) == _EXPECTED[0]
    assert caught.value.problems == []


def test_the_cli_prints_one_line_per_bad_document_exits_2_and_writes_no_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder(tmp_path)
    out = tmp_path / "decks"
    out.mkdir()
    (out / "a-pods.yaml").write_text("an older deck\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "docs", "-o", "decks"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"quizkit: error: {line}" for line in _EXPECTED]
    # The good documents' decks are not written either: the folder is as it was.
    assert sorted(p.name for p in out.iterdir()) == ["a-pods.yaml"]
    assert (out / "a-pods.yaml").read_text(encoding="utf-8") == "an older deck\n"
