"""Parts of an answer that were lost or repeated: code fenced
inside a list item of an answer, a sentence broken off before its code, two code blocks
in a row on one back, and a list card asking its question heading again. Read from
synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote, NoteType

_ITEM_CODE = """# Garden tools handbook

1. ### How do you register a sprinkler?
   A sprinkler is registered once per valve. There are two ways to do it.
   1. Declaring it in the valve file:
       ```toml
       [valve.north]
       sprinkler = "rotor"
       flow = 12
       ```
   2. Calling the registry from a script,
       ```python
       registry.add("north", kind="rotor")
       registry.save()
       ```

2. ### How do you drain a hose?
   Lift the far end above the tap and open the nozzle.
   1. Close the tap first. To avoid a flood, run the drain script:
       ```sh
       hose stop
       hose vent --all
       hose drain --slow
       hose coil
       hose lock
       hose status
       ```
   2. Coil the hose once it is empty.
"""


def _facts(text: str, name: str) -> dict[str, FactNote]:
    deck = build_deck(text, name)
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_code_inside_an_answers_list_items_stays_on_the_back_as_code() -> None:
    back = _facts(_ITEM_CODE, "garden.md")["How do you register a sprinkler?"].back
    assert back == (
        "A sprinkler is registered once per valve. There are two ways to do it.\n"
        "1. Declaring it in the valve file:\n"
        "[valve.north]\n"
        'sprinkler = "rotor"\n'
        "flow = 12\n"
        "2. Calling the registry from a script,\n"
        'registry.add("north", kind="rotor")\n'
        "registry.save()"
    )


def test_an_item_whose_lead_in_to_its_code_was_cut_stays_without_the_code() -> None:
    # "To avoid a flood, run the drain script:" went with a script too long for the
    # line: the item ends on its full stop, and no command shows up without its lead-in.
    back = _facts(_ITEM_CODE, "garden.md")["How do you drain a hose?"].back
    assert back == (
        "Lift the far end above the tap and open the nozzle.\n"
        "1. Close the tap first.\n"
        "2. Coil the hose once it is empty."
    )


_BROKEN_OFF = """# Compost notes

## What is a hot compost heap?

A hot compost heap is a pile kept above fifty degrees so that it breaks down in weeks.
You can check its core temperature with

```sh
probe read --depth 40
```

## What is a cold compost heap?

A cold compost heap is left alone and takes a year or more to break down.
Its layers are given in the appendix as

| Layer | Depth |
| ----- | ----- |
| Browns | 20 cm |
"""


def test_a_sentence_broken_off_before_its_code_takes_the_code_along() -> None:
    back = _facts(_BROKEN_OFF, "compost.md")["What is a hot compost heap?"].back
    assert back == (
        "A hot compost heap is a pile kept above fifty degrees so that it breaks down "
        "in weeks. You can check its core temperature with\n"
        "probe read --depth 40"
    )


def test_a_sentence_broken_off_before_what_the_card_lacks_is_cut() -> None:
    back = _facts(_BROKEN_OFF, "compost.md")["What is a cold compost heap?"].back
    assert back == "A cold compost heap is left alone and takes a year or more to break down."


_TWO_BLOCKS = """# Bread machine

## How do you start a timed bake?

Set the timer on the machine, then send the start command from the panel script as shown below.

```python
panel.timer(hours=6)
```

```python
panel.start(program="basic")
```
"""


def test_two_code_blocks_in_a_row_are_a_blank_line_apart() -> None:
    back = _facts(_TWO_BLOCKS, "bread.md")["How do you start a timed bake?"].back
    assert back == (
        "Set the timer on the machine, then send the start command from the panel script "
        "as shown below.\n"
        "panel.timer(hours=6)\n"
        "\n"
        'panel.start(program="basic")'
    )


_LISTED_AGAIN = """# Kettle questions

## Should the kettle be descaled monthly?

**Yes.**

Scale builds up faster than most owners expect, and a thin layer already slows heating.

Some owners argue that descaling wears the element. Although it sounds right, the argument
does not hold. In particular:

- Vinegar at the usual strength does not attack stainless steel elements at all.

- Scale itself makes the element run hotter, which shortens its life far more.

## What does the lid sensor do?

It stops the kettle when the lid is open.
"""


def test_a_list_card_asking_its_question_heading_again_joins_the_questions_card() -> None:
    deck = build_deck(_LISTED_AGAIN, "kettle.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    asked = [f for f in fronts if "descaled monthly" in f.lower()]
    assert asked == ["Should the kettle be descaled monthly?"]
    # The list's items join the question's back: they fit on one card with it.
    assert _facts(_LISTED_AGAIN, "kettle.md")[asked[0]].back == (
        "Yes.\n"
        "Scale builds up faster than most owners expect, and a thin layer already slows "
        "heating.\n"
        "• Vinegar at the usual strength does not attack stainless steel elements at all.\n"
        "• Scale itself makes the element run hotter, which shortens its life far more."
    )
    assert not [n for n in deck.notes if isinstance(n, FactNote) and n.type is NoteType.LIST]


_ANSWERED_THEN_LISTED = """# Kettle questions

## Should the kettle be emptied overnight?

**Yes.**

Standing water leaves more scale behind than water that is boiled fresh each morning, and
it picks up a stale taste from the lid seal, which is the first thing guests notice at
breakfast when the tea is poured.

Some owners keep the water in for the morning. Although it saves a minute, that habit
does not pay. In particular:

- The heater works just as long on standing water as on fresh water from the tap.

- Water left in overnight cools to room temperature anyway, so nothing is saved.
"""


def test_a_list_card_asking_an_answered_question_again_is_left_out() -> None:
    # The question's back answers on its own and is no short opening: the list, whose
    # lead-in the list card could not carry, is left out rather than joined.
    deck = build_deck(_ANSWERED_THEN_LISTED, "kettle.md")
    backs = [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]
    assert backs == [
        (
            "Should the kettle be emptied overnight?",
            "Yes.\n"
            "Standing water leaves more scale behind than water that is boiled fresh each "
            "morning, and it picks up a stale taste from the lid seal, which is the first "
            "thing guests notice at breakfast when the tea is poured.",
        )
    ]
