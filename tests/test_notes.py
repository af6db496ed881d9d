"""The note model: each shape of note round-trips through a deck file and the store.

Decks of every shape of note (fact-like, cloze, scenario) are generated; dumping
and loading a deck gives it back equal, and importing it gives, for every card,
the :class:`Card` the note says it makes.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizkit
from quizkit import cloze
from quizkit.deckfile import Deck, _loads, dumps_deck
from quizkit.errors import UsageError
from quizkit.notes import (
    Ask,
    ClozeNote,
    FactNote,
    Note,
    NoteType,
    Origin,
    ScenarioNote,
    origin_from_payload,
)
from quizkit.store import Card, Collection

# Text a deck keeps as written: no NUL, no lone surrogate, not only spaces.
any_char = st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")
text = st.text(any_char, min_size=1, max_size=40).filter(lambda s: not s.isspace())
# Cloze text outside and inside a deletion: no braces or colons that would read as syntax.
plain = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}:\x00"),
    min_size=1,
    max_size=12,
).filter(lambda s: not s.isspace())
note_ids = st.from_regex(
    r"[a-z0-9][a-z0-9._-]{0,8}(/[a-z0-9][a-z0-9._-]{0,8}){0,2}", fullmatch=True
)
tags = st.lists(st.from_regex(r"[a-z0-9:_-]{1,8}", fullmatch=True), max_size=3, unique=True).map(
    tuple
)
origins = st.none() | st.builds(
    Origin, text, st.text(any_char, max_size=10), st.none() | st.integers(0, 10**9)
)

facts = st.builds(
    FactNote,
    id=note_ids,
    type=st.sampled_from([NoteType.FACT, NoteType.TIP, NoteType.RULE, NoteType.LIST]),
    front=text,
    back=text,
    tags=tags,
    reverse=st.booleans(),
    origin=origins,
)


@st.composite
def cloze_texts(draw: st.DrawFn) -> str:
    """A sentence with one to three deletions, some with a hint, numbered 1..N."""
    count = draw(st.integers(1, 3))
    parts = [draw(plain)]
    for number in range(1, count + 1):
        hint = draw(st.none() | plain)
        answer = draw(plain)
        parts.append(f"{{{{c{number}::{answer}" + (f"::{hint}" if hint else "") + "}}")
        parts.append(draw(plain))
    return " ".join(parts)


clozes = st.builds(ClozeNote, id=note_ids, text=cloze_texts(), tags=tags, origin=origins)

# Manifests and requests the evaluator reads (loading refuses any it cannot use).
MANIFESTS = """\
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
"""
REQUESTS = [
    {"from": "pod:default/client", "to": "http://web:80"},
    {"from": "external", "to": "http://<NodeIP>:30080/", "protocol": "TCP"},
]
scenarios = st.builds(
    ScenarioNote,
    id=note_ids,
    ask=st.sampled_from(list(Ask)),
    prompt=text,
    manifests=st.sampled_from([MANIFESTS, MANIFESTS + "---\n" + MANIFESTS.replace("web", "api")]),
    request=st.sampled_from(REQUESTS),
    service=st.sampled_from(["", "default/web"]),
    seed=st.none() | st.integers(0, 10**9),
    tags=tags,
    origin=origins,
)
notes = st.lists(facts | clozes | scenarios, max_size=6, unique_by=lambda n: n.id)
ROUND_TRIPS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")
@ROUND_TRIPS
@given(notes=notes)
def test_any_deck_of_any_notes_loads_back_equal_from_its_file(notes: list[Note]) -> None:
    deck = Deck(slug="notes", title="Notes", notes=tuple(notes), path="n.yaml")
    text = dumps_deck(deck)
    assert _loads(text, "n.yaml", fast=True) == deck
    assert _loads(text, "n.yaml", fast=False) == deck
    # Dumping is deterministic: the file of the loaded deck is the same file.
    assert dumps_deck(_loads(text, "n.yaml", fast=True)) == text


def expected_cards(deck: str, note: Note) -> list[Card]:
    """The cards a note makes, as the store hands them out (``queue`` "review")."""
    common: dict[str, Any] = {
        "deck": deck,
        "note_id": note.id,
        "tags": note.tags,
        "origin": note.origin,
    }
    match note:
        case FactNote():
            out = [
                Card(
                    id=f"{deck}/{note.id}",
                    type=note.type,
                    front=note.front,
                    back=note.back,
                    queue="review",
                    **common,
                )
            ]
            if note.reverse:
                out.append(
                    Card(
                        id=f"{deck}/{note.id}:reverse",
                        type=note.type,
                        front=note.back,
                        back=note.front,
                        reverse=True,
                        queue="review",
                        **common,
                    )
                )
            return out
        case ClozeNote():
            made = [cloze.card_of(note.text, n) for n in cloze.numbers(note.text)]
            return [
                Card(
                    id=f"{deck}/{note.id}:c{c.number}",
                    type=NoteType.CLOZE,
                    front=c.front,
                    back=c.back,
                    queue="review",
                    cloze=c.number,
                    text=c.text,
                    **common,
                )
                for c in made
            ]
        case ScenarioNote():
            return [
                Card(
                    id=f"{deck}/{note.id}",
                    type=NoteType.SCENARIO,
                    front=note.prompt,
                    back="",
                    ask=note.ask,
                    prompt=note.prompt,
                    manifests=note.manifests,
                    request=note.request,
                    service=note.service,
                    queue="review",
                    **common,
                )
            ]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collection]:
    path: Path = tmp_path_factory.mktemp("notes") / "notes.db"
    with quizkit.open(path) as col:
        yield col


_slugs = itertools.count()


@ROUND_TRIPS
@given(notes=notes)
def test_any_imported_note_gives_back_the_cards_it_makes(
    store: Collection, notes: list[Note]
) -> None:
    slug = f"notes-{next(_slugs)}"
    store.import_loaded([Deck(slug=slug, title="Notes", notes=tuple(notes))])
    for note in notes:
        for card in expected_cards(slug, note):
            assert store.card(card.id) == card


# -- the payload the store keeps, pinned: a changed payload would count as an edit


def test_a_fact_payload_is_its_origin_only() -> None:
    note = FactNote("a", NoteType.TIP, "f", "b", origin=Origin("d.md", "S", 3))
    assert note.to_payload() == {"origin": {"document": "d.md", "section": "S", "line": 3}}
    assert FactNote("a").to_payload() == {}
    assert ClozeNote("a", "x {{c1::y}}", origin=Origin("d.md")).to_payload() == {
        "origin": {"document": "d.md", "section": "", "line": None}
    }


def test_a_scenario_payload_holds_what_the_evaluator_needs_and_reads_back_equal() -> None:
    note = ScenarioNote(
        "s/t",
        Ask.URL,
        "p",
        MANIFESTS,
        {"from": "external", "to": "http://x"},
        service="default/web",
        seed=7,
        tags=("a",),
        origin=Origin("d.md", "", 9),
    )
    payload = note.to_payload()
    assert payload == {
        "origin": {"document": "d.md", "section": "", "line": 9},
        "ask": "url",
        "prompt": "p",
        "manifests": MANIFESTS,
        "request": {"from": "external", "to": "http://x"},
        "service": "default/web",
        "seed": 7,
    }
    stored = json.loads(json.dumps(payload))
    assert ScenarioNote.from_payload("s/t", tags=("a",), payload=stored) == note
    assert origin_from_payload(stored) == note.origin
    assert origin_from_payload({}) is None


def test_fact_and_cloze_notes_read_back_from_their_stored_columns() -> None:
    fact = FactNote("f", NoteType.RULE, "q", "a", ("t",), True, Origin("d.md", "S", 1))
    payload = json.loads(json.dumps(fact.to_payload()))
    assert (
        FactNote.from_payload(
            "f", NoteType.RULE, "q", "a", tags=("t",), reverse=True, payload=payload
        )
        == fact
    )
    gap = ClozeNote("c", "x {{c1::y}}", ("t",), Origin("d.md"))
    payload = json.loads(json.dumps(gap.to_payload()))
    assert ClozeNote.from_payload("c", "x {{c1::y}}", tags=("t",), payload=payload) == gap


def test_a_fact_note_refuses_the_types_that_have_classes_of_their_own() -> None:
    for kind in (NoteType.CLOZE, NoteType.SCENARIO):
        with pytest.raises(UsageError, match=f"one of fact, list, rule, tip, not '{kind}'"):
            FactNote("a", kind, "f", "b")


def test_code_written_for_the_flat_note_still_reads_every_field() -> None:
    """A field another shape has reads as the flat note's empty value; others raise."""
    scenario = ScenarioNote("s", Ask.REACHABLE, "p", MANIFESTS, REQUESTS[0])
    # Other shapes' fields exist only at run time (mypy sees each class's own): the ignores.
    flat = (scenario.front, scenario.back, scenario.reverse, scenario.text)  # type: ignore[attr-defined]
    assert flat == ("", "", False, "")
    assert scenario.is_scenario is True
    gap = ClozeNote("c", "x {{c1::y}}")
    assert (gap.front, gap.ask, gap.prompt, gap.seed, gap.is_scenario) == (  # type: ignore[attr-defined]
        "",
        None,
        "",
        None,
        False,
    )
    assert dict(FactNote("f").request) == {}  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="'FactNote' object has no attribute 'colour'"):
        _ = FactNote("f").colour  # type: ignore[attr-defined]
    # The union is what isinstance and match check against.
    assert all(isinstance(n, Note) for n in (scenario, gap, FactNote("f")))
