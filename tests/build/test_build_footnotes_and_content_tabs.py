"""Footnote definitions, proper-name columns, Hugo and MDX content tabs and FAQ problem
headings, each on a synthetic document (no wording of any reviewed file)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, Paragraph, parse_document
from quizkit.build.text import proper_names
from tests.helpers import card_texts, facts

FOOTNOTED_TABLES = """# Tape drives

## Platforms

| Feature | Windows | macOS | GPU |
|---|---|---|---|
| Hot swap | ✅ | ✅[^1] | ❌ |
| Encryption | ✅[^2] | ❌ | ✅ |

[^1]: only on Intel models.
[^2]: Requires the vendor driver.

## Sizes

| Drive | Size | Speed |
|---|---|---|
| T1 | 2 TB[^cap] | 300 MB/s |
| T2 | 4 TB | 400 MB/s |

## Racks

| Rack | Steel | Glass | Wood |
|---|:---:|:---:|:---:|
| R1 | ✅[^3] | ✅ |  |
| R2 | ✅ | ✅ | ✅ |
| R3 | ✅ |  | ✅ |
| R4 | ✅ | ✅ |  |

[^cap]: uncompressed
[^3]: Powder-coated
    in two colours.
"""


def test_a_footnote_definition_joins_the_answer_of_the_cell_that_points_at_it() -> None:
    cards = {n.front: n.back for n in facts(build_deck(FOOTNOTED_TABLES, "tape.md").notes)}
    assert cards["macOS: hot swap?"] == "Yes (only on Intel models)"
    assert cards["Windows: encryption?"] == "Yes (requires the vendor driver)"
    assert cards["Windows: hot swap?"] == "Yes"
    # A one-word footnote, which CommonMark alone would read as a link definition.
    assert cards["Sizes, drive T1: size?"] == "2 TB (uncompressed)"
    assert cards["Sizes, drive T2: size?"] == "4 TB"
    # In a matrix of marks, with the column it conditions; continued lines join.
    assert cards["Racks, R1: which of Steel, Glass, Wood?"] == (
        "Steel, Glass (Steel: powder-coated in two colours)"
    )


def test_footnote_definitions_are_never_cards_nor_residue() -> None:
    notes = build_deck(FOOTNOTED_TABLES, "tape.md").notes
    texts = [text for note in notes for text in card_texts(note)]
    assert not any("[^" in text or "^cap" in text for text in texts)
    assert not any(text.startswith(("only on Intel", "Requires the vendor")) for text in texts)
    document = parse_document(FOOTNOTED_TABLES)
    assert document.footnotes["cap"] == "uncompressed"
    assert document.footnotes["3"] == "Powder-coated in two colours."


def test_a_footnote_definition_inside_a_code_fence_is_code() -> None:
    text = "# Notes\n\n## Syntax\n\n```markdown\n[^1]: a footnote\n```\n"
    assert parse_document(text).footnotes == {}


NAMED_COLUMNS = """# Label printer

The printer runs on Windows and on Linux. Paper rolls come in one size per model; the
speed depends on the roll.

## Models

| Model | Size | Windows | Linux |
|---|---|---|---|
| P1 | 40 mm | 10 and later | kernel 5 |
| P2 | 60 mm | 11 only | kernel 6 |
"""


def test_a_column_named_by_a_proper_name_keeps_its_case_in_the_question() -> None:
    cards = {n.front: n.back for n in facts(build_deck(NAMED_COLUMNS, "printer.md").notes)}
    assert cards["Models, model P1: Windows?"] == "10 and later"
    assert cards["Models, model P2: Linux?"] == "kernel 6"
    # A plain word the document also writes in lower case is lower-cased as before.
    assert cards["Models, model P1: size?"] == "40 mm"


def test_proper_names_are_words_never_written_in_lower_case() -> None:
    names = proper_names(NAMED_COLUMNS)
    assert {"Windows", "Linux"} <= names
    assert not {"Size", "Paper", "Model"} & names


QUOTED_LISTS = """# Garden questions

## What tools does a beginner need?

> A beginner needs only a few tools:
>
> - a spade for digging
> - a rake for levelling
> - a hose with a spray head

## How is compost made?

> Mix green and brown waste.
> 1. Pile the waste in layers
> 2. Turn the pile weekly

## Soil

> Acid soils can be improved by:
> - adding lime
> - adding wood ash
"""


def test_a_list_inside_a_quoted_answer_keeps_one_item_a_line() -> None:
    cards = {n.front: n.back for n in facts(build_deck(QUOTED_LISTS, "garden.md").notes)}
    assert cards["What tools does a beginner need?"] == (
        "A beginner needs only a few tools:\n"
        "• a spade for digging\n• a rake for levelling\n• a hose with a spray head"
    )
    assert cards["How is compost made?"] == (
        "Mix green and brown waste.\n1. Pile the waste in layers\n2. Turn the pile weekly"
    )
    # A labelled quote (a tip) keeps its list the same way.
    tips = [back for back in cards.values() if "adding lime" in back]
    assert tips == ["• adding lime\n• adding wood ash"]


EMPTY_SECTIONS = """# Rain gauge

