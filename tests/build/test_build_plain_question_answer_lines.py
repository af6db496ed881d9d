"""Notes written as plain question/answer lines, no markup: a question on a line of
its own, its answer on the next line(s), a blank line, the next pair (perhaps several
pairs run into one paragraph, perhaps a range label over a pair). Each pair is the
author's question. A question that only opens a paragraph of prose, or a shape seen
fewer than three times, is left alone. Each document is synthetic: the shape of real
pages, none of their words."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

PAIRS = """What is a tide pool and how does it form?
A tide pool is a hollow in the rock that keeps seawater when the tide goes out.

Which animals live in tide pools?
Anemones, crabs, snails, sea stars and small fish.

Is a tide pool always salty? Explain.
Mostly yes, but rain can freshen it and the sun can make it saltier.

⭐ 4–6: Care
How should visitors step around a pool?
On bare rock only, never on the weed or the animals.
What are the rules for collecting shells?
The rules are:
Leave living shells in place
Take nothing from a protected shore

Describe the best time to visit.
An hour before low tide, on a calm day.
"""


def _facts(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "pools.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def test_each_question_line_is_asked_and_the_lines_after_it_answer() -> None:
    assert _facts(PAIRS) == [
        (
            "What is a tide pool and how does it form?",
            "A tide pool is a hollow in the rock that keeps seawater when the tide goes out.",
        ),
        ("Which animals live in tide pools?", "Anemones, crabs, snails, sea stars and small fish."),
        (
            "Is a tide pool always salty? Explain.",
            "Mostly yes, but rain can freshen it and the sun can make it saltier.",
        ),
        (
            "How should visitors step around a pool?",
            "On bare rock only, never on the weed or the animals.",
        ),
        (
            "What are the rules for collecting shells?",
            "The rules are:\n• Leave living shells in place\n• Take nothing from a protected shore",
        ),
        ("Describe the best time to visit.", "An hour before low tide, on a calm day."),
    ]


PROSE = """# Tide pools

Why do tide pools matter?
They hold a whole shore's life in a few buckets of water, and they are easy to reach.

Tide pools form where the rock holds water. The pools warm in the sun and cool at night.

What lives there?
Mostly snails.

Visitors should keep to bare rock and leave the animals where they are.
"""


def test_two_rhetorical_questions_in_prose_are_no_pairs() -> None:
    # Near miss: the shape twice, among prose, is not the document's shape.
    assert not any(front.startswith(("Why do tide", "What lives")) for front, _ in _facts(PROSE))


ESSAY = """# Reading the shore

Why does the shore change every hour?
Because the tide moves the water line up and down the rock.

The upper shore dries out for most of the day. Only lichens and a few snails stay.

The middle shore is covered twice a day. Barnacles close their plates when it dries.

What decides where a barnacle settles?
The larva tastes the rock and settles where others of its kind already live.

The lower shore is rarely dry. Kelp grows there in long brown ribbons.

Storms reshape the lower shore in a single night. Boulders roll and scrape the rock.

How long does a scraped rock take to recover?
Years, as the first settlers make room for the next.

Walkers see little of this. The shore keeps most of its life under the weed.

Winter brings the lowest tides of the year, and the best walks.
"""


def test_questions_opening_a_few_paragraphs_of_an_essay_are_no_pairs() -> None:
    # Near miss: three such paragraphs, but most of the section is prose.
    fronts = [front for front, _ in _facts(ESSAY)]
    assert not any(
        front.startswith(("Why does the shore", "What decides", "How long")) for front in fronts
    )
