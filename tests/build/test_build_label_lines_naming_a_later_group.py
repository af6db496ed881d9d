"""A plain label line ("Searching:", a few words and a colon) over a list of terms,
further down a section whose heading titled a list of its own right under it
("### Formatting" over its list): the label, not that heading, names the group, with
the heading above the section for its owner ("Editing › Searching"). A label line
under a heading that titles no list itself (prose first) files its terms under the
heading as before, and so does a lead-in sentence ending in a colon."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

SHEET = """\
# Quill editor

## Editing

### Formatting
* `:fmt json`: pretty-print the buffer as JSON
* `:fmt xml`: pretty-print the buffer as XML

Searching:
* `:find -r "pattern"`: search the project for a pattern
* `:find -F "text"`: search the project for a fixed string

### Windows
Quill draws every window in one frame.

Splits:
* `:vsplit`: split the window side by side
* `:hsplit`: split the window one above the other

### Buffers
* `:ls`: list the open buffers
* `:bd`: close the current buffer

Each of these commands also takes a buffer number after it:
* `:b 3`: go to buffer 3
* `:bd 3`: close buffer 3
"""


def _cards() -> list[tuple[str, str]]:
    return [
        (n.front, n.back) for n in build_deck(SHEET, "quill.md").notes if isinstance(n, FactNote)
    ]


def test_a_label_line_after_the_headings_own_list_names_its_group() -> None:
    assert _cards()[:4] == [
        ("Formatting: `:fmt json`?", "Pretty-print the buffer as JSON"),
        ("Formatting: `:fmt xml`?", "Pretty-print the buffer as XML"),
        ('Editing › Searching: `:find -r "pattern"`?', "Search the project for a pattern"),
        ('Editing › Searching: `:find -F "text"`?', "Search the project for a fixed string"),
    ]


def test_a_label_under_a_heading_with_prose_first_stays_under_the_heading() -> None:
    assert _cards()[4:6] == [
        ("Editing windows: `:vsplit`?", "Split the window side by side"),
        ("Editing windows: `:hsplit`?", "Split the window one above the other"),
    ]


def test_a_lead_in_sentence_is_no_group_label() -> None:
    assert _cards()[8:] == [
        ("Editing buffers: `:b 3`?", "Go to buffer 3"),
        ("Editing buffers: `:bd 3`?", "Close buffer 3"),
    ]
