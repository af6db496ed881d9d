"""remark.js slide decks: the presenter's notes after "???", the
``--``/``---`` slide breaks, ``.lab[`` … ``]`` style wrappers and ``class:`` slide
properties are no text of the slides, and never reach a card; the slides' own text
keeps its line numbers. Synthetic deck with the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Paragraph, parse_document
from quizkit.notes import ClozeNote, FactNote

_DECK = """# Kettle training

---

class: title

## What is a whistle valve?

A flap that lets steam out through the spout when the water boils.

???

:EN:- Kettles and their whistles
:FR:- Les bouilloires et leurs sifflets

---

## Descaling a kettle

.lab[

- Fill the kettle with one part vinegar and two parts water.

- Boil it, then leave it for an hour.

]

--

The scale comes off as flakes.

???

Say something funny about tea here.

---

## Cleaning up

```bash
# the next line is code, not a slide break or notes
echo '???'
```
"""


def test_presenter_notes_and_slide_markup_make_no_card() -> None:
    notes = build_deck(_DECK, "kettle-training.md").notes
    facts = [(n.front, n.back) for n in notes if isinstance(n, FactNote)]
    assert facts == [
        (
            "What is a whistle valve?",
            "A flap that lets steam out through the spout when the water boils.",
        ),
        (
            "Kettle training: descaling a kettle?",
            "• Fill the kettle with one part vinegar and two parts water.\n"
            "• Boil it, then leave it for an hour.",
        ),
    ]
    clozes = " ".join(n.text for n in notes if isinstance(n, ClozeNote))
    for residue in (":EN:", ":FR:", "funny", ".lab[", "class: title"):
        assert residue not in clozes


def test_slide_text_keeps_its_line_numbers() -> None:
    valve = next(
        item.block
        for item in parse_document(_DECK).items
        if isinstance(item.block, Paragraph) and "lets steam out" in item.block.text
    )
    assert (
        _DECK.split("\n").index(
            "A flap that lets steam out through the spout when the water boils."
        )
        == valve.line - 1
    )


def test_a_page_without_presenter_notes_is_no_slide_deck() -> None:
    page = "# Kettles\n\n---\n\nclass: title\n\n---\n\nA flap lets steam out.\n\n---\n"
    texts = [
        item.block.text for item in parse_document(page).items if isinstance(item.block, Paragraph)
    ]
    assert "class: title" in texts
