"""The two bundled source documents in data/ and the decks built from them in decks/."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from quizkit.build import build_decks
from quizkit.build.source import decode_source, repair_text
from quizkit.deckfile import Deck, Note, NoteType, dumps_deck, loads_deck
from tests.helpers import all_facts, card_texts, fact, facts, scenario, scenarios

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
DECKS = REPO / "decks"
FIRST = "data/service-types-clusterip-nodeport-loadbalancer.md"
SECOND = "data/clusterip-vs-nodeport.md"
MOJIBAKE = ("Ã", "â€", "ðŸ", "ï¸", "Â", "⌠", "ğŸ", "â”", "âš", "âŒ", "\ufffd")


@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    built = build_decks([DATA], root=REPO)
    # The last deck holds the generated scenario variations (quizkit.scenarios).
    assert built[-1].slug == "k8s-service-scenarios"
    return {deck.source: deck for deck in built[:-1]}


def _texts(note: Note) -> list[str]:
    texts = list(card_texts(note))
    if note.origin is not None:
        texts.append(note.origin.section)
    return texts


def test_one_deck_per_document(decks: dict[str, Deck]) -> None:
    assert sorted(decks) == [SECOND, FIRST]
    assert decks[SECOND].slug == "clusterip-vs-nodeport"
    assert decks[SECOND].title == "Difference Between ClusterIP and NodePort in Kubernetes"
    assert decks[FIRST].slug == "service-types-clusterip-nodeport-loadbalancer"
    # No H1: the title comes from the file name, spelled as the document spells it.
    assert decks[FIRST].title == "Service types ClusterIP NodePort LoadBalancer"


def test_the_first_document_really_is_mojibake() -> None:
    raw = (DATA / "service-types-clusterip-nodeport-loadbalancer.md").read_bytes()
    text = decode_source(raw, FIRST)
    assert "âŒ" in text
    assert "ï¸" in text


@pytest.mark.parametrize("bad", MOJIBAKE)
def test_no_card_line_keeps_mojibake(decks: dict[str, Deck], bad: str) -> None:
    for deck in decks.values():
        assert bad not in deck.title
        for note in deck.notes:
            for text in _texts(note):
                for line in text.splitlines():
                    assert bad not in line, f"{note.id}: {line!r}"


def test_repair_restores_lost_bytes() -> None:
    raw = (DATA / "service-types-clusterip-nodeport-loadbalancer.md").read_bytes()
    text = repair_text(decode_source(raw, FIRST))
    lines = text.split("\n")
    assert len(lines) == raw.count(b"\n") + 1  # line numbers survive repair
    assert lines[6] == "## ⚙️ 1️⃣ The Big Picture — Why We Need These"
    assert lines[25] == "## 🧩 2️⃣ **ClusterIP** — Internal-only communication"
    assert lines[27] == "### 🔹 Definition"
    assert lines[62] == "❌ Not accessible from your laptop or public internet."
    assert lines[66] == "## 🌐 3️⃣ **NodePort** — Basic external exposure"
    assert lines[103] == "❌ Drawbacks:"
    assert lines[111] == "## ☁️ 4️⃣ **LoadBalancer** — Production external access"
    assert lines[157] == "┌─────────────────────┐"
    assert lines[156] == "   ▼"
    assert lines[211].startswith("| 🏠 Private home Wi-Fi ")
    assert lines[212].startswith("| 🏢 Office router port forwarding |")
    assert lines[213].startswith("| 🌐 Cloud load balancer ")
    assert "| ❌" in lines[198]
    for bad in MOJIBAKE:
        assert bad not in text, bad


def test_clean_documents_are_left_alone() -> None:
    raw = (DATA / "clusterip-vs-nodeport.md").read_bytes()
    text = decode_source(raw, SECOND)
    assert repair_text(text) == text


def _table_rows(path: Path) -> dict[int, int]:
    """Line of every table body row → how many of its cells are not the row's key."""
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(decode_source(path.read_bytes(), path.name))
    rows: dict[int, int] = {}
    in_body = False
    line = 0
    for token in tokens:
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tbody_close":
            in_body = False
        elif in_body and token.type == "tr_open":
            assert token.map is not None
            line = token.map[0] + 1
            rows[line] = -1  # the first cell is the key
        elif in_body and token.type == "td_open":
            rows[line] += 1
    return rows


