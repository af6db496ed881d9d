"""A bold line alone between two list items, no blank line around it ("**Preamble**"
under one item, over the next), titles the items below it: CommonMark reads it as the
last words of the item above ("… on the air Preamble"), and the title's items as more of
the list above. Set apart, each title is a label over a list of its own. A bold span that
opens an item, or a bold line that finishes an item's sentence, stays that item's."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

NOTES = """\
# Frame notes

### Frame size
Radio frame:
- Shorter than the **maximum burst length**, e.g. 4096 bytes on the air
**Preamble**
- 8 bytes of alternating bits
**Body**
- carries the upper layer's packet
- never longer than 4000 bytes

### Queue rules
- Drop the oldest frame when the queue is full
- Keep **priority frames** apart, in a queue of their
**own.**
- Never drop a frame that was already acknowledged
"""


def _cards() -> list[tuple[str, str, int]]:
    notes = [n for n in build_deck(NOTES, "frames.md").notes if isinstance(n, FactNote)]
    return [(n.front, n.back, (n.origin.line if n.origin else None) or 0) for n in notes]


def test_a_bold_line_between_items_titles_the_items_below_it() -> None:
    cards = _cards()
    assert cards[:3] == [
        (
            "Frame size: radio frame?",
            "• Shorter than the maximum burst length, e.g. 4096 bytes on the air",
            5,
        ),
        ("Frame size: preamble?", "• 8 bytes of alternating bits", 7),
        (
            "Frame size: body?",
            "• carries the upper layer's packet\n• never longer than 4000 bytes",
            9,
        ),
    ]


def test_a_bold_line_finishing_an_items_sentence_stays_that_items() -> None:
    assert [c for c in _cards() if c[0] == "Frame notes: queue rules?"] == [
        (
            "Frame notes: queue rules?",
            "• Drop the oldest frame when the queue is full\n"
            "• Keep priority frames apart, in a queue of their own.\n"
            "• Never drop a frame that was already acknowledged",
            13,
        ),
    ]