## Tipping bucket

### Overview

| Field | Value |
|---|---|
| Resolution | 0.2 mm |
| Power | 3 V battery |

## Examples

| Kind | Rainfall | Tips |
|---|---|---|
| Drizzle | 1 mm | 5 |
| Drizzle | 2 mm | 10 |
| Storm | 20 mm | 100 |
"""


def test_an_overview_or_examples_section_is_never_a_subject() -> None:
    cards = {n.front: n.back for n in facts(build_deck(EMPTY_SECTIONS, "gauge.md").notes)}
    # Its parent heading is the subject ...
    assert cards["Tipping bucket: resolution?"] == "0.2 mm"
    # ... else the page's title.
    assert cards["Rain gauge, rainfall 20 mm: kind?"] == "Storm"
    assert not any(
        word in front for front in cards for word in ("Overview", "Examples", "examples")
    )


EXAMPLE_POINTERS = """# Bird feeders

## Hanging feeders

A hanging feeder is hung from a branch with a wire hook.

In the above example:

- the hook holds up to 2 kg
- the wire is coated against rust

## Seed mixes

> For example: sunflower hearts attract finches, and suet attracts tits.
"""


def test_a_sentence_that_only_points_at_an_example_is_never_a_front_or_a_back() -> None:
    notes = facts(build_deck(EXAMPLE_POINTERS, "feeders.md").notes)
    # Never "…: In the above example …?", and never asked by its section either: the
    # items describe an example the front cannot show (reviews judged "StatefulSets:
    # components?" over "In the above example:" unanswerable), so the list makes no card.
    assert not any("the hook holds" in n.back for n in notes)
    assert not any("example" in n.front.lower() for n in notes)
    assert not any(n.back.lower().startswith(("for example", "in the above")) for n in notes)


HUGO_TABS = """# Kiln setup

## Controller wiring

{{< tabs name="wiring" >}}
{{% tab name="Electric kiln" %}}

- relay rated 230 V
- thermocouple type K

{{% /tab %}}
{{% tab name="Gas kiln" %}}

- valve solenoid 24 V
- flame sensor

{{% /tab %}}
{{< /tabs >}}
"""


def test_hugo_tab_bodies_are_content_titled_by_their_tab_name() -> None:
    notes = build_deck(HUGO_TABS, "kiln.md").notes
    cards = {n.front: n.back for n in facts(notes)}
    assert cards == {
        "Controller wiring: electric kiln?": "• relay rated 230 V\n• thermocouple type K",
        "Controller wiring: gas kiln?": "• valve solenoid 24 V\n• flame sensor",
    }


def test_hugo_tab_shortcode_lines_are_markup_and_named_tabs_keep_their_names() -> None:
    text = """# Pots

## Glazes

{{< tabs tabTotal="2" tabID1="a" tabName1="Matte" tabID2="b" tabName2="Gloss" >}}
{{< tab tabID="a" >}}

```toml
finish = "matte"
```

{{< /tab >}}
{{< tabpane text=true >}}
{{% tab header="Gloss" %}}

```toml
finish = "gloss"
```

{{% /tab %}}
{{< /tabpane >}}
"""
    blocks = [i.block for i in parse_document(text).items]
    assert [b.label for b in blocks if isinstance(b, Paragraph)] == ["Matte", "Gloss"]
    assert [b.line for b in blocks] == [6, 8, 14, 16]  # lines stay where they were


MDX_TABS = """# Widget setup

## Install the widget

<Tabs
groupId="os"
values={[
{label: 'Linux box', value: 'linux'},
{label: 'Mac laptop', value: 'mac'}
]}>

<TabItem value="linux">

Fetch the package with your manager:

```shell
apt-get install widget
```

Then point the widget at its config directory:

```shell
widget init --dir /etc/widget
```

</TabItem>

<TabItem value="mac" label="Mac laptop">

Fetch the package with your manager:

```shell
brew install widget
```

Then point the widget at its config directory:

```shell
widget init --dir ~/Library/widget
```

</TabItem>

</Tabs>
"""


def test_mdx_tabs_name_each_variant_of_a_step_and_their_tags_never_reach_a_card() -> None:
    notes = build_deck(MDX_TABS, "widget.md").notes
    cards = {n.front: n.back for n in facts(notes)}
    assert cards["Linux box: how do you fetch the package with your manager?"] == (
        "apt-get install widget"
    )
    assert cards["Mac laptop: how do you fetch the package with your manager?"] == (
        "brew install widget"
    )
    fronts = [n.front for n in facts(notes)]
    assert len(fronts) == len(set(fronts))
    texts = [t for n in notes for t in card_texts(n)]
    assert not any("Tab" in t or "value=" in t for t in texts)


CALLOUT_AROUND_FOLDED_CODE = """# Kiln setup

## Firing schedule

:::note

Slow the ramp above 600 °C so that quartz inversion does not crack the pots. Add this profile:

<details>

<summary>Show profile</summary>

```yaml
ramp: 80
hold: 10
```

</details>

Bisque ware must be bone dry before it is loaded, or trapped steam bursts it.

