"""What a page's source holds that its readers never see or read as words: a Liquid
comment (the author's draft) makes no card and moves no line; a GitHub short code of a
picture (``:cloud:``) is decoration; a list announced with no kind of item ("Here
are some to begin with:") is not asked "What are the to begin with …?"; an HTML comment
line between list items (a linter's switch) does not split the list."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import replace_shortcodes
from quizkit.notes import FactNote

DRAFT = """# Gardening

## Tools

Trowels dig small holes. Spades dig big holes.

{% comment %}
## Case studies

- Rakes: level soil
- Hoes: cut weeds
{% endcomment %}

## Soil

- Loam: a mix of sand, silt and clay
- Clay: holds water
"""


def test_a_liquid_comment_makes_no_card_and_keeps_line_numbers() -> None:
    deck = build_deck(DRAFT, "garden.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert fronts == ["Gardening: soil?"]
    soil = [n for n in deck.notes if n.origin and n.origin.section == "Soil"]
    assert soil
    assert {n.origin.line for n in soil if n.origin} <= {16, 17}


def test_a_short_code_of_a_picture_is_decoration() -> None:
    text = "* :cloud: Medium\n* :snake: Python\n* [:alpha:] stays\n* `:cloud:` in code"
    assert replace_shortcodes(text) == (
        "*  Medium\n*  Python\n* [:alpha:] stays\n* `:cloud:` in code"
    )


def test_a_list_announced_with_no_kind_is_not_asked_for_one() -> None:
    text = """# Hardening

## Your hosts

Harden the hosts first. Here are some to begin with:

* Host guide one *(Linux in general)*
* Host guide two *(BSD)*
"""
    fronts = [n.front for n in build_deck(text, "hardening.md").notes if isinstance(n, FactNote)]
    assert not [f for f in fronts if "to begin with" in f]


def test_a_comment_line_between_list_items_does_not_split_the_list() -> None:
    text = """# Watering

## Valve settings

The valve takes these settings:

- **Flow**: litres per minute (default: 4)
<!-- vale Spelling = NO -->
- **Pause**: minutes between runs (default: 30)
<!-- vale Spelling = YES -->
- **Limit**: runs per day (default: 3)

```html
<!-- kept: this is code -->
- not an item
```
"""
    deck = build_deck(text, "watering.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    backs = sorted(facts.values())
    assert backs == [
        "Litres per minute (default: 4)",
        "Minutes between runs (default: 30)",
        "Runs per day (default: 3)",
    ]
