"""Real-world pages (tests/fixtures/corpus, see SOURCES.md there for licenses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizkit.build import build_decks
from quizkit.deckfile import Deck, NoteType, dumps_deck, loads_deck

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PAGES = [
    "k8s-website-service.md",
    "k8s-website-dns-pod-service.md",
    "gitea-docs-feature-comparison.md",
]
TEMPLATE_MARKS = ("{{", "}}", "{%", "%}", "<!--", "-->", "reviewers:", "content_type", "weight:")


@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    built = build_decks([CORPUS / page for page in PAGES], root=CORPUS)
    return {deck.slug: deck for deck in built}


def test_corpus_is_licensed() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert page in sources
    assert "CC BY 4.0" in sources
    assert "MIT" in sources


def test_titles_from_h1_or_front_matter(decks: dict[str, Deck]) -> None:
    assert decks["k8s-website-service"].title == "Service"
    assert decks["k8s-website-dns-pod-service"].title == "DNS for Services and Pods"
    assert decks["gitea-docs-feature-comparison"].title == (
        "Gitea compared to other Git hosting options"
    )


def test_no_template_syntax_comment_or_front_matter_reaches_a_card(
    decks: dict[str, Deck],
) -> None:
    for deck in decks.values():
        for note in deck.notes:
            for text in (note.front, note.back, note.prompt):
                for mark in TEMPLATE_MARKS:
                    assert mark not in text, f"{deck.slug}/{note.id}: {mark!r} in {text!r}"


def test_notes_are_tips(decks: dict[str, Deck]) -> None:
    dns = decks["k8s-website-dns-pod-service"]
    tips = [n for n in dns.notes if n.type is NoteType.TIP]
    assert len(tips) == 2
    assert tips[1].front == "Note on Pod's DNS Policy?"
    assert tips[1].back.startswith('"Default" is not the default DNS policy.')
    service = decks["k8s-website-service"]
    kinds = {n.id.rsplit("/", 1)[-1].split("-")[0] for n in service.notes if n.type is NoteType.TIP}
    assert kinds == {"note", "caution"}


def test_definition_list_entries_are_facts(decks: dict[str, Deck]) -> None:
    service = decks["k8s-website-service"]
    note = service.note("service-type/clusterip")
    assert note.type is NoteType.FACT
    assert note.front == "Service type: `ClusterIP`?"
    assert note.back.startswith("Exposes the Service on a cluster-internal IP.")
    assert service.note("service-type/externalname").back.startswith("Maps the Service")
    dns = decks["k8s-website-dns-pod-service"]
    assert dns.note("pods/pod-s-dns-config/nameservers").front == "Pod's DNS Config: `nameservers`?"
    assert (
        dns.note("pods/pod-s-dns-policy/clusterfirst").front == "Pod's DNS Policy: `ClusterFirst`?"
    )


def test_legend_gives_symbols_their_meaning(decks: dict[str, Deck]) -> None:
    gitea = decks["gitea-docs-feature-comparison"]
    backs = {n.back for n in gitea.notes}
    assert backs <= {"Supported", "Unsupported", "Supported with limited functionality"}
    assert gitea.note("general-features/gitea/telemetry").back == "Unsupported"  # **✘**
    assert gitea.note("general-features/gitea/github-gitlab-pages").back == "Unsupported"  # [✘](…)
    # "?" means unknown: no card.
    assert "general-features/rhodecode-ce/telemetry" not in {n.id for n in gitea.notes}
    tables = sum(1 for n in gitea.notes if n.id.endswith("/gitea/open-source-and-free"))
    assert tables == 1


def test_corpus_decks_round_trip(decks: dict[str, Deck]) -> None:
    for deck in decks.values():
        assert deck.notes
        assert loads_deck(dumps_deck(deck), deck.path) == deck
