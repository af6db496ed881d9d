"""Table cells that only point at a page or repeat their row's name, lists of bare terms
asked by their lead-in, and exercises with labelled solutions, each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import clozes, facts

HOST_MATRIX = """# Build hosts

## Hosts

| Host | CPU | Label | Manual |
|------|-----|-------|--------|
| Debian 12 Riscv<br>![Badge](b.svg) | riscv | `debian-12-rv` | [debian-12-riscv] |
| Fedora 40 | x86 | `fedora-40` | [fedora-40-readme.md](https://example.org/f40.md) |
| Alpine Edge | aarch64 | `alpine-edge` | [alpine-edge] |

[debian-12-riscv]: https://example.org/debian
[alpine-edge]: https://example.org/alpine

## Mirrors

| Distro | Tool | Extra sources |
|--------|------|---------------|
| Debian | apt | [nginx](n.io) </br> [node/lts](x.io) <br/> [zig v0.13](z.io) |
| Fedora | dnf | rpmfusion |
"""


def test_a_cell_that_only_links_a_slug_or_repeats_its_row_makes_no_card() -> None:
    cards = {n.front: n.back for n in facts(build_deck(HOST_MATRIX, "hosts.md").notes)}
    assert not [front for front in cards if "manual" in front.lower()]
    # "riscv" is already in "Debian 12 Riscv"; x86 and aarch64 are not in their rows.
    assert "Debian 12 Riscv: CPU?" not in cards
    assert cards["Fedora 40: CPU?"] == "x86"
    assert cards["Alpine Edge: CPU?"] == "aarch64"
    # A code value is a spelling to learn even when it repeats the row's words.
    assert cards["Alpine Edge: label?"] == "`alpine-edge`"


def test_items_split_by_line_breaks_in_a_cell_stay_apart() -> None:
    cards = {n.front: n.back for n in facts(build_deck(HOST_MATRIX, "hosts.md").notes)}
    assert cards["Debian: extra sources?"] == "nginx, node/lts, zig v0.13"


STAGE_TABLE = """# Making tea

## Brewing

What happens next? When you press the brew button, the kettle goes through three stages:

| 1\\. Heats the Water | 2\\. Holds the Temperature | 3\\. Switches Off |
| --- | --- | --- |
| It heats the water. | It keeps the heat for five minutes. | Then it turns off. |

## Cleaning

| Rinse the Jug | Descale Monthly |
| --- | --- |
| Rinse the jug with clean water after every use. | Use citric acid once a month. |
"""


def test_a_header_row_of_titles_over_one_row_of_sentences_is_the_data() -> None:
    cards = [(n.front, n.back) for n in facts(build_deck(STAGE_TABLE, "tea.md").notes)]
    assert cards == [
        (
            "Brewing: When you press the brew button, the kettle goes through three stages …?",
            "1. Heats the Water: It heats the water.\n"
            "2. Holds the Temperature: It keeps the heat for five minutes.\n"
            "3. Switches Off: Then it turns off.",
        ),
        ("Cleaning: rinse the jug?", "Rinse the jug with clean water after every use."),
        ("Cleaning: descale monthly?", "Use citric acid once a month."),
    ]


KETTLE_LESSON = """---
title: Using the kettle
---

## Boiling water

Fill the kettle and switch it on:

```output
  ~~~ steam ~~~
 ~~~~  |kettle|
```

:::::::::::::::::::::::::::::::::::  callout

## Kettle trivia

The first electric kettles appeared in the 1890s and took twelve minutes to boil.

:::::::::::::::::::::::::::::::::::

Now the water is hot. Try these commands:

- `pour`
- `stir`

:::::::::::::::::::::::::::::::::::  challenge

## Warm the Cups

How do you warm the cups before pouring the tea?

:::::::::::::::  solution

## Solution 1 -- With Water

Pour a little hot water into each cup and tip it out.

:::::::::::::::

:::::::::::::::  solution

## Solution 2 -- With Steam

Hold each cup over the spout for a minute.

:::::::::::::::

:::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::  callout

## Bonus Switches

Besides `-q`, a few more options work with the `kettle boil now` command:

- `--keep-warm`: holds the water at eighty degrees after it boils.
- `--cups=`: sets how many cups of water the kettle heats.

:::::::::::::::::::::::::::::::::::
"""


def test_a_callout_after_art_in_a_code_block_closes_and_its_title_stays_inside() -> None:
    notes = build_deck(KETTLE_LESSON, "kettle.md").notes
    ids = [n.id for n in notes]
    # "~~~" inside the ```output block closes nothing: the callout is read as a
    # callout, and the list after it is under the lesson's own heading.
    assert not [i for i in ids if i.startswith("kettle-trivia")]
    # "Try these commands:" is an exercise with no answer written.
    assert not [n for n in facts(notes) if "`pour`" in n.back]


def test_an_exercise_with_labelled_solutions_asks_its_prompt_and_answers_with_the_first() -> None:
    cards = {n.front: n.back for n in facts(build_deck(KETTLE_LESSON, "kettle.md").notes)}
    # "## Solution 1 -- With Water" is the solution's label, never a heading of the lesson.
    front = "Warm the Cups\nHow do you warm the cups before pouring the tea?"
    assert cards[front] == "Pour a little hot water into each cup and tip it out."


def test_options_listed_after_a_sentence_naming_their_command_are_asked_of_it() -> None:
    cards = {n.front: n.back for n in facts(build_deck(KETTLE_LESSON, "kettle.md").notes)}
    assert cards["`kettle boil now`: `--keep-warm`?"] == (
        "Holds the water at eighty degrees after it boils."
    )
    assert "`kettle boil now`: `--cups=`?" in cards


KETTLE_LIMITS = """# Kettle firmware

## Heating

### Boil control

The controller reads the following water sensors when deciding to switch off:

* `TopProbe`
* `BaseProbe`

A reading above the `TopProbe` limit stops the element, and the element starts again
once the `BaseProbe` reading drops below its limit.

### Descaling

When descaling starts, the following happens to the heating plate:

* The plate heats to ninety degrees for ten minutes.
* The plate cools with the lid open before the rinse.
"""


def test_a_list_of_bare_terms_is_asked_by_its_lead_in_and_explained_by_the_next_paragraph() -> None:
    cards = {n.front: n.back for n in facts(build_deck(KETTLE_LIMITS, "firmware.md").notes)}
    front = "Boil control: The controller reads which water sensors when deciding to switch off?"
    assert cards[front] == (
        "• `TopProbe`\n• `BaseProbe`\nA reading above the `TopProbe` limit stops the "
        "element, and the element starts again once the `BaseProbe` reading drops below "
        "its limit."
    )
    assert cards["When descaling starts, what happens to the heating plate?"] == (
        "• The plate heats to ninety degrees for ten minutes.\n"
        "• The plate cools with the lid open before the rinse."
    )


KETTLE_NOTES = """# Kettle API

## Modes

{{< note >}}
Since the name of the kettle port is `steam`, `Boiler` will understand that water should
be heated using the slow protocol.
{{< /note >}}

## States

{{< note >}}
Although `warm` is almost identical to `hot`, it was added so that old clients keep
their meaning of `hot`.
{{< /note >}}

## Plates

If a kettle holds a tea infuser, there will be at least two `Plate` objects (one for the
water, and one for the infuser).
"""


def test_a_tip_front_naming_only_code_terms_asks_a_difference_or_makes_no_card() -> None:
    notes = build_deck(KETTLE_NOTES, "kettle.md").notes
    fronts = [n.front for n in facts(notes)]
    assert fronts == ["States: how do `warm` and `hot` differ?"]


def test_a_cloze_never_hides_a_count_the_sentence_spells_out_again() -> None:
    notes = build_deck(KETTLE_NOTES, "kettle.md").notes
    assert not [n for n in clozes(notes) if "{{c1::two" in n.text]


ONE_ROW_OF_PHRASES = """# Kettle buying

## Starting points

| Buyer | Suggested kettle |
| --- | --- |
| Office manager or team lead of a big office | The ten-litre urn, then a second one |

## Sizes

| Size | Cups | Licence |
| --- | --- | --- |
| 2 | 2 | GPL-3 <br> (open source) |
| 3 | 4 | MIT |
"""


def test_one_row_of_phrases_stays_an_ordinary_row_and_a_count_is_no_repeated_name() -> None:
    cards = {n.front: n.back for n in facts(build_deck(ONE_ROW_OF_PHRASES, "buying.md").notes)}
    assert cards["Office manager or team lead of a big office: suggested kettle?"] == (
        "The ten-litre urn, then a second one"
    )
    # "2" cups for size 2: the same number by chance, still a fact; an aside after a
    # line break reads as an aside.
    assert cards["Sizes, size 2: cups?"] == "2"
    assert cards["Sizes, size 2: licence?"] == "GPL-3 (open source)"


FIX_STEPS = """# Kettle repair

## When it will not boil

The light stays off. Try the following steps:

- Check that the plug is in and the socket has power.
- Reset the switch under the base for five seconds.
"""


def test_a_practice_lead_in_over_steps_that_say_what_to_do_stays_a_list() -> None:
    cards = [n.back for n in facts(build_deck(FIX_STEPS, "repair.md").notes)]
    assert cards == [
        "• Check that the plug is in and the socket has power.\n"
        "• Reset the switch under the base for five seconds."
    ]
