"""A front opening on the generic name of its section ("Arguments: …", "Overview: …")
names what the section is part of: the page's own short name, or the nearest heading
above it that names something. A page whose title only says what kind of page it is
keeps the label."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

COMPONENT = """# queue.reader

`queue.reader` reads messages from a queue and forwards them to other components.

## Arguments

| Name | Type | Description | Default | Required |
| ---- | ---- | ----------- | ------- | -------- |
| `hosts` | `list(string)` | The hosts to connect to. | | yes |

Besides the labels you set, these internal labels starting with `__` are available:

- `__meta_queue_name`
- `__meta_queue_offset`
"""

NESTED = """# Replication Guide

## Ring Mode

### Overview

A ring is a set of nodes that share one keyspace. Unlike a single node, a ring:

- spreads keys over every member
- moves keys when a member joins
"""

KIND_TITLE = """# Installation Guide

## Arguments

Besides the labels you set, these internal labels starting with `__` are available:

- `__meta_queue_name`
- `__meta_queue_offset`
"""


def _fronts(text: str) -> list[str]:
    return [n.front for n in facts(build_deck(text, "doc.md").notes)]


def test_a_generic_section_is_named_by_the_page() -> None:
    fronts = _fronts(COMPONENT)
    assert (
        "queue.reader arguments: Besides the labels you set, these internal labels starting"
        " with `__` are available …?"
    ) in fronts


def test_an_overview_is_named_by_the_heading_it_is_part_of() -> None:
    assert _fronts(NESTED) == ["Ring Mode: Unlike a single node, a ring …?"]


def test_a_page_titled_by_its_kind_keeps_the_label() -> None:
    assert _fronts(KIND_TITLE) == [
        "Arguments: Besides the labels you set, these internal labels starting with `__`"
        " are available …?"
    ]
