"""Cloze notes exported as a note type of Anki's own Cloze kind, checked by importing into Anki."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import quizkit
from quizkit.anki import CLOZE_MODEL_ID
from quizkit.store import Collection
from tests.anki.helpers import AnkiCollection, import_apkg, note_type_of, notes_by_id
from tests.helpers import MORNING

STAMP = 1_790_000_000
LATER = STAMP + 3600

DECK = """\
quizkit: 1
deck: cz
title: Cloze deck
notes:
  - id: nodeport/range
    type: cloze
    text: >-
      the control plane allocates a port from a range specified by
      {{c1::`--service-node-port-range`}} flag (default: {{c2::30000-32767}})
    tags: [nodeport]
    origin: {document: service.md, section: "Service type › NodePort", line: 473}
  - id: ports/target
    type: cloze
    text: >-
      By default {{c1::`targetPort`::field}} is set to the same value as `port`
      & <b>not</b> more.
  - id: fact/plain
    type: fact
    front: "NodePort: port range?"
    back: "30000-32767"
"""


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cz.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def qcol(tmp_path: Path) -> Iterator[Collection]:
    with quizkit.open(tmp_path / "quizkit.db") as collection:
        collection.import_decks([write(tmp_path / "decks", DECK)])
        yield collection


def test_one_anki_card_per_cloze_number_with_the_text_intact(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    out = tmp_path / "cz.apkg"
    report = qcol.export_anki(out, timestamp=STAMP)
    assert (report.notes, report.cards) == (3, 4)
    import_apkg(anki, out)
    assert (anki.note_count(), anki.card_count()) == (3, 4)
    notes = notes_by_id(anki)
    note = notes["cz/nodeport/range"]
    model = note_type_of(note)
    assert (model["id"], model["name"], model["type"]) == (CLOZE_MODEL_ID, "quizkit cloze", 1)
    assert note["Text"] == (
        "the control plane allocates a port from a range specified by"
        " {{c1::<code>--service-node-port-range</code>}} flag (default: {{c2::30000-32767}})"
    )
    assert note["Source"] == "service.md § Service type › NodePort"
    assert sorted(note.tags) == ["nodeport", "quizkit::cz", "quizkit::cz::service-type::nodeport"]
    first, second = sorted(note.cards(), key=lambda c: c.ord)
    assert (first.ord, second.ord) == (0, 1)
    # Card 1 hides the flag and shows the range; card 2 the other way round.
    assert "[...]" in first.question()
    assert "--service-node-port-range" not in first.question()
    assert "30000-32767" in first.question()
    assert "--service-node-port-range" in first.answer()
    assert "30000-32767" not in second.question()
    assert "--service-node-port-range" in second.question()


def test_hint_and_html_escaping_survive_the_import(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    out = tmp_path / "cz.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    import_apkg(anki, out)
    note = notes_by_id(anki)["cz/ports/target"]
    assert note["Text"] == (
        "By default {{c1::<code>targetPort</code>::field}} is set to the same value as"
        " <code>port</code> &amp; &lt;b&gt;not&lt;/b&gt; more."
    )
    [card] = note.cards()
    assert "[field]" in card.question()
    assert "<b>not</b>" not in card.question()
    assert "targetPort" in card.answer()


def test_a_reworded_sentence_updates_the_anki_note_and_a_new_number_adds_a_card(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    first, second = tmp_path / "week1.apkg", tmp_path / "week2.apkg"
    qcol.export_anki(first, timestamp=STAMP)
    import_apkg(anki, first)
    before = notes_by_id(anki)["cz/ports/target"]
    card_ids = [c.id for c in before.cards()]

    edited = DECK.replace("is set to the same value as `port`", "equals {{c2::`port`}}")
    qcol.import_decks([write(tmp_path / "decks", edited)])
    qcol.export_anki(second, timestamp=LATER)
    log = import_apkg(anki, second)

    assert len(log.new) == 0
    assert anki.note_count() == 3
    after = notes_by_id(anki)["cz/ports/target"]
    assert after.id == before.id
    assert "equals {{c2::<code>port</code>}}" in after["Text"]
    cards = sorted(after.cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]
    assert cards[0].id == card_ids[0]  # the first card, and its progress, kept


def test_scheduling_of_cloze_cards_reaches_anki(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    qcol.learner("ann").answer("cz/nodeport/range:c2", grade=5, now=MORNING)
    out = tmp_path / "cz.apkg"
    report = qcol.export_anki(out, learner="ann", with_scheduling=True, timestamp=STAMP)
    assert report.scheduled == 1
    import_apkg(anki, out, with_scheduling=True)
    cards = {c.ord: c for c in notes_by_id(anki)["cz/nodeport/range"].cards()}
    assert (cards[1].type, cards[1].ivl) == (2, 1)  # card 2 (ord 1) in review
    assert cards[0].type == 0  # card 1 still new
