"""Stable ids: a wording edit or reordered rows keep every note's id."""

from __future__ import annotations

from pathlib import Path

from quizkit.build.builder import build_deck
from quizkit.build.source import decode_source
from quizkit.deckfile import ClozeNote, Deck, FactNote, Note, ScenarioNote

REPO = Path(__file__).resolve().parents[2]
FIRST = REPO / "data" / "service-types-clusterip-nodeport-loadbalancer.md"
SECOND = REPO / "data" / "clusterip-vs-nodeport.md"


def _text(path: Path) -> str:
    return decode_source(path.read_bytes(), path.name)


def _by_id(deck: Deck) -> dict[str, tuple[str, str]]:
    return {n.id: _shown(n) for n in deck.notes}


def _shown(note: Note) -> tuple[str, str]:
    """A fact's front and back, a scenario's prompt; a cloze's sentence is not compared here."""
    match note:
        case FactNote():
            return note.front, note.back
        case ScenarioNote():
            return "", note.prompt
        case ClozeNote():
            return "", ""


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_ids_are_unique_and_readable() -> None:
    for path in (FIRST, SECOND):
        deck = build_deck(_text(path), f"data/{path.name}")
        ids = [n.id for n in deck.notes]
        assert len(ids) == len(set(ids))
        assert all(len(i) <= 120 for i in ids)


def test_wording_edits_keep_every_id() -> None:
    original = _text(SECOND)
    edited = _edit(original, "| 30000–32767             |", "| 30000 to 32767 (static) |")
    edited = _edit(edited, "* Secure by default", "* Secure by default, no exposure")
    edited = _edit(
        edited,
        "> *NodePort internally still creates a ClusterIP;",
        "> *A NodePort Service still creates a ClusterIP;",
    )
    edited = _edit(edited, "| Lower                   |", "| Medium                  |")
    before = _by_id(build_deck(original, "data/clusterip-vs-nodeport.md"))
    after = _by_id(build_deck(edited, "data/clusterip-vs-nodeport.md"))
    assert list(before) == list(after)
    changed = {i for i in before if before[i] != after[i]}
    assert changed == {
        "side-by-side-comparison/nodeport/port-range",
        "side-by-side-comparison/nodeport/security",
        "clusterip/key-points",
        "interview-tip/tip",
    }
    assert after["side-by-side-comparison/nodeport/port-range"][1] == "30000 to 32767 (static)"


def test_wording_edits_in_the_mojibake_document_keep_every_id() -> None:
    original = _text(FIRST)
    edited = _edit(original, "| Simple testing      |", "| Labs and demos      |")
    edited = _edit(edited, "(cost, scaling limits)", "(cost, quotas)")
    path = "data/service-types-clusterip-nodeport-loadbalancer.md"
    before = _by_id(build_deck(original, path))
    after = _by_id(build_deck(edited, path))
    assert list(before) == list(after)
    assert {i for i in before if before[i] != after[i]} == {
        "summary-table/nodeport/recommended-use",
        "loadbalancer/limitations",
    }


def test_reordered_rows_keep_every_id() -> None:
    original = _text(SECOND)
    rows = [
        "| Default type               | ✅ Yes             | ❌ No                    |\n",
        "| Port range                 | Any               | 30000–32767             |\n",
        "| Typical use                | Internal services | External access (basic) |\n",
    ]
    for row in rows:
        assert row in original
    shuffled = original.replace(rows[0], "@0@").replace(rows[1], "@1@").replace(rows[2], "@2@")
    shuffled = shuffled.replace("@0@", rows[2]).replace("@1@", rows[0]).replace("@2@", rows[1])
    assert shuffled != original
    before = _by_id(build_deck(original, "data/clusterip-vs-nodeport.md"))
    after = _by_id(build_deck(shuffled, "data/clusterip-vs-nodeport.md"))
    assert before == after  # same ids, each with the same card


def test_reordered_entity_rows_keep_every_id() -> None:
    original = _text(FIRST)
    lines = original.split("\n")
    start = next(i for i, line in enumerate(lines) if "| **ClusterIP (default)** |" in line)
    lines[start], lines[start + 3] = lines[start + 3], lines[start]
    shuffled = "\n".join(lines)
    path = "data/service-types-clusterip-nodeport-loadbalancer.md"
    before = _by_id(build_deck(original, path))
    after = _by_id(build_deck(shuffled, path))
    assert before == after
