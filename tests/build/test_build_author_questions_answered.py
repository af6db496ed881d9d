"""Shapes of the author's questions that made no card, or a card with part of its
answer, each read from a synthetic document that has the shape
and none of the reviewed wording."""

from __future__ import annotations

from pathlib import Path

from quizkit.build.builder import build_deck, build_decks
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


_QUOTED = (
    "# Baking\n\n## Dough\n\n"
    "Bakers are often asked about the starter, and the question is a good one.\n\n"
    '> <a name="q-rise"></a> Why does a sourdough rise more slowly? What slows it?\n\n'
    "Wild yeast ferments more slowly than baker's yeast, and the acids of the starter "
    "slow it further.\n\n"
    "A warm kitchen speeds the rise again.\n\n"
    '> <a name="q-salt"></a> When is the salt added\n'
    "to the dough?\n\n"
    "After the autolyse, so that the flour takes up the water first.\n\n"
    "## Oven\n\n"
    "> Who keeps a stone in the oven?\n\n"
    "## Serving\n\n"
    "> Is bread ever better than on the day it was baked? Not for me.\n\n"
    "Day-old bread makes the best toast.\n"
)


def test_a_quoted_question_is_asked_and_the_prose_under_it_answers() -> None:
    facts = _facts(_QUOTED)
    assert facts["Why does a sourdough rise more slowly? What slows it?"] == (
        "Wild yeast ferments more slowly than baker's yeast, and the acids of the starter "
        "slow it further.\nA warm kitchen speeds the rise again."
    )
    # A quote wrapped over two lines is one question; its anchor is markup.
    assert facts["When is the salt added to the dough?"] == (
        "After the autolyse, so that the flour takes up the water first."
    )


def test_a_quote_asking_with_no_answer_under_it_or_saying_more_is_no_question() -> None:
    fronts = _facts(_QUOTED)
    assert not [f for f in fronts if "stone" in f]
    assert not [f for f in fronts if f.startswith("Is bread ever better")]


_SOLUTION = (
    '<details style="padding: 1rem;">\n<summary>Example Solution</summary>\n\n'
    "```python\n{code}\n```\n\n</details>\n\n"
)
_TWO_PARAGRAPH_TASKS = (
    "# Loop drills\n\n## Counting\n\n"
    "We wrote a helper for you to use in the drills below.\n\n"
    "```python\ndef show(n):\n    print(n)\n```\n\n"
    "Use a `for` loop to print the numbers from one to five.\n\n"
    + _SOLUTION.format(code="for n in range(1, 6):\n    print(n)")
    + "Use a `while` loop to count down from ten. Stop the loop at zero.\n\n"
    "Use `print` to show each number as it is counted.\n\n"
    + _SOLUTION.format(code="n = 10\nwhile n >= 0:\n    print(n)\n    n -= 1")
)


def test_a_task_of_two_paragraphs_before_its_solution_is_asked_whole() -> None:
    facts = _facts(_TWO_PARAGRAPH_TASKS)
    assert facts[
        "Counting:\nUse a `while` loop to count down from ten. Stop the loop at zero.\n"
        "Use `print` to show each number as it is counted."
    ] == ("n = 10\nwhile n >= 0:\n    print(n)\n    n -= 1")
    # The section's first task: the set-up above it (a helper and its code) is no
    # part of the task, only a run between two solutions is.
    assert facts["Counting: Use a `for` loop to print the numbers from one to five."] == (
        "for n in range(1, 6):\n    print(n)"
    )


def _folded(number: int, question: str, body: str) -> str:
    return f"<details>\n<summary>{number}. {question}</summary>\n\n{body}\n</details>\n\n"


_MORE = "Many owners say this is the reason they bought one in the first place."
_TITLED_PARTS = "# Brewing interview\n\n" + (
    _folded(
        1,
        "What are the advantages of a French press?",
        "#### Brewing\n\nA French press is often chosen by people who want a full-bodied cup "
        "without buying much equipment.\n\n"
        "#### Key advantages of a French press:\n\n"
        + "".join(
            f"{n}. **{lead}:** {says} {_MORE}\n"
            for n, (lead, says) in enumerate(
                [
                    ("Full body", "the metal filter lets the oils through."),
                    ("Cheap to own", "a press costs less than most drip machines."),
                    ("No filters to buy", "the mesh is washed and reused."),
                    ("Easy to control", "steep time and grind are in your own hands."),
                    ("Portable", "it needs no power, only hot water."),
                    ("Batch size", "a large press brews for four people."),
                ],
                1,
            )
        )
        + "\n#### Where it falls short:\n\n- Sediment at the bottom of the cup.\n",
    )
    + _folded(
        2,
        "What are the bloom and the drawdown?",
        "#### Brewing\n\nThe bloom and the drawdown are two phases of a pour-over.\n\n"
        "#### What the bloom is:\n\n- The first small pour that lets the grounds degas.\n\n"
        "#### What the drawdown is:\n\n- The last phase, when the water drains through.\n\n"
        "#### Important difference between bloom and steep:\n\n- A steep lasts minutes.\n",
    )
    + _folded(
        3,
        "What is a burr grinder?",
        "#### Brewing\n\nA burr grinder crushes beans between two abrasive surfaces.\n\n"
        "#### A short history:\n\n- Burr mills were first made of stone.\n",
    )
)


