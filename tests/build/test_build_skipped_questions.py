"""What ``quizkit build`` warns about: an author's question that had an answer and
still made no card, never one a rule left out on purpose (a walkthrough's check, an
answer that only points elsewhere, a navigation section). A rule says which with a
typed result: ``Skipped(reason)`` for on purpose, ``()`` for "could make none"."""

from __future__ import annotations

from pathlib import Path

from quizkit.build import build_decks
from quizkit.build.markdown import Question, parse_document
from quizkit.build.rules import Context, Skip, Skipped
from quizkit.build.rules.knowledge import navigation_block
from quizkit.build.rules.questions import author_question
from quizkit.notes import FactNote

_PAGE = (
    "# Kettle troubleshooting\n\n"
    "## Is the heater powered?\n\n"
    "If the kettle still stays cold, confirm that the heater gets power:\n\n"
    "```sh\nkettlectl status --heater\n```\n\n"
    "## How do I write a kettle plugin?\n\n"
    "For more information on how to write a plugin, see https://example.com/kettle/plugins\n\n"
    "## How is the boil point set?\n\n"
    "The kettle reads the boil point from its settings. "
    "Here is an example of the settings file below.\n\n"
    "## What does the filter stop?\n\n"
    "The filter stops scale from reaching the cup.\n\n"
    "## See also\n\n"
    "- [Kettle parts](https://example.com/kettle/parts)\n"
    "- [Kettle care](https://example.com/kettle/care)\n"
)


def _results(text: str) -> dict[str, object]:
    parsed = parse_document(text)
    ctx = Context(document="page.md", topic="", legend={}, items=parsed.items)
    return {
        " ".join(item.block.text.split()): author_question(ctx, index)
        for index, item in enumerate(parsed.items)
        if isinstance(item.block, Question)
    }


def test_a_rule_says_why_it_left_a_question_out_on_purpose() -> None:
    results = _results(_PAGE)
    assert results["Is the heater powered?"] == Skipped(Skip.WALKTHROUGH_CHECK)
    assert results["How do I write a kettle plugin?"] == Skipped(Skip.POINTER)
    # The answer announces an example the page never shows: the rule could make no
    # card of it, which is not the same as leaving it out on purpose.
    assert results["How is the boil point set?"] == ()
    made = results["What does the filter stop?"]
    assert isinstance(made, tuple)
    assert [note.id for note in made] == ["what-does-the-filter-stop"]


def test_a_navigation_section_is_skipped_with_its_reason() -> None:
    parsed = parse_document(_PAGE)
    ctx = Context(document="page.md", topic="", legend={}, items=parsed.items)
    links = len(parsed.items) - 1
    assert navigation_block(ctx, links) == Skipped(Skip.NAVIGATION)
    assert navigation_block(ctx, 0) is None  # the walkthrough's question is no navigation


def test_the_warning_lists_only_answered_questions_that_made_no_card(tmp_path: Path) -> None:
    page = tmp_path / "kettle.md"
    page.write_text(_PAGE, encoding="utf-8")
    lines: list[str] = []
    (deck,) = build_decks([page], root=tmp_path, report=lines.append)
    assert [n.id for n in deck.notes] == ["what-does-the-filter-stop"]
    assert lines == ["kettle.md:15: the author's question made no card: How is the boil point set?"]


_LINKS_ONLY = (
    "# Ops questions\n\n"
    "<details>\n<summary>What is a kettle daemon?</summary><br><b>\n"
    "Explanation:\n\n"
    "  * https://example.com/wiki/Kettle_daemon\n"
    "  * https://example.org/kettles/daemons-explained/\n"
    "</b></details>\n\n"
    "<details>\n<summary>What is descaling?</summary><br><b>\n"
    "Explanation: https://example.com/wiki/Descaling\n"
    "</b></details>\n\n"
    "<details>\n<summary>What does the lid sensor do?</summary><br><b>\n"
    "It stops the heater when the lid is open.\n"
    "</b></details>\n"
)


def test_an_answer_of_links_under_a_lead_in_is_left_out_on_purpose(tmp_path: Path) -> None:
    results = _results(_LINKS_ONLY)
    assert results["What is a kettle daemon?"] == Skipped(Skip.POINTER)
    assert results["What is descaling?"] == Skipped(Skip.POINTER)
    page = tmp_path / "ops.md"
    page.write_text(_LINKS_ONLY, encoding="utf-8")
    lines: list[str] = []
    (deck,) = build_decks([page], root=tmp_path, report=lines.append)
    assert [n.back for n in deck.notes if isinstance(n, FactNote)] == [
        "It stops the heater when the lid is open."
    ]
    assert len(deck.notes) == 1
    assert lines == []


def test_a_yes_no_question_answered_nope_before_its_commands_is_answered() -> None:
    # "Nope!" answers the question; the commands after it show how, not a check to run.
    results = _results(
        "# Kettle FAQ\n\n## Do I need a compiler to use Kettle?\n\n"
        "Nope! Kettle ships as a wheel, installable with `pip` or `pipx`:\n\n"
        "```console\n$ pip install kettle\n```\n"
    )
    made = results["Do I need a compiler to use Kettle?"]
    assert isinstance(made, tuple)
    assert [n.back for n in made if isinstance(n, FactNote)] == [
        "Nope! Kettle ships as a wheel, installable with `pip` or `pipx`:\n$ pip install kettle"
    ]


_UNWRITTEN = (
    "# Ops questions\n\n"
    "<details>\n<summary><b>How does the kettle pick its boil point?</b></summary><br>\n\n"
    "To be completed.\n\n</details>\n\n"
    "<details>\n<summary><b>Why does the heater trip?</b></summary><br>\n\n"
    "To be completed.\n\nUseful resources:\n\n"
    "- [Heater trips explained](https://example.com/trips)\n\n</details>\n\n"
    "<details>\n<summary><b>How is the fuse replaced?</b></summary><br>\n\n"
    "Useful resources:\n\n"
    "- [Replacing a fuse](https://example.com/fuse)\n"
    "- [Fuse sizes](https://example.com/sizes)\n\n</details>\n"
)


def test_an_unwritten_answer_is_left_out_on_purpose_with_or_without_links() -> None:
    results = _results(_UNWRITTEN)
    assert results["How does the kettle pick its boil point?"] == Skipped(Skip.UNWRITTEN)
    assert results["Why does the heater trip?"] == Skipped(Skip.UNWRITTEN)
    assert results["How is the fuse replaced?"] == Skipped(Skip.POINTER)
