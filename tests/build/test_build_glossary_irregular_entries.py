"""An alphabetical glossary as people type it: a note indented one space too few under
its term, a term whose closing "**" was forgotten, a letter holding one term, and terms
explained by sub-notes. Each term stays one fact; no slip folds a letter into one card."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

from .helpers import facts_by_front


def _backs(text: str) -> dict[str, str]:
    return {front: note.back for front, note in facts_by_front(text, "glossary.md").items()}


GLOSSARY = """# Plumbing Terms

### B
* **BFV:** Back-Flow Valve
  * stops dirty water running back into the mains
  * fitted straight after the water meter
  * tested every year by a plumber
* **BSP:** British Standard Pipe
* **BWT:** Bottom Water Trap
 * a trap fitted under a bath
* **BX:** Box Extension
  * a cover for a hidden joint
  * screwed to the joist

### Q
* **QRV:** Quick-Release Valve

### S
* **SDV:** Shower Diverter Valve
* **SPC:** Solder Pipe Connector
* **STK: Stop Tap Key
* **SVP:** Soil Vent Pipe
  * carries waste up and out of the roof
"""


def test_a_note_indented_one_space_too_few_stays_with_its_term() -> None:
    facts = _backs(GLOSSARY)
    assert facts["Plumbing Terms: BWT?"] == "Bottom Water Trap: a trap fitted under a bath"
    assert facts["Plumbing Terms: BFV?"] == (
        "Back-Flow Valve: stops dirty water running back into the mains; fitted straight after"
        " the water meter; tested every year by a plumber"
    )
    assert facts["Plumbing Terms: BSP?"] == "British Standard Pipe"
    assert "Plumbing Terms: B?" not in facts


def test_a_term_whose_closing_bold_was_forgotten_is_still_a_term() -> None:
    facts = _backs(GLOSSARY)
    assert facts["Plumbing Terms: STK?"] == "Stop Tap Key"
    assert facts["Plumbing Terms: SVP?"] == "Soil Vent Pipe: carries waste up and out of the roof"
    assert "Plumbing Terms: S?" not in facts


def test_a_letter_holding_one_term_asks_that_term() -> None:
    facts = _backs(GLOSSARY)
    assert facts["Plumbing Terms: QRV?"] == "Quick-Release Valve"
    assert "Plumbing Terms: Q?" not in facts


def test_terms_explained_by_notes_are_facts_not_clozes_of_the_notes() -> None:
    notes = build_deck(GLOSSARY, "plumbing.md").notes
    assert all(isinstance(n, FactNote) for n in notes)
    assert len(notes) == 9


def test_a_bullet_one_space_in_after_a_blank_line_is_no_note() -> None:
    # A blank line ends the item above: the bullet is the list's own, as CommonMark reads.
    text = "# Kit\n\n* **Tap:** a valve\n\n * **Pipe:** a tube\n * **Trap:** a bend\n"
    facts = _backs(text)
    assert facts["Kit: Tap?"] == "A valve"
    assert facts["Kit: Pipe?"] == "A tube"