def test_a_hidden_answer_under_sub_headings_keeps_the_part_its_question_asks() -> None:
    facts = _facts(_TITLED_PARTS)
    # The context alone answers nothing: the titled part that names what is asked
    # joins it, a long list by the names of its items.
    assert facts["What are the advantages of a French press?"] == (
        "A French press is often chosen by people who want a full-bodied cup without "
        "buying much equipment.\nKey advantages of a French press:\n1. Full body\n"
        "2. Cheap to own\n3. No filters to buy\n4. Easy to control\n5. Portable\n6. Batch size"
    )
    # Two things asked: the part of each, never the side topic after them.
    assert facts["What are the bloom and the drawdown?"] == (
        "The bloom and the drawdown are two phases of a pour-over.\nWhat the bloom is:\n"
        "• The first small pour that lets the grounds degas.\nWhat the drawdown is:\n"
        "• The last phase, when the water drains through."
    )


_FAQ = (
    "# Kettle FAQ\n\n"
    "## Does Kettle support a timer?\n\n"
    "Since version 2 Kettle can run in the background with the `--wait` flag.\n\n"
    "If Kettle came from the package manager, the easiest way to time it is its "
    "service.\n\n"
    "```sh\nkettle service start\n```\n\n"
    "## Is the water filtered?\n\n"
    "The lid holds a mesh that stops scale.\n\n"
    "Feedback on the mesh is welcome.\n\n"
    "## How can the kettle and its parts be cleaned?\n\n"
    "### Cleaning the kettle\n\n"
    "```sh\nkettle descale\n```\n\n"
    "After cleaning, rinse it twice:\n\n```sh\nkettle rinse --twice\n```\n\n"
    "### Cleaning the filter\n\n"
    "The filter is cleaned on its own:\n\n```sh\nkettle filter --clean\n```\n\n"
    "### Reading the logs\n\n```sh\nkettle logs\n```\n"
)


def test_a_capability_faq_with_a_command_is_answered_by_its_short_section() -> None:
    facts = _facts(_FAQ)
    # A question of what the tool can do is no walkthrough's check, and the section's
    # command is part of its answer.
    assert facts["Does Kettle support a timer?"] == (
        "Since version 2 Kettle can run in the background with the `--wait` flag.\n"
        "If Kettle came from the package manager, the easiest way to time it is its "
        "service.\nkettle service start"
    )
    # Prose after prose (no command) is detail: the first paragraph answers alone.
    assert facts["Is the water filtered?"] == "The lid holds a mesh that stops scale."


def test_a_how_question_answered_only_under_sub_headings_asks_them_together() -> None:
    facts = _facts(_FAQ)
    assert facts["How can the kettle and its parts be cleaned?"] == (
        "Cleaning the kettle\nkettle descale\nAfter cleaning, rinse it twice:\n"
        "kettle rinse --twice\nCleaning the filter\nThe filter is cleaned on its own:\n"
        "kettle filter --clean"
    )


def test_the_build_reports_each_answered_question_that_made_no_card(tmp_path: Path) -> None:
    page = tmp_path / "checks.md"
    page.write_text(
        "# Daemon checks\n\n"
        "## Is the daemon running?\n\n"
        "If the light still blinks, confirm that the daemon is running on your machine:\n\n"
        "```sh\nps auxw | grep kettled\n```\n\n"
        "## What does the daemon do?\n\nIt keeps the water warm between pours.\n\n"
        "## Why is the light red?\n\n"
        "## How is the water heated?\n\n"
        "The element sits under the base. Here is an example of its settings file below.\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    (deck,) = build_decks([page], root=tmp_path, report=lines.append)
    assert [n.front for n in deck.notes if isinstance(n, FactNote)] == ["What does the daemon do?"]
    # An answered question the rules could make nothing of is named, with its line; a
    # walkthrough's check is left out on purpose and a question with nothing under it
    # is no missed card (see test_build_skipped_questions.py).
    assert lines == ["checks.md:17: the author's question made no card: How is the water heated?"]
