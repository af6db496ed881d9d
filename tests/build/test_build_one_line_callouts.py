"""A Hugo callout opened and closed on one line, read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, Paragraph, parse_document
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _one_line_note(opener: str, closer: str) -> str:
    return (
        "# Garden watering\n\n## Morning watering\n\n"
        "Water the beds before nine in the morning so the leaves dry by noon.\n\n"
        f"{opener}If the soil is sandy, you can water twice a day.{closer}\n\n"
        "## Drip lines\n\n"
        "A drip line has a few useful properties:\n\n"
        "- It delivers water at the root zone.\n"
        "- It wastes less water than a sprinkler.\n"
    )


@pytest.mark.parametrize(
    ("opener", "closer"),
    [
        ("{{< note >}}", "{{< /note >}}"),
        ("{{< note >}} ", " {{< /note >}}"),
        ('{{% warning title="Sand" %}}', "{{% /warning %}}"),
    ],
)
def test_a_callout_opened_and_closed_on_one_line_closes_there(opener: str, closer: str) -> None:
    items = parse_document(_one_line_note(opener, closer)).items
    callouts = [i.block for i in items if isinstance(i.block, Callout)]
    assert [c.text for c in callouts] == ["If the soil is sandy, you can water twice a day."]
    # The sections after it are the page's own again, never the callout's.
    assert any(
        isinstance(i.block, Paragraph) and i.headings[-1].text == "Drip lines" for i in items
    )


def test_the_sections_after_a_one_line_note_still_make_their_cards() -> None:
    facts = _facts(_one_line_note("{{< note >}}", "{{< /note >}}"))
    assert facts["Drip lines: A drip line has a few useful properties …?"] == (
        "• It delivers water at the root zone.\n• It wastes less water than a sprinkler."
    )
    assert facts["Morning watering: if the soil is sandy, what can you do?"] == (
        "If the soil is sandy, you can water twice a day."
    )


def test_a_one_line_pair_of_another_shortcode_is_no_callout() -> None:
    # "{{< mark >}} … {{< /mark >}}" is no notice: nothing opens a callout.
    items = parse_document("# Page\n\n{{< mark >}}Bold claim.{{< /mark >}}\n\nA line.\n").items
    assert not any(isinstance(i.block, Callout) for i in items)


def test_a_line_of_several_shortcodes_says_nothing() -> None:
    items = parse_document(
        '# Page\n\n{{< include "prereqs.md" >}} {{< version-check >}}\n\nA line.\n'
    ).items
    assert [i.block for i in items] == [Paragraph(text="A line.", line=5)]


STATUS_TABLE = (
    "# Pottery kiln\n\n## Firing programs\n\n"
    "| Program | Status |\n"
    "| --- | --- |\n"
    "| `bisque` | ✅️ Supported |\n"
    "| `glaze` | ✅️ Supported |\n"
    "| `raku` | [❌ Not implemented yet](https://example.org/kiln/issues/12) |\n"
    "| `crystal` | [❌ Not implemented yet](https://example.org/kiln/issues/14) |\n"
    "| `luster` | ✅️ Supported |\n"
    "| `pit` | [⚠️ Not fully implemented yet](https://example.org/kiln/issues/15) |\n"
)


def test_a_status_mark_inside_an_issue_link_is_the_rows_answer() -> None:
    # The link only tracks the verdict: the row is no pointer elsewhere.
    facts = _facts(STATUS_TABLE)
    assert facts["`raku`: supported?"] == "No, not implemented yet"
    assert facts["`crystal`: supported?"] == "No, not implemented yet"
    assert facts["`bisque`: supported?"] == "Yes"
    # A ⚠️ mark of "partly" is a verdict too: its words answer.
    assert facts["`pit`: supported?"] == "Not fully implemented yet"
    assert len(facts) == 6


def test_a_status_column_supported_on_every_row_still_answers_each_row() -> None:
    # One value on every row is usually shared context; a verdict is each row's own.
    text = "# Pottery kiln\n\n| Program | Status |\n| --- | --- |\n" + "".join(
        f"| `{name}` | ✅️ Supported |\n" for name in ("bisque", "glaze", "luster")
    )
    facts = _facts(text)
    # Right under the title, the title says what the verdicts are of.
    assert facts == {
        f"Pottery kiln, `{n}`: supported?": "Yes" for n in ("bisque", "glaze", "luster")
    }


def test_a_link_labelled_by_a_generic_word_is_still_a_pointer_row() -> None:
    text = (
        "# Kilns\n\n| Kiln | Guide |\n| --- | --- |\n"
        "| Electric | [Documentation](https://example.org/a) |\n"
        "| Gas | [Documentation](https://example.org/b) |\n"
    )
    assert _facts(text) == {}


PROGRAM_QUIZ = (
    "# Python puzzles\n\n"
    "```python\nitems = [1, 2]\nprint(len(items * 2))\n```\n\n"
    "answer options\n\n"
    "```text\n- 2\n- 4\n- TypeError\n```\n\n"
    "<details>\n<summary>click to see the answer</summary>\n\n"
    "```text\n- 4\n```\n\n</details>\n\n***\n\n"
    "```python\nprint(bool([]))\n```\n\n"
    "answer options\n\n"
    "```text\n- True\n- False\n```\n\n"
    "<details>\n<summary>show answer</summary>\n\n"
    "```text\n- False\n```\n\n</details>\n"
)


def test_a_generic_summary_after_a_program_and_its_options_asks_the_program() -> None:
    facts = _facts(PROGRAM_QUIZ)
    assert facts == {
        "What is the result of this code?\nitems = [1, 2]\nprint(len(items * 2))\n"
        "answer options\n- 2\n- 4\n- TypeError": "4",
        "What is the result of this code?\nprint(bool([]))\n"
        "answer options\n- True\n- False": "False",
    }
    assert not any("click" in front or "show answer" in front for front in facts)