@pytest.mark.parametrize(
    ("document", "cells", "keys"),
    [
        (SECOND, 12, {}),
        # "| **ClusterIP (default)** |": the key cell is a card too.
        (FIRST, 38, {19: "the-big-picture/clusterip/default"}),
    ],
)
def test_every_table_cell_is_a_card(
    decks: dict[str, Deck], document: str, cells: int, keys: dict[int, str]
) -> None:
    rows = _table_rows(REPO / document)
    assert sum(rows.values()) == cells
    per_line: dict[int, int] = {}
    for note in decks[document].notes:
        assert note.origin is not None
        if note.origin.line in rows and note.id not in keys.values():
            per_line[note.origin.line] = per_line.get(note.origin.line, 0) + 1
    assert per_line == rows
    for line, note_id in keys.items():
        note = decks[document].note(note_id)
        assert note.origin is not None
        assert note.origin.line == line
    assert fact(decks[FIRST].note("the-big-picture/clusterip/default")).front == (
        "Which service type is the default?"
    )


def test_yes_no_and_same(decks: dict[str, Deck]) -> None:
    second = decks[SECOND]
    assert fact(second.note("side-by-side-comparison/clusterip/default-type")).back == "Yes"
    assert fact(second.note("side-by-side-comparison/nodeport/default-type")).back == "No"
    first = decks[FIRST]
    assert fact(first.note("summary-table/loadbalancer/auto-cloud-integration")).back == "Yes"
    assert fact(first.note("summary-table/nodeport/auto-cloud-integration")).back == "No"
    for entity in ("clusterip", "nodeport", "loadbalancer"):
        assert fact(first.note(f"summary-table/{entity}/dns-name")).back == "`service-name`"
    # Only a value that names its entity on its own gets a reverse card.
    assert fact(first.note("summary-table/nodeport/port-range")).reverse  # 30000–32767
    assert fact(first.note("summary-table/clusterip/reachable-from")).reverse  # Inside cluster
    assert fact(first.note("quick-analogy/private-home-wi-fi/k8s-type")).reverse  # unique ClusterIP
    assert not fact(first.note("summary-table/loadbalancer/auto-cloud-integration")).reverse  # Yes
    assert not fact(first.note("summary-table/nodeport/auto-cloud-integration")).reverse  # No
    assert not fact(first.note("summary-table/clusterip/dns-name")).reverse  # shared by all three
    assert not fact(second.note("side-by-side-comparison/clusterip/security")).reverse  # "High"


def test_tips_rules_and_lists(decks: dict[str, Deck]) -> None:
    second = decks[SECOND]
    tip = fact(second.note("interview-tip/tip"))
    assert tip.type is NoteType.TIP
    assert tip.front == "ClusterIP vs NodePort: interview tip?"
    assert second.note("one-line-difference/tip").type is NoteType.TIP
    for section in ("clusterip", "nodeport"):
        for label in ("what-it-is", "when-to-use", "how-it-works", "key-points"):
            assert second.note(f"{section}/{label}").type is NoteType.LIST
    first = decks[FIRST]
    rules = [n for n in facts(first.notes) if n.type is NoteType.RULE]
    assert [n.id for n in rules] == [f"tl-dr/rule-{n}" for n in (1, 2, 3, 4)]
    assert rules[0].back == "Use `ClusterIP` (default)."
    assert fact(first.note("nodeport/drawbacks")).back.count("•") == 3
    assert first.note("loadbalancer/limitations").type is NoteType.LIST
    assert fact(first.note("clusterip/use-cases")).front == "ClusterIP: use cases?"
    # The chat assistant's closing offer is not content.
    assert not any("Minikube access examples" in n.back for n in facts(second.notes))


