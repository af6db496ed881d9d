"""Author questions the builder missed: questions written as
level-1 headings with "Ans:" answers, a question heading that asks for an example too,
a display formula and its "where:" symbol list, and a heading answered only by a link.
Read from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote, Note


def _fronts(notes: tuple[Note, ...]) -> list[str]:
    return [n.front for n in notes if isinstance(n, FactNote)]


def _backs(notes: tuple[Note, ...]) -> dict[str, str]:
    return {n.front: n.back for n in notes if isinstance(n, FactNote)}


_H1_QUESTIONS = """# Q1. What is a sprocket?
Ans: A sprocket is a toothed wheel that meshes with a chain to pass motion along it.

# Q2. Why do sprockets wear out?
Answer: The teeth rub against the chain rollers on every turn, so their edges thin over time.

# Q3. Please explain sprocket sizing.
A: A sprocket is sized by its tooth count and by the pitch of the chain it drives.
"""


def test_level_one_question_headings_are_asked_and_their_answer_label_dropped() -> None:
    deck = build_deck(_H1_QUESTIONS, "sprocket-questions.md")
    assert _backs(deck.notes) == {
        "What is a sprocket?": (
            "A sprocket is a toothed wheel that meshes with a chain to pass motion along it."
        ),
        "Why do sprockets wear out?": (
            "The teeth rub against the chain rollers on every turn, so their edges thin over time."
        ),
        "Please explain sprocket sizing.": (
            "A sprocket is sized by its tooth count and by the pitch of the chain it drives."
        ),
    }
    # The title is the file name's, never the first question's.
    assert deck.title == "Sprocket questions"


def test_a_single_level_one_heading_still_titles_the_page() -> None:
    text = (
        "# What is a sprocket?\n\n"
        "A sprocket is a toothed wheel that meshes with a chain to pass motion along it.\n"
    )
    deck = build_deck(text, "page.md")
    assert deck.title == "What is a sprocket?"


def test_a_title_heading_over_level_one_questions_stays_the_title() -> None:
    text = "# Sprocket interview\n\n" + _H1_QUESTIONS
    deck = build_deck(text, "page.md")
    assert deck.title == "Sprocket interview"
    assert _fronts(deck.notes) == [
        "What is a sprocket?",
        "Why do sprockets wear out?",
        "Please explain sprocket sizing.",
    ]


_EXAMPLE_ASKED = """# Gadget interview

## 1. What are gadgets in Widgetscript? Give an example.

Gadgets bundle a knob and a lever into one reusable part. Here's an example of a gadget
that holds two knobs:

```widget
gadget pair { knob a; knob b; }
```

## 2. What is a lever binding? Provide an example.

A lever binding ties a lever to the knob it turns, so that turning one moves the other.

## What's more?
<a href="https://example.com/gadgets/questions">A full list of gadget questions and answers</a>

## Also
[Every other gadget question](https://example.com/gadgets/more)
"""


def test_a_question_asking_for_an_example_is_asked_with_a_prose_answer() -> None:
    deck = build_deck(_EXAMPLE_ASKED, "gadgets.md")
    backs = _backs(deck.notes)
    assert backs["What are gadgets in Widgetscript? Give an example."] == (
        "Gadgets bundle a knob and a lever into one reusable part. Here's an example of a "
        "gadget that holds two knobs:\ngadget pair { knob a; knob b; }"
    )
    assert backs["What is a lever binding? Provide an example."] == (
        "A lever binding ties a lever to the knob it turns, so that turning one moves the other."
    )


def test_a_heading_answered_only_by_a_link_makes_no_card() -> None:
    deck = build_deck(_EXAMPLE_ASKED, "gadgets.md")
    assert "What's more?" not in _fronts(deck.notes)
    assert "Also" not in " ".join(_fronts(deck.notes))
    assert not any("full list" in back for back in _backs(deck.notes).values())


_FORMULA = """# Scoring

## Squared gap score

- Used when the target is a number.
- Grows quickly with large misses.

$$\\text{Gap} = \\frac{1}{N} \\sum_{i=1}^{N} (t_i - s_i)^2$$

where:
- N is the number of samples.
- $t_i$ is the target of the i-th sample.
- $s_i$ is the score of the i-th sample.

## Spread

The spread of the scores is computed with the following formula:

$$S = \\max_i s_i - \\min_i s_i$$

Here:
- $s_i$ is the score of the i-th sample.
"""


def test_a_display_formula_and_its_symbols_stay_on_the_card_of_the_list_it_follows() -> None:
    deck = build_deck(_FORMULA, "scoring.md")
    backs = _backs(deck.notes)
    assert not any(front.endswith(("where?", "Here?")) for front in backs)
    listed = [b for b in backs.values() if "Grows quickly" in b]
    assert listed == [
        "• Used when the target is a number.\n"
        "• Grows quickly with large misses.\n"
        "• Gap = 1/N Σ (i=1..N) (t_i - s_i)², where N is the number "
        "of samples; t_i is the target of the i-th sample; s_i is the score of the i-th sample."
    ]
    assert not any(b.startswith("• s_i is the score") for b in backs.values())


_GEAR = (
    "a toothed wheel fixed to the pedal shaft that turns the chain at the rider's pace, "
    "its size setting how far the bicycle rolls for each turn of the pedals on a flat road"
)
_IDLER = (
    "a small free wheel pressing on the slack side of the chain that keeps it tight when "
    "the rider changes gear, so that the chain never jumps off the teeth on a rough road"
)
_COG = (
    "a toothed wheel fixed to the rear hub that the chain drives, a smaller one making the "
    "wheel turn faster for each turn of the pedals and a larger one easing a steep climb"
)
_DETAILED = f"""# Q1. What is the difference between a chainring, an idler and a cog?
Ans: The three wheels of a chain drive do different jobs. Here is a breakdown:

1. **Chainring:** {_GEAR}.
2. **Idler:** {_IDLER}.
3. **Cog:** {_COG}.

# Q2. Why do chains stretch?
Ans: The pins wear inside the rollers on every turn, so the pitch grows a little each ride.
"""


def test_a_long_labelled_list_answering_a_question_keeps_its_item_cards() -> None:
    deck = build_deck(_DETAILED, "drive-questions.md")
    asked = "What is the difference between a chainring, an idler and a cog"
    fronts = _fronts(deck.notes)
    assert f"{asked}?" in fronts
    assert [f for f in fronts if f.startswith(f"{asked}: ")] == [
        f"{asked}: Chainring?",
        f"{asked}: Idler?",
        f"{asked}: Cog?",
    ]
    assert _backs(deck.notes)[f"{asked}: Idler?"] == f"{_IDLER[0].upper()}{_IDLER[1:]}."