:::
"""


def test_a_sentence_introducing_a_dropped_block_in_a_callout_goes_with_the_block() -> None:
    blocks = [i.block for i in parse_document(CALLOUT_AROUND_FOLDED_CODE).items]
    assert [b.text for b in blocks if isinstance(b, Callout)] == [
        "Slow the ramp above 600 °C so that quartz inversion does not crack the pots. "
        "Bisque ware must be bone dry before it is loaded, or trapped steam bursts it."
    ]


def test_a_fact_ending_on_a_colon_before_a_dropped_block_keeps_its_fact_as_a_sentence() -> None:
    text = """# Kiln

:::note
A kiln left open above 200 °C cools unevenly and the log records a warning:

```none
WARN door open at 214C
```

Close the damper before the door.
:::
"""
    blocks = [i.block for i in parse_document(text).items]
    assert [b.text for b in blocks if isinstance(b, Callout)] == [
        "A kiln left open above 200 °C cools unevenly and the log records a warning. "
        "Close the damper before the door."
    ]


REQUEST_CHECKS = """# Rate limits

## Check it

Call the endpoint once more than the quota allows.

```shell
curl -s -o /dev/null -w '%{http_code}' http://localhost:8000/quota
```

The gateway should now return `429 Too Many Requests`.

Call it with the admin token.

```shell
curl -H 'token: admin' http://localhost:8000/quota
```

The call goes through.
"""


def test_a_request_whose_status_the_text_states_asks_what_it_returns() -> None:
    notes = build_deck(REQUEST_CHECKS, "limits.md").notes
    cards = {n.front: n.back for n in facts(notes)}
    assert cards == {
        "Rate limits › Check it: what response do you get when you call the endpoint "
        "once more than the quota allows?": "429 Too Many Requests"
    }


PROBLEM_FAQ = """# Pottery FAQ

## Why does glaze crawl?

Dust on the bisque keeps the glaze from wetting it.

## How long does a firing take?

About ten hours for a bisque firing.

## My mugs crack in the dishwasher!

The clay body was underfired, so it still takes up water. Fire a cone hotter.

## I'm on a gas kiln and my pots don't come out white

A reducing atmosphere greys iron-bearing clays; open the damper.

## A note on kiln wash

Kiln wash protects the shelves.
"""


def test_a_faq_problem_statement_heading_is_a_question_its_section_answers() -> None:
    notes = build_deck(PROBLEM_FAQ, "pottery.md").notes
    cards = {n.front: n.back for n in facts(notes)}
    assert cards["My mugs crack in the dishwasher: why?"] == (
        "The clay body was underfired, so it still takes up water. Fire a cone hotter."
    )
    assert (
        cards["I'm on a gas kiln and my pots don't come out white: why?"]
        == "A reducing atmosphere greys iron-bearing clays; open the damper."
    )
    assert not any(front.startswith("A note on kiln wash:") for front in cards)


LIST_FINISHED_BELOW = """# Kiln loading

## Shelf spacing

Spacing between shelves can be given in centimetres or as a share of the pot height.

- When you give centimetres, the posts are cut to that length.
- When you give a share, the posts are cut to that share of the tallest pot.

When you give a share that lands between two post sizes, the next longer post is used.

## Cones

Cones bend at a set heat work.
"""


def test_a_paragraph_working_a_lists_case_through_joins_the_lists_back() -> None:
    notes = build_deck(LIST_FINISHED_BELOW, "kiln.md").notes
    lists = [n for n in facts(notes) if "posts are cut to that length" in n.back]
    assert len(lists) == 1
    assert lists[0].back.endswith(
        "\nWhen you give a share that lands between two post sizes, the next longer post is used."
    )


def test_a_lead_in_counting_kinds_is_the_lists_question() -> None:
    text = """# Kilns

## Firing

There are two kinds of kiln firing: one that hardens raw clay, and one that melts glaze.
For example:

- A bisque firing runs to about 1000 °C.
- A glaze firing runs hotter, to the glaze's cone.
"""
    cards = {n.front: n.back for n in facts(build_deck(text, "kilns.md").notes)}
    assert cards["What are the two kinds of kiln firing?"] == (
        "one that hardens raw clay, and one that melts glaze\n"
        "• A bisque firing runs to about 1000 °C.\n"
        "• A glaze firing runs hotter, to the glaze's cone."
    )


def test_a_faq_intro_that_sends_the_reader_on_is_answered_by_its_sub_sections() -> None:
    text = """# FAQ

## Why do pots crack?

Many things can go wrong between the wheel and the shelf. Read on for the details!

### Drying

Pots dried too fast crack at the rim.

### Firing

A ramp that is too steep cracks thick bases.

## How long does a firing take?

About ten hours.
"""
    cards = {n.front: n.back for n in facts(build_deck(text, "faq.md").notes)}
    assert cards["Why do pots crack?"] == (
        "Many things can go wrong between the wheel and the shelf.\n"
        "• Drying: Pots dried too fast crack at the rim.\n"
        "• Firing: A ramp that is too steep cracks thick bases."
    )
