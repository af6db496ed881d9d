"""Interview topic files: a topic heading over metadata bullets
("- Level: Senior", "- Frequency: Low"), an "Answer" sub-heading holding the answer, then
a list of follow-up questions with no answers. Read from synthetic documents that have
the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_TOPICS = """# Kilns

- [Bisque vs glaze firing](#bisque-vs-glaze)
- [Cones](#cones)
- [Explain thermal shock](#thermal-shock)

## Bisque vs glaze firing {#bisque-vs-glaze}

- Level: Junior
- Frequency: High
- Tags: firing, schedule

### Answer

A bisque firing hardens raw clay to a porous state at a lower heat so it can take
glaze. A glaze firing then melts the glaze into glass at a higher heat.

### Example

```text
bisque: cone 04, glaze: cone 6
```

### Follow-ups

- Why is bisqueware left porous?
- What happens if you glaze raw clay?
- Name the two cones most studios fire to.

## Cones {#cones}

- Level: Senior
- Frequency: Low

### Short answer

A pyrometric cone is a slim pyramid of ceramic that bends at a known mix of heat and
time, so it records the work the heat did rather than the temperature alone.

### Related questions

- How do you read a bent cone?
- Why can two firings at one temperature bend cones differently?
- What do you log for each firing? (cone, time, kiln)
- Tell me about a firing that went wrong.

## Explain thermal shock {#thermal-shock}

- Level: Mid
- Frequency: Medium

### Solution

Thermal shock is cracking caused by one part of a pot heating or cooling faster than
another, so the clay body is pulled apart by uneven expansion.
"""


def _facts(text: str, name: str = "kilns.md") -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_metadata_bullets_are_no_answer_and_make_no_card() -> None:
    deck = build_deck(_TOPICS, "kilns.md")
    backs = "\n".join(getattr(n, "back", "") or "" for n in deck.notes)
    # "Level: Junior" / "Frequency: High" say how the topic is filed, never what it is.
    assert "Level:" not in backs
    assert "Frequency:" not in backs
    assert "Tags:" not in backs


def test_an_answer_sub_heading_answers_its_topic_heading() -> None:
    facts = _facts(_TOPICS)
    # A topic heading is asked with the page's title; the "Answer" section is its back.
    assert facts["Kilns: bisque vs glaze firing?"] == (
        "A bisque firing hardens raw clay to a porous state at a lower heat so it can take"
        " glaze. A glaze firing then melts the glaze into glass at a higher heat."
    )
    assert facts["Kilns: cones?"].startswith("A pyrometric cone is a slim pyramid of ceramic")
    # A heading that asks (an imperative) is asked as written; "Solution" answers it.
    assert facts["Explain thermal shock"].startswith("Thermal shock is cracking caused by")


def test_follow_up_question_lists_make_no_card() -> None:
    deck = build_deck(_TOPICS, "kilns.md")
    texts = "\n".join(f"{getattr(n, 'front', '')}\n{getattr(n, 'back', '')}" for n in deck.notes)
    # Questions left to the reader (an interviewer's prompt among them) are no knowledge.
    assert "porous?" not in texts
    assert "Name the two cones" not in texts
    assert "bent cone" not in texts
    assert "log for each firing" not in texts
    assert "went wrong" not in texts
    assert not [n for n in deck.notes if "follow-ups" in getattr(n, "front", "").lower()]


_ANSWERED_QUESTIONS = """# Kilns

## Glaze faults

Common faults and their causes:

- Why does glaze crawl? Dust or oil on the bisque stops the glaze from wetting it.
- Why does glaze craze? The glaze shrinks more than the clay body as it cools.

## Is the kiln loaded correctly?

Print the shelf plan the controller saved:

```shell
kilnctl plan show
```

```text
shelf 1: bowls, cone 6
shelf 2: tiles, cone 6
```

- Is every shelf post seated on a flat spot?
- Are the cones set where you can see them through the spy hole?
"""


def test_questions_with_their_answers_and_a_checklist_in_an_answer_stay() -> None:
    deck = build_deck(_ANSWERED_QUESTIONS, "kiln-faults.md")
    backs = "\n".join(getattr(n, "back", "") or "" for n in deck.notes)
    # Each item goes on past its "?" with its answer: the list is read as before.
    assert "Dust or oil on the bisque" in backs
    # Questions under the author's question are the checks it asks for: a card.
    assert "Is every shelf post seated on a flat spot?" in backs


_KEYED_LIST = """# Kilns

## Kiln defaults

- Power: 240 volts
- Cone: 6

The controller ships with these values set.
"""


def test_a_short_key_value_list_with_no_answer_heading_is_still_carded() -> None:
    deck = build_deck(_KEYED_LIST, "kiln-defaults.md")
    backs = "\n".join(getattr(n, "back", "") or "" for n in deck.notes)
    # Keys that file no topic (not Level, Frequency, Tags …) and no "Answer" below:
    # facts about the kiln, kept.
    assert "240 volts" in backs


_BOLD_KEYED = """# Glazes

## Q: What is a matte glaze?

**Difficulty:** 🟢 Junior

A matte glaze grows tiny crystals as it cools, so its surface scatters light instead of
shining.

## Q: Explain crawling.

**Difficulty:** 🟡 Mid
**Platform:** Stoneware
**Tags:** `defects`, `glaze`

### Answer

Crawling is glaze pulling back into beads during the firing, leaving bare clay between
them.

## What is the default cone?

**Cone:** 6
"""


def test_bold_keyed_metadata_lines_are_no_answer() -> None:
    facts = _facts(_BOLD_KEYED, "glazes.md")
    # "**Difficulty:** 🟢 Junior" opening the answer is how the question is filed: the
    # prose after it answers.
    assert facts["What is a matte glaze?"].startswith("A matte glaze grows tiny crystals")
    assert facts["Explain crawling."].startswith("Crawling is glaze pulling back into beads")
    assert not [front for front in facts if "Difficulty" in front]
    assert not [back for back in facts.values() if "Junior" in back or "Platform" in back]
    # A key the question itself asks about is its answer.
    assert facts["What is the default cone?"] == "Cone: 6"
