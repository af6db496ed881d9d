"""Theme icon codes in a feature matrix, "**Answer:**" labels under question headings,
questions written as definition terms and other shapes of fresh documents,
"**Answer:**" labels under question headings, questions written as definition terms),
each read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import card_texts, facts

ICON_MATRIX = """# Sync tools

## Matrix

| Capability | Rsyncer | Cloudbox | Mirror |
| --- | --- | --- | --- |
| Offline | :material-check-all:{.green} Yes | :material-close:{.red} No (net) | :material-check: |
| Encrypts | :fontawesome-solid-xmark:{ .red } | :octicons-check-16: Partly | :material-close: |
"""


def test_theme_icon_codes_read_as_their_meaning_and_never_reach_a_card() -> None:
    notes = build_deck(ICON_MATRIX, "sync.md").notes
    answers = {n.front: n.back for n in facts(notes)}
    assert answers["Rsyncer: offline?"] == "Yes"
    assert answers["Cloudbox: offline?"] == "No (net)"
    assert answers["Mirror: offline?"] == "Yes"
    assert answers["Rsyncer: encrypts?"] == "No"
    assert answers["Cloudbox: encrypts?"] == "Partly"
    assert answers["Mirror: encrypts?"] == "No"
    for note in notes:
        for text in card_texts(note):
            assert ":material" not in text
            assert "{." not in text
            assert "{ ." not in text


ANSWER_LABELS = """# Kettle questions

## Basics

### Q1: What does the descaler remove?

**Answer:**

The descaler dissolves the limescale that hard water leaves on the element.

---

### Q2: How hot does the warm setting get?

**Answer:** The warm setting holds the water at seventy degrees for an hour.

### Q3: Which spout fits the travel lid?

**Answer:**

| Spout | Fits |
| --- | --- |
| Narrow | Yes |
| Wide | No |
"""


def test_an_answer_label_under_a_question_is_dropped_and_the_answer_follows_it() -> None:
    answers = {n.front: n.back for n in facts(build_deck(ANSWER_LABELS, "kettle.md").notes)}
    assert answers["What does the descaler remove?"] == (
        "The descaler dissolves the limescale that hard water leaves on the element."
    )
    assert answers["How hot does the warm setting get?"] == (
        "The warm setting holds the water at seventy degrees for an hour."
    )
    assert answers["Which spout fits the travel lid?"].startswith("Spout | Fits")
    assert not any(back.startswith("Answer") for back in answers.values())


DEFINITION_QUESTIONS = """# Lantern FAQ

These are questions new owners ask.

Why does the lantern flicker on low battery?
: The driver lowers the current in pulses to stretch the last charge.

Which bulbs fit the lantern?
: Any bulb with these sockets:

  - E14
  - GU10

Wick
: The cotton strand that draws up the oil.
"""


def test_a_definition_term_shaped_as_a_question_is_the_authors_question() -> None:
    answers = {n.front: n.back for n in facts(build_deck(DEFINITION_QUESTIONS, "l.md").notes)}
    assert answers["Why does the lantern flicker on low battery?"] == (
        "The driver lowers the current in pulses to stretch the last charge."
    )
    assert answers["Which bulbs fit the lantern?"] == "Any bulb with these sockets:\n• E14\n• GU10"
    # A term that asks nothing stays a definition of the section's subject.
    assert answers["Lantern FAQ: Wick?"] == "The cotton strand that draws up the oil."


POINTERS = """# Drone questions

## How long does a charge last?

About twenty minutes of flight. See [details](/battery/).

## Can the drone fly in rain?

No. Refer to the [weather guide](weather.md) for more information.

## Which props fit?

Any of the [many folding props]({{< ref props >}}) of the same pitch fit the motor.
"""


def test_a_closing_pointer_sentence_and_an_emptied_link_never_reach_a_card() -> None:
    answers = {n.front: n.back for n in facts(build_deck(POINTERS, "drone.md").notes)}
    assert answers["How long does a charge last?"] == "About twenty minutes of flight."
    assert answers["Can the drone fly in rain?"] == "No."
    assert answers["Which props fit?"] == (
        "Any of the many folding props of the same pitch fit the motor."
    )


DEFAULT_ROW = """# Loom handbook

## Shuttle tension

| Mode | Spool | Tension | Use case |
| --- | --- | --- | --- |
| `--slack` | Turns | Low | Blankets and throws |
| `--firm` (default) | Turns | Medium | Scarves |
| `--tight` | Stops | High | Rugs |

## Colours

| Dye family | Fastness |
| --- | --- |
| Indigo (default) | High |
| Madder | Medium |
"""


def test_a_default_row_keyed_by_a_one_word_generic_column_is_asked_of_its_section() -> None:
    answers = {n.front: n.back for n in facts(build_deck(DEFAULT_ROW, "loom.md").notes)}
    # "Which mode is the default?" would not say the mode of what.
    assert answers["Shuttle tension: which mode is the default?"] == "`--firm`"
    assert "Which mode is the default?" not in answers
    # A column that names a kind of thing asks alone, as before.
    assert answers["Which dye family is the default?"] == "Indigo"
