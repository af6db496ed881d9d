"""A bold term and a short gloss of it run into one label ("**Late replies: lost
request**") over the sentence defining it: the term is asked ("Spotting trouble: Late
replies?"), the gloss opens the back; asked whole, the front is a chain of labels that
holds half its answer. A label numbering its part ("**Option A: keep both**") or one
glossed by a sentence stays as it was."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

NOTES = """\
# Relay notes

### Spotting trouble: reading the signs
**Late replies: lost request**
Late replies mean a request was dropped on the way.

**Silence: much worse**
No replies at all mean the link itself is down.

### Fixing it
**Option A: keep both**
Keep both relays running while the link is checked.
"""


def _cards() -> list[tuple[str, str]]:
    notes = build_deck(NOTES, "relay.md").notes
    return [(n.front, n.back) for n in notes if isinstance(n, FactNote)]


def test_a_glossed_term_is_asked_and_its_gloss_opens_the_back() -> None:
    assert _cards()[:2] == [
        (
            "Spotting trouble: Late replies?",
            "Lost request. Late replies mean a request was dropped on the way.",
        ),
        (
            "Spotting trouble: Silence?",
            "Much worse. No replies at all mean the link itself is down.",
        ),
    ]


def test_a_label_numbering_its_part_is_no_glossed_term() -> None:
    assert _cards()[2:] == [
        ("Fixing it: Option A: keep both?", "Keep both relays running while the link is checked.")
    ]
