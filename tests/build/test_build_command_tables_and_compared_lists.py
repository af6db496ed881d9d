"""Tables of commands under a question heading, and lists setting a comparison's two
things side by side, each read from a synthetic document of that shape: a command
asks what it does by itself, the question keeps its own card (with the commands when
they fit), a compared thing is asked the aspect its heading names, and sub-items join
without a stray period before the semicolon."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

COMMANDS = """# Archive tool notes

## What is tarx? Can you name a few everyday commands?

tarx is a command-line archiver that packs and unpacks directory trees.

Everyday tarx commands:

| Command | Description |
| --- | --- |
| `tarx pack <dir>` | Pack a directory into an archive |
| `tarx list <file>` | List what an archive holds |
| `tarx unpack -C <dir> <file>` | Unpack an archive into a directory |

## Settings

| Setting | Description |
| --- | --- |
| `level` | Compression level from 1 to 9 |
| `threads` | Worker threads used while packing |
"""


def _cards(text: str, name: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, name).notes)}


def test_a_command_table_asks_what_each_command_does() -> None:
    cards = _cards(COMMANDS, "tarx.md")
    assert cards["What does `tarx pack <dir>` do?"] == "Pack a directory into an archive"
    assert cards["What does `tarx list <file>` do?"] == "List what an archive holds"
    assert (
        cards["What does `tarx unpack -C <dir> <file>` do?"] == "Unpack an archive into a directory"
    )
    # No card glues the heading's question to a row.
    assert not [f for f in cards if f.startswith("What is tarx? Can you name") and "`" in f]


def test_the_listing_question_keeps_its_card_with_the_commands() -> None:
    cards = _cards(COMMANDS, "tarx.md")
    assert cards["What is tarx? Can you name a few everyday commands?"] == (
        "tarx is a command-line archiver that packs and unpacks directory trees.\n"
        "Everyday tarx commands: `tarx pack <dir>`, `tarx list <file>`, "
        "`tarx unpack -C <dir> <file>`"
    )


def test_a_table_of_settings_in_code_is_no_command_table() -> None:
    # Near miss: code keys that are single words name settings, not commands.
    cards = _cards(COMMANDS, "tarx.md")
    assert cards["Settings: `level`?"] == "Compression level from 1 to 9"
    assert "What does `level` do?" not in cards


COMPARED = """# Quill vs Stylo: A Comparison

## Introduction
- **Quill**: A templating engine that renders pages from partials.
- **Stylo**: A patching engine that edits finished pages in layers.

### Core Philosophy
- **Quill**: Renders every page from templates and values.
- **Stylo**: Leaves pages as written and patches them.

### Use Cases
- **Quill**:
  - Generates whole sites.
  - Shares partials across projects.
- **Stylo**:
  - Adjusts pages per environment.

### Quill Features
- **Partials**: Reusable page fragments.
- **Filters**: Functions applied to values.

## Summary Table

| Feature | Quill | Stylo |
| --- | --- | --- |
| **Learning curve** | Moderate | Easy |
| **Speed** | Fast | Slower for deep patches |
"""


def test_a_list_of_the_compared_things_asks_each_the_aspect() -> None:
    cards = _cards(COMPARED, "quill-vs-stylo.md")
    assert cards["Quill: core philosophy?"] == "Renders every page from templates and values."
    assert cards["Stylo: core philosophy?"] == "Leaves pages as written and patches them."
    assert cards["Quill: use cases?"] == "Generates whole sites; Shares partials across projects."
    assert cards["Stylo: use cases?"] == "Adjusts pages per environment."
    # The table's own rows still ask as before.
    assert cards["Quill: learning curve?"] == "Moderate"


def test_lists_that_name_no_aspect_keep_their_section_question() -> None:
    # Near misses: an introduction is no aspect, and a list of one thing's features
    # names terms that are not the compared things.
    cards = _cards(COMPARED, "quill-vs-stylo.md")
    assert "Quill: introduction?" not in cards
    assert cards["Quill Features: Partials?"] == "Reusable page fragments."
    assert not [f for f in cards if "Core Philosophy:" in f]


NESTED = """# Cluster access

## Ways to reach the API

- Run the client in proxy mode.
  - Recommended approach.
  - Uses the stored server address.
- Call the server directly.
  - Needs a token, e.g.
  - Works from any host.
"""


def test_nested_items_join_without_a_period_before_the_joint() -> None:
    text = "\n".join(n.back for n in facts(build_deck(NESTED, "access.md").notes))
    assert (
        "Run the client in proxy mode: Recommended approach; Uses the stored server address."
        in text
    )
    assert "mode.:" not in text
    assert "approach.;" not in text
    # An abbreviation keeps its period.
    assert "Needs a token, e.g.; Works from any host." in text


ABBREVIATED = """# Collectors

## What a collector keeps

- Signals it stores.
  - Logs, traces, metrics etc.
  - Vendor data from Acme Inc.
  - Nothing else.
"""


def test_an_abbreviation_keeps_its_period_at_the_joint() -> None:
    text = "\n".join(n.back for n in facts(build_deck(ABBREVIATED, "collectors.md").notes))
    assert "Logs, traces, metrics etc.; Vendor data from Acme Inc.; Nothing else." in text
