"""A FAQ whose author wrote every question heading without its "?" ("#### How to
enable X", "## Can I export to SVG"): the words ask, the section answers, and the front
asks the question with its "?". It takes the page's shape to say so: several sibling
headings asking, all of a page's few headings asking, or a "FAQ" heading over them. A
README's "How it works" or "How to contribute" and a guide with one how-to section
among task titles stay sections. Each document is synthetic: the shape of real pages,
none of their words."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

# Grouped under topic headings (as docs sites file their FAQ), one section opening on
# an aside box before its answer.
GROUPED_FAQ = """---
title: "Common questions"
---

## Kilns

### Firing

#### How to set the cone for a bisque firing

Choose cone 04 in the controller's program menu.

#### How to vent the kiln lid

Prop the lid open two inches until the kiln reaches 600 degrees.

### Glazes

#### Why does my glaze crawl off the rim

Dust or oil on the bisque keeps the glaze from gripping; wipe pots with a damp sponge first.

#### Can I mix two glazes in one bucket

Yes, if both fire at the same cone; test a tile before glazing a whole batch.

#### Is it possible to refire a cracked pot

> [!WARNING]
> A crack widens in a second firing.

Only to glaze it again; the crack itself never closes.
"""


def _facts(text: str, name: str = "faq.md") -> list[tuple[str, str]]:
    deck = build_deck(text, name)
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def test_question_headings_without_marks_are_asked_with_them() -> None:
    assert _facts(GROUPED_FAQ) == [
        (
            "How to set the cone for a bisque firing?",
            "Choose cone 04 in the controller's program menu.",
        ),
        (
            "How to vent the kiln lid?",
            "Prop the lid open two inches until the kiln reaches 600 degrees.",
        ),
        (
            "Why does my glaze crawl off the rim?",
            "Dust or oil on the bisque keeps the glaze from gripping; wipe pots with a damp"
            " sponge first.",
        ),
        (
            "Can I mix two glazes in one bucket?",
            "Yes, if both fire at the same cone; test a tile before glazing a whole batch.",
        ),
        (
            "Is it possible to refire a cracked pot?",
            "Only to glaze it again; the crack itself never closes.",
        ),
    ]


# Two sections, both asking: the whole page is questions.
TWO_QUESTIONS = """# Loom questions

## How to tension a warp evenly

Wind the warp under a steady hand and comb it every half turn.

## How to fix a broken warp thread

Pin a new length to the cloth and hang a weight from its end.
"""


def test_a_page_of_only_question_headings_asks_them() -> None:
    assert _facts(TWO_QUESTIONS) == [
        (
            "How to tension a warp evenly?",
            "Wind the warp under a steady hand and comb it every half turn.",
        ),
        (
            "How to fix a broken warp thread?",
            "Pin a new length to the cloth and hang a weight from its end.",
        ),
    ]


# One how-to heading under a README's "FAQ" section.
README_FAQ = """# Spinner

Spinner turns fleece into yarn on a motorised wheel.

## Install

Run `make install` as root.

## Usage

Run `spinner --ratio 8` to start the wheel.

## FAQ

### How to change the drive band

Loosen the tension knob and lift the old band off the flyer whorl.

## License

MIT.
"""


def test_a_faq_heading_makes_its_how_to_heading_a_question() -> None:
    assert (
        "How to change the drive band?",
        "Loosen the tension knob and lift the old band off the flyer whorl.",
    ) in _facts(README_FAQ)


# Near-misses: a README's sections ("How it works", bare "How to install"/"How to use"
# with no object, "What's new") and a guide with one how-to title among task titles.
README_SECTIONS = """# Spinner

Spinner turns fleece into yarn on a motorised wheel.

## How it works

The motor drives the flyer through a band.

## How to install

Run `make install` as root.

## How to use

Run `spinner --ratio 8` to start the wheel.

## How to contribute

Send a patch to the mailing list.

## What's new

Version 2 adds a foot pedal.
"""

GUIDE = """# Spinner guide

## Installation

Run `make install` as root.

## How to change the drive band

Loosen the tension knob and lift the old band off the flyer whorl.

## Configuration

Set `SPINNER_RATIO` to choose the default ratio.

## Maintenance

Oil the bearings every month.
"""


def test_readme_sections_and_a_lone_how_to_title_are_no_questions() -> None:
    assert not [front for front, _ in _facts(README_SECTIONS) if front.startswith(("How", "What"))]
    assert not [front for front, _ in _facts(GUIDE) if front.startswith("How to")]


# Near-miss: the same two part headings under every problem are a template's parts.
PROBLEM_TEMPLATE = """# Kiln troubleshooting

## The kiln stops at 1000 degrees

### What is happening

The thermocouple reads an open circuit and the controller halts.

### How to fix it

Replace the thermocouple.

## The lid will not close

### What is happening

The hinge pin has worked loose.

### How to fix it

Tap the pin back in and peen its end.
"""


def test_part_headings_repeated_under_every_problem_are_no_questions() -> None:
    fronts = [front for front, _ in _facts(PROBLEM_TEMPLATE)]
    assert "What is happening?" not in fronts
    assert not [front for front in fronts if front.startswith("What is happening (")]
