"""A list's lead-in must reach its front: a list announced by a sentence that cannot be
asked makes no card, rather than a card asked by a heading that never announced it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts


def lists(text: str, name: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, name).notes)}


LOST_LEAD_INS = """# Pottery studio

## Kiln permits

Older studios used paper permits. Since 2020 the council issues a short-lived
permit online instead. You can obtain these short-lived permits using the following
methods:

- Call the permit office and quote the kiln number.
- Fill in the web form, which mails the permit within a day.

## Cracked glaze after firing

Cracks usually appear a day later. This can happen in the following scenario:

1. You fire the bisque too fast
2. The glaze shrinks more than the clay body
3. The pot cools in a draught

## Using slip trailers

Here are some ideas for how to use slip trailers:

- Draw lines of slip on leather-hard pots.
- Write names on the base of mugs.
"""


def test_a_list_whose_lead_in_cannot_be_asked_makes_no_card() -> None:
    cards = lists(LOST_LEAD_INS, "studio.md")
    # "Kiln permits?" alone never says the list is the ways to obtain the online
    # permit: the lead-in reaches the front or there is no card. "This can happen in
    # the following scenario:" leans on the sentence before it and cannot be asked;
    # "Cracked glaze after firing?" never says the list is the steps that cause it.
    permits = [front for front, back in cards.items() if "permit office" in back]
    assert permits == [
        "Kiln permits: You can obtain these short-lived permits using the following methods …?"
    ]
    assert not any("bisque too fast" in back for back in cards.values())


def test_a_lead_in_saying_only_what_its_headings_say_leaves_the_heading_asking() -> None:
    cards = lists(LOST_LEAD_INS, "studio.md")
    assert {f: b for f, b in cards.items() if "permit" not in f} == {
        "Pottery studio: using slip trailers?": (
            "• Draw lines of slip on leather-hard pots.\n• Write names on the base of mugs."
        )
    }


UNFINISHED_LEAD_IN = """# Pottery studio

## Shared shelves

Each member has a shelf. This means that a pot left on a shelf for one member

- must not touch any pot of another member
- must carry its owner's stamp
"""


def test_a_list_finishing_a_sentence_that_leans_on_the_one_before_makes_no_card() -> None:
    cards = lists(UNFINISHED_LEAD_IN, "shelves.md")
    assert not any("owner's stamp" in back for back in cards.values())


ANNOUNCED_WITH_A_FULL_STOP = """# Pottery studio

## Food-safe glazes

Some glazes leach metals into food. The following glazes are known to be food safe.
This list could change as suppliers reformulate.

- celadon
- clear liner
"""


def test_a_sentence_announcing_the_following_items_is_asked_even_closed_by_a_full_stop() -> None:
    cards = lists(ANNOUNCED_WITH_A_FULL_STOP, "glazes.md")
    assert cards == {
        "Food-safe glazes: Which glazes are known to be food safe?": "• celadon\n• clear liner"
    }


OUTLINE_BY_THE_END = """# Raised beds

This guide builds a raised bed.

By the end of this guide, you will know:

- How to level the ground.
- How to fill the bed.
"""


def test_a_guide_s_promise_of_what_the_reader_will_know_makes_no_card() -> None:
    assert lists(OUTLINE_BY_THE_END, "beds.md") == {}


OUTLINE_IN_A_SENTENCE = """# Raised beds

In this guide, you build a cedar bed to learn about soil layers and drainage.

- Cut the boards to length
- Screw the corners together
"""


def test_a_guide_s_opening_sentence_over_its_steps_is_an_outline_and_makes_no_card() -> None:
    assert lists(OUTLINE_IN_A_SENTENCE, "cedar.md") == {}


POINTING_WORDS = """# Pottery studio

## Loading the kiln shelves

Every studio loads its kiln in its own way. Here are a few methods:

- Stack bisque pots rim to rim
- Stilt glazed pots on pins

## Glaze recipes

Currently, the following glazes have tested recipes.

- celadon
- tenmoku
"""


def test_a_lead_in_of_pointing_words_or_a_one_word_opener_still_asks_its_list() -> None:
    cards = lists(POINTING_WORDS, "kiln.md")
    assert cards == {
        # "a few methods" says no more than the heading: the heading asks.
        "Pottery studio: loading the kiln shelves?": (
            "• Stack bisque pots rim to rim\n• Stilt glazed pots on pins"
        ),
        # "Currently," leans on nothing: the sentence asks which glazes.
        "Glaze recipes: Which glazes have tested recipes?": "• celadon\n• tenmoku",
    }


BREAK_DOWN_THE_COMMAND = """# Kiln logs

## Reading the log

Run this to count the firings:

```sh
grep -c 'FIRE' kiln.log | tee count.txt
```

Let's break down the command:

- `grep -c 'FIRE'` counts the lines that record a firing
- `tee count.txt` prints the count and keeps it in a file
"""


def test_let_s_break_down_the_command_shows_the_command_it_explains() -> None:
    cards = lists(BREAK_DOWN_THE_COMMAND, "log.md")
    front = "Reading the log: what does this command do?\ngrep -c 'FIRE' kiln.log | tee count.txt"
    assert cards[front] == (
        "• `grep -c 'FIRE'` counts the lines that record a firing\n"
        "• `tee count.txt` prints the count and keeps it in a file"
    )
