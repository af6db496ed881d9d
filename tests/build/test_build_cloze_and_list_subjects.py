"""Clozes and list fronts that would lose their subject, each
read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.cloze import key_statement
from quizkit.notes import ClozeNote, FactNote

PAGE = """---
title: Kettle
---

A Kettle boils water for tea.

## Writing a kettle manifest

### Lid Template

The `.spec.lid` is a lid template which is also required to carry a handle.

For the template's seal field, `.spec.lid.seal`, the only allowed value is `Tight`, which is
the default.

For 2 kettles with the same `.spec.base` but different `.spec.lid.color` and
`.spec.lid.shape` fields, each kettle ignores the cups poured by the other kettle.

The handle must be set to `Wood` or `Steel` before the kettle is sold to anyone.

## Working with kettles

### Emptying a kettle and its cups

To empty a kettle and all of its cups, tip it over the sink.

When using the pouring API or the `pour-go` library, you must set `drainMode` to
`Slow` or `Fast` in the request body.

### Emptying just a kettle

When using the pouring API or the `pour-go` library, you must set `drainMode` to `Keep`.

### Draining a kettle

When draining, the kettle controller picks which cups to empty by ranking the
available cups with the following simple order:

1. Cold cups are emptied first
1. Cups on the lower shelf come before cups on the upper shelf.
1. If the cups' fill levels differ, the fuller cup comes first.

If all of the above match, then the choice is random.
"""


def _notes() -> dict[str, FactNote | ClozeNote]:
    deck = build_deck(PAGE, "kettle.md")
    return {n.id: n for n in deck.notes if isinstance(n, FactNote | ClozeNote)}


def _clozes() -> list[str]:
    return [n.text for n in _notes().values() if isinstance(n, ClozeNote)]


def test_a_cloze_that_names_neither_the_page_nor_its_section_carries_the_page_subject() -> None:
    assert (
        "Kettle: For the template's seal field, `.spec.lid.seal`, the only allowed value is "
        "{{c1::`Tight`}}, which is the default." in _clozes()
    )


def test_a_sentence_that_is_also_something_points_back_and_makes_no_cloze() -> None:
    assert not [t for t in _clozes() if "lid template" in t]


def test_one_of_a_pair_or_list_of_code_names_is_never_the_blank() -> None:
    clozes = _clozes()
    assert not [t for t in clozes if "ignores the cups" in t]  # any field fits the blank
    assert not [t for t in clozes if "{{c1::`Wood`}}" in t or "{{c1::`Steel`}}" in t]
    # and that sentence is no "how do `a` and `b` differ?" tip either
    assert not [n for n in _notes().values() if isinstance(n, FactNote) and "differ" in n.front]


def test_twin_clozes_are_told_apart_by_their_sections() -> None:
    clozes = _clozes()
    assert (
        "Emptying a kettle and its cups: When using the pouring API or the `pour-go` "
        "library, you must set {{c1::`drainMode`}} to `Slow` or `Fast` in the request body."
        in clozes
    )
    assert (
        "Emptying just a kettle: When using the pouring API or the `pour-go` library, "
        "you must set {{c1::`drainMode`}} to {{c2::`Keep`}}." in clozes
    )


TWINS_IN_ONE_SECTION = """# Kettle

## Pouring

When using the pouring API or the `pour-go` library, you must set `drainMode` to `Keep`.

When using the pouring API or the `pour-go` library, you must set `drainMode` to `Slow`.
"""


def test_twin_clozes_of_one_section_make_no_cloze() -> None:
    deck = build_deck(TWINS_IN_ONE_SECTION, "kettle.md")
    assert not [n for n in deck.notes if isinstance(n, ClozeNote)]


def test_a_list_under_a_sub_heading_is_asked_by_the_condition_of_its_lead_in() -> None:
    notes = _notes()
    lists = [n for n in notes.values() if isinstance(n, FactNote) and "Cold cups" in n.back]
    assert len(lists) == 1
    assert lists[0].front == (
        "Draining a kettle: When draining, the kettle controller picks which cups to empty "
        "by ranking the available cups with the following simple order …?"
    )
    # the last case of the ranking ("If all of the above match, …") stays with it
    assert lists[0].back.endswith("\nIf all of the above match, then the choice is random.")


FAQ_PAGE = """---
title: Kettle FAQ
---

## How hot does it get?

The element never heats the water above `100` degrees, which is the default limit.
"""


def test_a_generic_page_title_is_never_carried() -> None:
    deck = build_deck(FAQ_PAGE, "faq.md")
    texts = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert all(not t.startswith("Kettle FAQ") for t in texts)


def test_a_note_naming_a_list_of_code_values_hides_none_of_them() -> None:
    # A note needs no cue: its last code term worth hiding is the blank, but never one
    # of a list, an aside after an item included.
    text = "Valid options for `base` include `Flat`(default), `Round`, and `Square`."
    found = key_statement(text, 1)
    assert found is not None
    assert found[1] == (
        "Valid options for {{c1::`base`}} include `Flat`(default), `Round`, and `Square`."
    )
    found = key_statement("The seal of a kettle is always made of `rubber`.", 1)
    assert found is not None
    assert found[1] == "The seal of a kettle is always made of {{c1::`rubber`}}."


TASK_PAGE = """---
title: Configure a Kettle for a Kitchen or a Tea Room
---

## Set the lid profile for a kettle

The default value for the `seal` parameter is `tight`.
"""


def test_a_title_that_is_a_whole_sentence_lends_the_section_heading_instead() -> None:
    deck = build_deck(TASK_PAGE, "task.md")
    assert [n.text for n in deck.notes if isinstance(n, ClozeNote)] == [
        "Set the lid profile for a kettle: The default value for the `seal` parameter is"
        " {{c1::`tight`}}."
    ]
