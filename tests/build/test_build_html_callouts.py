"""An HTML callout (``<aside class="note warning">`` with an ``<h1>`` title inside, as
mdBook pages write them) is a callout of its section: its heading titles the callout only
and never becomes a heading of the page, so the sections after it keep their own path."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, parse_document
from tests.helpers import facts

ASIDES = """# Gizmo release policy

## Release support

Each Gizmo minor release is supported for twelve months.

<aside class="note warning">

<h1>Warning</h1>

Skipping more than two minor releases during an upgrade leaves the controller unable to
read its stored objects.

</aside>

### Downgrades

Gizmo does not support downgrades.

<aside class="note">

<h1>Pinning the chart version</h1>

Set `chart.version` in the values file so that an upgrade never picks a newer minor.

</aside>

## Storage

The controller keeps its state in a ConfigMap named `gizmo-state`.
"""


def test_an_aside_heading_titles_the_callout_and_never_the_page() -> None:
    items = parse_document(ASIDES).items
    callouts = [i.block for i in items if isinstance(i.block, Callout)]
    assert [(c.kind, c.title) for c in callouts] == [
        ("warning", "Warning"),
        ("note", "Pinning the chart version"),
    ]
    assert callouts[0].text == (
        "Skipping more than two minor releases during an upgrade leaves the controller "
        "unable to read its stored objects."
    )
    # No section of the page sits under "Warning" or the callout's own title.
    paths = {tuple(h.text for h in i.headings) for i in items}
    assert paths == {("Release support",), ("Release support", "Downgrades"), ("Storage",)}


def test_an_aside_becomes_a_tip_asked_of_its_section() -> None:
    deck = build_deck(ASIDES, "gizmo.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["Downgrades: pinning the chart version?"] == (
        "Set `chart.version` in the values file so that an upgrade never picks a newer minor."
    )
    for note in facts(deck.notes):
        assert not note.front.startswith(("Warning", "Pinning the chart version:"))


LAYOUT_AND_UNCLOSED = """<div align="center">

<h1>Gizmo</h1>

</div>

## Install

Run the installer once per cluster.

<aside class="note">

<h1>Warning</h1>

This aside is never closed, so it opens no callout.

## Upgrade

Upgrades replace the controller in place.
"""


def test_a_layout_div_or_an_unclosed_aside_opens_no_callout() -> None:
    parsed = parse_document(LAYOUT_AND_UNCLOSED)
    # The centred title is the page's title, as before.
    assert parsed.title == "Gizmo"
    assert not any(isinstance(i.block, Callout) for i in parsed.items)
    upgrade = next(i for i in parsed.items if "in place" in getattr(i.block, "text", ""))
    assert upgrade.headings[-1].text == "Upgrade"
