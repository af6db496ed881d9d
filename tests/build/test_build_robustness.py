"""Hostile input: random and adversarial Markdown, binary and undecodable files, size."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.build import build_decks
from quizkit.build.builder import build_deck
from quizkit.deckfile import Deck, NoteType, ScenarioNote, dumps_deck, loads_deck
from quizkit.errors import SourceError
from quizkit.notes import ClozeNote
from tests.helpers import all_facts

REPO = Path(__file__).resolve().parents[2]

# Pieces that stress the parser and the rules: ragged tables, escaped pipes, empty
# cells, nested quotes, shortcodes, front matter, legends, curl next to YAML...
FRAGMENTS = [
    "# Title\n",
    "## 1️⃣ **ClusterIP** — Internal\n",
    "### When to use\n",
    "| Feature | A | B |\n",
    "| --- | --- | --- |\n",
    "| --- |\n",
    "| x | ✅ Yes | ❌ |\n",
    "| ragged |\n",
    "| a \\| b | | Same | extra | cells |\n",
    "| | | |\n",
    "|Service Type|Why|\n|-|-|\n|**NodePort (default)**|Same|\n",
    "> tip\n",
    "> > > nested\n",
    "> Tip: nested > quote\n",
    "* item → value\n",
    "* `term`: definition\n",
    "- ✓ - yes\n",
    "1. For x → use y\n",
    "✅ Use cases:\n",
    "❌ Not reachable\n",
    "❌ Drawbacks:\n",
    "Inside cluster:\n",
    "```yaml\nkind: Service\nmetadata:\n  name: s\n```\n",
    "```yaml\n: - [\n```\n",
    "```bash\ncurl http://s/x\ncurl 'unterminated\n```\n",
    "```\nA ───► b:80 ───► C\n```\n",
    "```\n┌──┐\n```\n",
    "{{< note >}}\n",
    "{{< /note >}}\n",
    '{{% tab name="x" %}}\n',
    '{{< glossary_tooltip text="Pods" term_id="pod" >}}\n',
    "---\ntitle: x\n---\n",
    "---\n",
    "<!-- comment -->\n",
    "term\n: definition\n",
    "`code`\n",
    "**bold** *em* [link](http://x) ![img](y)\n",
    "Ã©â€™ðŸ”¹ âŒ ï¸âƒ£ Â \n",
    "\x00",
    "\t\r\n",
    "\n",
    "x" * 5000 + "\n",
    "| " + "w | " * 300 + "\n",
]


def _check(deck: Deck) -> None:
    ids = [n.id for n in deck.notes]
    assert len(ids) == len(set(ids))
    # A cloze (a note's sentence with a gap) is no fact: it has a text, not two sides.
    kinds = (NoteType.SCENARIO, NoteType.CLOZE)
    for note in all_facts(n for n in deck.notes if n.type not in kinds):
        assert note.front.strip()
        assert note.back.strip()
    for cloze in (n for n in deck.notes if isinstance(n, ClozeNote)):
        assert "{{c1::" in cloze.text
    assert loads_deck(dumps_deck(deck), deck.path) == deck


def _build(text: str) -> None:
    try:
        deck = build_deck(text, "fuzz/doc.md")
    except SourceError:
        return
    _check(deck)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25))
def test_adversarial_markdown_never_crashes(parts: list[str]) -> None:
    _build("".join(parts))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(list("|-#>*`:\\ \n\t\x00{}<%!/[]()→✅❌✓Ãâ€ðŸa1_")), max_size=400
    )
)
def test_random_markdown_never_crashes(text: str) -> None:
    _build(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    _build(text)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_build_or_are_refused(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "doc.md"
    path.write_bytes(data)
    error: SourceError | None = None
    try:
        decks = build_decks([path], root=path.parent)
    except SourceError as exc:
        error = exc
    if error is not None:
        assert str(error).startswith("doc.md")
        assert "\n" not in str(error)
        return
    for deck in decks:
        _check(deck)


def test_binary_file_is_refused_with_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(SourceError) as info:
        build_decks([path], root=tmp_path)
    message = str(info.value)
    assert message.startswith("logo.png:3: ")  # the first NUL byte is on line 3
    assert "binary" in message
    assert "\n" not in message


def test_undecodable_file_is_refused_with_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("# Titre\n\nCafé crème\n".encode("latin-1"))
    with pytest.raises(SourceError) as info:
        build_decks([tmp_path], root=tmp_path)
    message = str(info.value)
    assert message.startswith("latin1.md:3: ")
    assert "UTF-8" in message
    assert "\n" not in message


def test_utf16_file_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "wide.md"
    path.write_bytes("# Wide\n".encode("utf-16"))
    with pytest.raises(SourceError, match=r"^wide\.md:1: UTF-16 text; save the document as UTF-8$"):
        build_decks([path], root=tmp_path)


def test_missing_source_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        build_decks([tmp_path / "nope.md"])


def test_folders_take_markdown_files_and_named_files_any_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n\n> tip a\n", encoding="utf-8")
    (tmp_path / "b.markdown").write_text("# B\n\n> tip b\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("# C\n\n> tip c\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x00\x01")
    (tmp_path / ".#a.md").write_text("lock", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("# D\n", encoding="utf-8")
    decks = build_decks([tmp_path], root=tmp_path)
    assert [d.slug for d in decks] == ["a", "b"]
    named = build_decks([tmp_path / "c.txt"], root=tmp_path)
    assert [(d.slug, d.title, d.source) for d in named] == [("c", "C", "c.txt")]


def test_a_folder_without_markdown_documents_is_refused_in_one_line(tmp_path: Path) -> None:
    # An empty folder, or one whose documents sit one level further down, is a mistake
    # to say, not a build of nothing.
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("# D\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"no Markdown documents .* subfolders are not searched"):
        build_decks([tmp_path])


def test_two_documents_with_one_slug_are_refused(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "doc.md").write_text("# One\n", encoding="utf-8")
    (tmp_path / "two" / "doc.md").write_text("# Two\n", encoding="utf-8")
    with pytest.raises(SourceError, match="makes deck 'doc'"):
        build_decks([tmp_path / "one", tmp_path / "two"], root=tmp_path)


@pytest.mark.slow
def test_five_megabyte_document_builds() -> None:
    section = (REPO / "data" / "clusterip-vs-nodeport.md").read_text(encoding="utf-8")
    copies = 5_000_000 // len(section) + 1
    parts = [section.replace("## ", f"## Part {n} ") for n in range(copies)]
    text = "\n\n".join(parts)
    assert len(text.encode("utf-8")) >= 5_000_000
    deck = build_deck(text, "big.md")
    single = build_deck(parts[0], "one.md")
    # A card the same in every copy (same front, same answer) is made once; every other
    # card is made once per copy, as two copies show.
    twice = build_deck("\n\n".join(parts[:2]), "two.md")
    per_copy = len(twice.notes) - len(single.notes)
    assert per_copy > 0
    assert len(deck.notes) == len(single.notes) + (copies - 1) * per_copy
    assert len({n.id for n in deck.notes}) == len(deck.notes)


def test_manifest_with_yaml_aliases_makes_no_scenario() -> None:
    manifest = "kind: Service\nmetadata: {name: s}\n"
    curl = "\n```bash\ncurl http://s/\n```\n"
    plain = build_deck(f"```yaml\n{manifest}```\n{curl}", "a.md")
    (note,) = plain.notes
    assert isinstance(note, ScenarioNote)
    assert dict(note.request) == {"from": "pod:default/client", "to": "http://s/"}
    aliased = build_deck(f"```yaml\nx: &a [1]\ny: *a\n{manifest}```\n{curl}", "a.md")
    assert aliased.notes == ()


def test_pathological_yaml_is_ignored() -> None:
    deep = "[" * 15_000
    tip = "> If the cache is cold, the first request takes longer.\n"
    front_matter = build_deck(f"---\ntitle: x\n{deep}\n---\n\n{tip}", "deep-front.md")
    assert front_matter.title == "Deep front"
    assert [n.type for n in front_matter.notes] == [NoteType.TIP]
    manifest = build_deck(
        f"```yaml\nkind: Service\n{deep}\n```\n\n```bash\ncurl http://s/\n```\n", "deep.md"
    )
    assert manifest.notes == ()
