"""Blocks of a tool's README or reference page that teach nothing of the tool: a gallery
of samples made with it, slogans beside what it supports or needs (asked as one list
instead), an appeal to contribute, and a list explaining the names a code example gives
its own parts. Read from synthetic documents that have the shapes and none of the
reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _cards(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "doc.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


_README = """# Kilnlog

Kilnlog records the temperature curve of every pottery firing.

## Getting Started

### Prerequisites

Kilnlog requires Ruby 3.2 or higher, and one of the following serial drivers:

| Requirement | Details |
|---|---|
| • [Ruby](https://ruby.example) ≥3.2 | Core runtime |
| **Serial driver** (choose one) | |
| • [ftdi](https://ftdi.example) | Common USB adapter |
| • [ch340](https://ch340.example) | Budget clone chip |
| • [pl2303](https://pl.example) | Legacy cable support |

### Supported Kiln Controllers

To record a firing, connect a controller. Kilnlog supports these controllers:

| Controller | Details |
|---|---|
| [Bartlett](https://b.example) | Industry-standard choice |
| [Orton](https://o.example) | Full cone tables |
| [Skutt](https://s.example) | Studio favourite |

### Supported Storage Services

Kilnlog is storage agnostic, with support for the following storage services:

| Service | Best For | Details |
|---|---|---|
| [Local disk](https://d.example) | Offline studios | No account needed |
| [Cloud bucket](https://c.example) | Shared studios | Access from anywhere |
| [Spreadsheet](https://x.example) | Simple reports | Familiar interface |

## Example Gallery

This gallery shows logs recorded in real studios.

| Kiln | Log | Firing Description |
|---|---|---|
| Electric | [log-electric.md] | Bisque firing curve |
| Gas | [log-gas.md] | Reduction firing |
| Wood | [log-wood.md] | Three-day anagama |

## Community

We invite potters to share their firing logs in our forum. Your contributions help:

- Compare firing schedules
- Find faulty thermocouples
- Improve Kilnlog
"""


def test_supported_and_needed_slogans_are_asked_as_one_list() -> None:
    assert _cards(_README) == [
        (
            "What do you need before installing Kilnlog?",
            "• Ruby ≥3.2\n• Serial driver (choose one): ftdi, ch340, pl2303",
        ),
        ("Which controllers does Kilnlog support?", "• Bartlett\n• Orton\n• Skutt"),
        (
            "Which storage services does Kilnlog support?",
            "• Local disk\n• Cloud bucket\n• Spreadsheet",
        ),
    ]


_FACTS_TABLE = """# Kilnlog

### Supported Kiln Controllers

Kilnlog supports these controllers:

| Controller | Status |
|---|---|
| Bartlett | Stable |
| Orton | Stable |
| Skutt | Beta |

### Prerequisites

| Software | Required version |
|---|---|
| Ruby | >=3.2 |
| libusb | >=1.0 |
| sqlite | >=3.40 |
"""


def test_tables_of_data_under_the_same_headings_keep_their_row_cards() -> None:
    assert _cards(_FACTS_TABLE) == [
        ("Bartlett: status?", "Stable"),
        ("Orton: status?", "Stable"),
        ("Skutt: status?", "Beta"),
        ("Ruby: required version?", ">=3.2"),
        ("libusb: required version?", ">=1.0"),
        ("sqlite: required version?", ">=3.40"),
    ]


_EXAMPLES_WITH_MEANINGS = """# Cron schedules

## Examples

| Expression | Meaning |
|---|---|
| `*/5 * * * *` | every five minutes |
| `0 * * * *` | at the start of every hour |
| `0 0 * * 0` | at midnight every Sunday |
"""


def test_a_table_of_examples_that_teaches_keeps_its_cards() -> None:
    assert _cards(_EXAMPLES_WITH_MEANINGS)[0] == (
        "Cron schedules, expression `*/5 * * * *`: meaning?",
        "every five minutes",
    )


_LABELS = """# Firing rules

## Rule exceptions

A rule may list exceptions. Here's an example:

```yaml
- rule: Kiln too hot
  condition: temperature > limit
  exceptions:
   - name: glaze_firing
     fields: [kiln.program, kiln.cone]
   - name: crystal_glaze
     fields: [kiln.program]
```

This rule defines two kinds of exceptions:

* `glaze_firing`: uses a combination of `kiln.program` and `kiln.cone`
* `crystal_glaze`: uses only `kiln.program`
"""


def test_a_list_explaining_an_examples_own_names_makes_no_card() -> None:
    assert _cards(_LABELS) == []


_KEYS = """# Firing rules

## Rule exceptions

A rule may list exceptions. Here's an example:

```yaml
- rule: Kiln too hot
  exceptions:
   - name: glaze_firing
     fields: [kiln.program, kiln.cone]
     comps: [=, =]
```

Each exception has these properties:

* `fields`: which event values the exception compares
* `comps`: the comparison operators, one per field
"""


def test_a_list_explaining_the_examples_keys_keeps_its_cards() -> None:
    assert _cards(_KEYS) == [
        ("Rule exceptions: `fields`?", "Which event values the exception compares"),
        ("Rule exceptions: `comps`?", "The comparison operators, one per field"),
    ]


_GALLERY_ONLY = _README.split("## Example Gallery")[0].split("## Getting Started")[0] + (
    "## Example Gallery" + _README.split("## Example Gallery")[1].split("## Community")[0]
)


def test_a_gallery_of_samples_makes_no_card() -> None:
    assert _cards(_GALLERY_ONLY) == []


def test_an_appeal_to_contribute_makes_no_card() -> None:
    appeal = "# Kilnlog\n\n## Community" + _README.split("## Community")[1]
    assert _cards(appeal) == []
    # A list the sentence before presents as facts stays a card.
    facts = appeal.replace("Your contributions help:", "Shared logs record:")
    assert [front for front, _ in _cards(facts)] == ["Community: shared logs record?"]