def test_markup_is_stripped_and_code_kept(decks: dict[str, Deck]) -> None:
    for deck in decks.values():
        for note in all_facts(n for n in deck.notes if n.type is not NoteType.SCENARIO):
            assert "**" not in note.front + note.back, note.id
            assert "2️⃣" not in note.front
            assert note.front.endswith("?"), note.id
    assert (
        fact(decks[FIRST].note("tl-dr/rule-3")).back == "Use `LoadBalancer` or Ingress Controller."
    )


def test_scenarios(decks: dict[str, Deck]) -> None:
    first = decks[FIRST]
    by_id = {n.id: n for n in scenarios(first.notes)}
    assert set(by_id) == {
        "scenario/order-service/inside-via-clusterip",
        "scenario/order-service/outside-via-nodeport",
        "scenario/order-service/outside-via-loadbalancer",
    }
    inside = by_id["scenario/order-service/inside-via-clusterip"]
    assert dict(inside.request) == {
        "from": "pod:default/client",
        "to": "http://order-service/orders/123",
    }
    outside = by_id["scenario/order-service/outside-via-nodeport"]
    assert dict(outside.request) == {"from": "external", "to": "http://<NodeIP>:30080/orders/123"}
    assert (
        outside.prompt == "A client outside the cluster runs: curl http://<NodeIP>:30080/orders/123"
    )
    assert "nodePort: 30080" in outside.manifests
    lb = by_id["scenario/order-service/outside-via-loadbalancer"]
    assert lb.request["from"] == "external"
    assert "type: LoadBalancer" in lb.manifests
    second = decks[SECOND]
    pattern = scenario(second.note("scenario/frontend-service/outside-via-nodeport"))
    assert dict(pattern.request) == {"from": "external", "to": "<NodeIP>:30007"}
    internal = scenario(second.note("scenario/backend-service/inside-via-clusterip"))
    assert dict(internal.request) == {"from": "pod:default/client", "to": "backend-service:80"}


def test_same_fact_in_both_documents_is_worded_identically(decks: dict[str, Deck]) -> None:
    def pairs(deck: Deck) -> set[tuple[str, str]]:
        return {
            (" ".join(n.front.split()).casefold(), " ".join(n.back.split()).casefold())
            for n in facts(deck.notes)
        }

    shared = pairs(decks[FIRST]) & pairs(decks[SECOND])
    assert ("nodeport: port range?", "30000–32767") in shared
    # Raw, not only normalized: the store compares the texts the builder wrote.
    assert (
        fact(decks[FIRST].note("summary-table/nodeport/port-range")).front
        == "NodePort: port range?"
    )
    assert (
        fact(decks[SECOND].note("side-by-side-comparison/nodeport/port-range")).back
        == "30000–32767"
    )


def test_origins(decks: dict[str, Deck]) -> None:
    note = decks[SECOND].note("side-by-side-comparison/nodeport/port-range")
    assert note.origin is not None
    assert note.origin.document == SECOND
    assert note.origin.section == "Side-by-Side Comparison"
    assert note.origin.line == 111  # the row "| Port range | Any | 30000–32767 |"
    assert "nodeport" in note.tags


def test_decks_round_trip(decks: dict[str, Deck]) -> None:
    for deck in decks.values():
        assert loads_deck(dumps_deck(deck), deck.path) == deck


def test_decks_folder_equals_a_fresh_build() -> None:
    built = build_decks([DATA], root=REPO)
    expected = {f"{deck.slug}.yaml": dumps_deck(deck) for deck in built}
    present = {p.name: p.read_text(encoding="utf-8") for p in DECKS.iterdir() if p.is_file()}
    assert sorted(present) == sorted(expected)
    for name, text in expected.items():
        assert present[name] == text, f"decks/{name} is stale: run `quizkit build data/ -o decks/`"
