"""A list of defined terms under a heading that names only the kind of its items
("## Design principles", "## Key Features", "### Path types") is asked of what the items
are of: the nearest parent heading that names something, else the page's subject or
title ("Ferrybox design principles: Portable?"). A heading that names its owner, a page
titled by its kind ("… Guide") and an action heading leave the front as it was."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PRODUCT_PAGE = """# Ferrybox

Ferrybox is a message relay for small clusters.

## Design principles

- **Portable** - the relay runs the same on every cloud.
- **Expressive** - routes match on headers, weights and paths.

## Key Features

- **Replay** - a consumer may read a topic again from any offset.
- **Quotas** - each tenant gets a cap on bytes per second.

## Storage

### Path types

- `Exact`: matches the path exactly.
- `Prefix`: matches on a path prefix split by `/`.
"""

# Near misses: the heading names the owner already; a task heading's terms.
_NAMED_PAGE = """# Ferrybox

Ferrybox is a message relay for small clusters.

## Ferrybox features

- **Replay** - a consumer may read a topic again from any offset.
- **Quotas** - each tenant gets a cap on bytes per second.

## Configuring relays

- **Timeouts** - how long a relay waits for an answer.
- **Retries** - how often a relay tries again.
"""

_GUIDE_PAGE = """# Relay Publishing Guide

How to publish a relay to the catalog.

## Best Practices

### Inputs

- **Use descriptive prompts** - say what each input is for.
- **Set sensible defaults** - most users keep them.
"""

# A generic page title: the page's subject (named throughout) owns the principles.
_INTRODUCTION = """# Introduction

This page introduces Ferrybox, a message relay. You can run Ferrybox on any cluster.

## Design principles

- **Portable** - the relay runs the same on every cloud.
- **Expressive** - routes match on headers, weights and paths.

## Operations

State lives in one volume. Back it up before you upgrade Ferrybox.

## Security

Every message that Ferrybox relays is signed, and Ferrybox checks each signature.
"""


def _fronts(text: str, name: str = "page.md") -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_kind_of_list_is_asked_of_the_page_it_describes() -> None:
    facts = _fronts(_PRODUCT_PAGE)
    assert facts["Ferrybox design principles: Portable?"] == (
        "The relay runs the same on every cloud."
    )
    assert facts["Ferrybox design principles: Expressive?"] == (
        "Routes match on headers, weights and paths."
    )
    assert facts["Ferrybox key features: Replay?"] == (
        "A consumer may read a topic again from any offset."
    )
    assert not any(f.startswith(("Design principles:", "Key Features:")) for f in facts)


def test_a_kind_of_list_under_a_named_parent_is_asked_of_the_parent() -> None:
    facts = _fronts(_PRODUCT_PAGE)
    assert facts["Storage path types: `Exact`?"] == "Matches the path exactly."
    assert "Path types: `Exact`?" not in facts


def test_a_generic_title_gives_way_to_the_page_subject() -> None:
    facts = _fronts(_INTRODUCTION)
    assert facts["Ferrybox design principles: Portable?"] == (
        "The relay runs the same on every cloud."
    )


def test_a_heading_naming_its_owner_or_a_task_is_left_alone() -> None:
    facts = _fronts(_NAMED_PAGE)
    assert "Ferrybox features: Replay?" in facts
    assert "Configuring relays: Timeouts?" in facts


def test_a_guide_title_names_no_owner() -> None:
    facts = _fronts(_GUIDE_PAGE)
    assert "Inputs: Use descriptive prompts?" in facts
    assert not any(f.startswith("Relay Publishing Guide") for f in facts)
