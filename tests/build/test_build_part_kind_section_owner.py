"""A section heading that only names a kind of part ("### Signals", "## Configuration
parameters") is no subject on a front: the parts are a named thing's, so its name
joins the kind ("tinyd signals: SIGHUP?"). A parent heading that is a phrase of common
words ("Control socket") names a part of the page, not that thing, and gives way to
the page's name. Synthetic daemon page; near misses: a parent heading that names a
thing ("Service"), in code or as one capitalised word, stays the owner, and a heading
naming a thing itself stays as it is."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_DAEMON = """# tinyd

tinyd serves small files from one directory. Run tinyd as a service and talk to
it through its control socket.

## Configuration parameters

| Key | Description |
|-----|-------------|
| `root` | Directory tinyd serves files from. |
| `listen` | Address and port tinyd binds to. |

## Control socket

The control socket accepts one command a line.

### Signals

SIGHUP
:   Reload the configuration file.

SIGUSR1
:   Reopen the log file after rotation.
"""

_NAMED_PARENT = """# Pocket guide

Pocket keeps its objects in one store.

## Service

A Service names a set of workers.

### Signals

SIGHUP
:   Restart every worker of the set.

## `pocket serve`

Serve the store over HTTP.

### Fields

| Key | Description |
|-----|-------------|
| `port` | Port the server listens on. |

## Service

Another part of the page.

| Key | Description |
|-----|-------------|
| `replicas` | How many workers run. |
"""


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "doc.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_part_kind_heading_is_named_by_the_page_not_a_common_phrase_parent() -> None:
    cards = _cards(_DAEMON)
    assert cards["tinyd signals: SIGHUP?"] == "Reload the configuration file."
    assert cards["tinyd signals: SIGUSR1?"] == "Reopen the log file after rotation."
    assert cards["tinyd configuration parameters: `root`?"] == (
        "Directory tinyd serves files from."
    )
    assert not any(f.startswith(("Signals:", "Control socket")) for f in cards)


def test_parent_naming_a_thing_stays_the_owner() -> None:
    cards = _cards(_NAMED_PARENT)
    assert cards["Service signals: SIGHUP?"] == "Restart every worker of the set."
    assert cards["Service: `replicas`?"] == "How many workers run."
    assert not any(f.startswith(("Signals:", "Pocket guide")) for f in cards)
