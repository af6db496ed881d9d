"""What ``quizkit build`` tells the user. A build over several documents names every
bad one (one line each: file, line when known, what is wrong), exits 2 and writes no
deck: not the good documents' decks either, so no output folder is left half-updated.
A document that gives no note says why in one line."""

from __future__ import annotations

import pickle
import re
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


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "the document is empty"),
        ("# Kettle\n\n## Parts\n", "the document has no text below its headings"),
        (
            "# Kettle\n\nA kettle boils water.\n",
            "the card rules found nothing to ask in its 1 block (no question, table, list "
            "or key sentence they read)",
        ),
        (
            "# Kettle\n\n## See also\n\n- [Parts](https://example.com/p)\n"
            "- [Care](https://example.com/c)\n",
            "everything it asks is left out on purpose (1 link or contents block)",
        ),
        (
            "# Kettle\n\n## Is the heater powered?\n\n"
            "If it is still cold, confirm that the heater gets power:\n\n"
            "```sh\nkettlectl status --heater\n```\n\n"
            "## How do I write a kettle plugin?\n\n"
            "For more information on how to write a plugin, see https://example.com/plugins\n",
            "everything it asks is left out on purpose (1 walkthrough check, 1 link-only answer)",
        ),
        (
            "# Kettle\n\n## How is the boil point set?\n\nThe kettle reads the boil point from "
            "its settings. Here is an example of the settings file below.\n",
            "1 answered question made no card (see the warnings above)",
        ),
        (
            # A docs site's placeholder ($productName$) fails the last check.
            "# Kettle\n\n| Setting | Default |\n|---|---|\n| $productName$ port | 80 |\n",
            "the last check dropped every note the rules made (1): text a card cannot show "
            "cleanly, or a note asked twice",
        ),
    ],
)
def test_a_deck_with_no_note_says_why_in_one_line(tmp_path: Path, text: str, why: str) -> None:
    page = tmp_path / "kettle.md"
    page.write_text(text, encoding="utf-8")
    lines: list[str] = []
    (deck,) = build_decks([page], root=tmp_path, report=lines.append)
    assert deck.notes == ()
    assert lines[-1] == f"kettle.md: no cards: {why}"
    assert [line for line in lines if "no cards" in line] == [lines[-1]]


def test_front_matter_that_is_no_yaml_is_a_warning_naming_its_line(tmp_path: Path) -> None:
    page = tmp_path / "pods.md"
    page.write_text(
        "---\ndescription: Pods\ntitle: Pods: the basics\n---\n\n"
        "## What is a Pod?\n\nThe smallest deployable unit of Kubernetes.\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    (deck,) = build_decks([page], root=tmp_path, report=lines.append)
    # The document still builds (front matter never makes a card); its title is lost.
    assert [n.id for n in deck.notes] == ["what-is-a-pod"]
    assert deck.title == "Pods"  # from the file name
    (line,) = lines
    # libyaml and PyYAML's own parser word the problem differently.
    assert re.fullmatch(
        r"pods\.md:3: the front matter is not YAML \(mapping values are not allowed "
        r"(?:in this context|here)\); its title is not used",
        line,
    )
