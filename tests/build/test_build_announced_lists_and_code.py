"""An author's answer that stops before the list or code it announces:
"… without turning it off." then "Below are the list of modes," and the
list; and a list card whose items run into code fenced inside them. Read from synthetic
documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote, NoteType

_LONG = (
    "so that the lamp keeps glowing at the level it had before the switch was turned, "
    "whatever the room's light meter reports while the evening goes on and the curtains "
    "are drawn"
)

_EARTH = (
    "The earth wire is connected before any other wire, so that a fault in the live "
    "wire never reaches the metal body of the lamp while it is being wired, and the "
    "earth wire is left a little longer than the others so that it is the last to pull free."
)
_FUSE = (
    "The plug carries a fuse rated for the lamp and never more, so that a short circuit "
    "in the cord blows the fuse before the cord itself heats up and melts, which matters "
    "most for the thin cords of small desk lamps."
)
_STRAIN = (
    "The cord is clamped where it enters the base, so that a pull on the cord never tugs "
    "on the screw terminals inside and loosens the wires from them over time."
)

_ANNOUNCED = f"""# Lamp interview questions

1. ### What are the lamp dimming modes?
   Dimming modes change how bright a lamp glows without turning it off.

   Below are the list of dimming modes,
   1. fade()
   2. step()
   3. pulse()

   If you call any of the above modes the lamp redraws its glow.

2. ### What is the lamp scheduler and its features?
   The lamp scheduler is the official timer library for lamps built with Glowkit.

   Below are its features,
   1. Nested timers
   2. Sunrise and sunset triggers
   3. Holiday calendars

3. ### What are the lamp wiring habits?
   Wiring habits keep a lamp safe when it is moved between rooms.

   The following wiring habits apply to every lamp:
   1. **Earth first:** {_EARTH}
   2. **Fused plug:** {_FUSE}
   3. **Strain relief:** {_STRAIN}

4. ### What are the different ways to register a bulb?
   There are a few ways of telling the lamp which bulb it holds.

   Below are the possible options:

   ```js
   lamp.register({{ bulb: "led" }});
   ```

   ```js
   lamp.register(detectBulb());
   ```

5. ### What is a glow profile?
   A glow profile is a named set of brightness steps a lamp can replay.

   Let's take an example of a reading profile,

   ```js
   const reading = profile({{
     steps: [40, 60, 80],
   }});
   ```

6. ### What are the lamp memory settings?
   Memory settings decide what a lamp does when its power comes back after a cut.

   The following memory settings can be chosen:
   1. The lamp comes back on {_LONG}.
   2. The lamp stays off {_LONG}.
   3. The lamp blinks twice {_LONG}.
   4. The lamp glows at half {_LONG}.
"""


def _facts(text: str, name: str) -> dict[str, FactNote]:
    deck = build_deck(text, name)
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_an_answer_takes_the_list_its_next_paragraph_announces() -> None:
    cards = _facts(_ANNOUNCED, "lamps.md")
    assert cards["What are the lamp dimming modes?"].back == (
        "Dimming modes change how bright a lamp glows without turning it off.\n"
        "Below are the list of dimming modes,\n"
        "1. fade()\n"
        "2. step()\n"
        "3. pulse()"
    )
    assert cards["What is the lamp scheduler and its features?"].back == (
        "The lamp scheduler is the official timer library for lamps built with Glowkit.\n"
        "Below are its features,\n"
        "1. Nested timers\n"
        "2. Sunrise and sunset triggers\n"
        "3. Holiday calendars"
    )


def test_the_announced_list_makes_no_card_of_its_own() -> None:
    deck = build_deck(_ANNOUNCED, "lamps.md")
    lists = [n for n in deck.notes if isinstance(n, FactNote) and n.type is NoteType.LIST]
    assert not [n for n in lists if "fade()" in n.back or "Nested timers" in n.back]


def test_an_announced_list_of_defined_labels_too_long_for_the_card_answers_by_label() -> None:
    # Each habit is one long sentence after its label and the sentences do not fit a
    # card: the author's question is answered by the labels, and each label's own card
    # says what the habit is.
    cards = _facts(_ANNOUNCED, "lamps.md")
    assert cards["What are the lamp wiring habits?"].back == (
        "Wiring habits keep a lamp safe when it is moved between rooms.\n"
        "The following wiring habits apply to every lamp:\n"
        "1. Earth first\n"
        "2. Fused plug\n"
        "3. Strain relief"
    )
    assert cards["What are the lamp wiring habits: Earth first?"].back == _EARTH


def test_an_announced_list_that_cannot_fit_leaves_the_opening_alone() -> None:
    # Never a back ending on "The following memory settings can be chosen:".
    back = _facts(_ANNOUNCED, "lamps.md")["What are the lamp memory settings?"].back
    assert back == (
        "Memory settings decide what a lamp does when its power comes back after a cut."
    )


def test_announced_code_comes_with_every_fence_of_the_run() -> None:
    back = _facts(_ANNOUNCED, "lamps.md")["What are the different ways to register a bulb?"].back
    assert back == (
        "There are a few ways of telling the lamp which bulb it holds.\n"
        "Below are the possible options:\n"
        'lamp.register({ bulb: "led" });\n'
        "\n"
        "lamp.register(detectBulb());"
    )


def test_an_example_set_up_is_not_an_announced_answer() -> None:
    back = _facts(_ANNOUNCED, "lamps.md")["What is a glow profile?"].back
    assert back == "A glow profile is a named set of brightness steps a lamp can replay."


_ITEM_CODE_LIST = """# Kettle handbook

## Kettle care

The kettle keeps water hot for hours and needs little care beyond regular cleaning.

### Useful settings

- Set the boil profile in the config file
    ```js
    const profile = {
      target: 96,
      hold: 30,
    };
    kettle.use(profile);
    ```
- Keep the lid closed while it heats.
- Rinse with clean water after each cleaning.
"""


def test_a_list_card_keeps_the_code_an_item_runs_into() -> None:
    card = _facts(_ITEM_CODE_LIST, "kettle.md")["Kettle care: useful settings?"]
    assert card.type is NoteType.LIST
    assert card.back == (
        "• Set the boil profile in the config file\n"
        "const profile = {\n"
        "  target: 96,\n"
        "  hold: 30,\n"
        "};\n"
        "kettle.use(profile);\n"
        "• Keep the lid closed while it heats.\n"
        "• Rinse with clean water after each cleaning."
    )
