"""A heading that only names a kind of part ("### Flags", "### Arguments", "#### Options")
under a heading naming something is no subject: the parent is. A bare subcommand
heading ("## `brew`") is named by the command its usage line runs ("kettle brew"), so
two tools' commands of one name stay apart. Synthetic CLI reference; near misses: a
parts heading with no parent, and a bare heading whose program runs no other heading's
usage line."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_REFERENCE = """# Command Reference

## Global flags

| Flag | Short | Description |
|------|-------|-------------|
| `--quiet` | `-q` | Print nothing but errors |
| `--trace` | `-t` | Print every step taken |

## `brew`

Start brewing a pot.

```bash
kettle brew [OPTIONS]
```

### Flags

| Flag | Type | Default | Description |
|------|------|---------|-------------|
| `--strength` | `int` | `3` | How strong the brew is, from 1 to 5. |
| `--cups` | `int` | `2` | How many cups to brew. |

### Arguments

| Argument | Type | Description |
|----------|------|-------------|
| `blend` | `str` | Name of the tea blend to brew. |

## `pour`

Pour the pot.

```bash
kettle pour [OPTIONS]
```

### Flags

| Flag | Type | Default | Description |
|------|------|---------|-------------|
| `--strength` | `int` | `1` | How strong a splash of milk to add. |

## `kettle-agent`

The agent that runs on the stove.

### `brew`

Brew on a schedule.

```bash
kettle-agent brew [OPTIONS]
```

| Flag | Type | Default | Description |
|------|------|---------|-------------|
| `--cups` | `int` | `6` | How many cups each scheduled brew makes. |
| `--water` | `str` | from the tap or `filtered` | Where the water comes from. |

### `rest`

Let the stove rest.

```bash
kettle-agent rest
```

| Flag | Type | Default | Description |
|------|------|---------|-------------|
| `--minutes` | `int` | `10` | How long to rest before the next brew. |
"""


def _cards(text: str) -> dict[str, str]:
    notes = build_deck(text, "reference.md").notes
    return {n.front: n.back for n in notes if isinstance(n, FactNote)}


def test_a_flags_heading_is_named_by_its_command() -> None:
    cards = _cards(_REFERENCE)
    assert (
        cards["`kettle brew`: what does `--strength` do?"]
        == "How strong the brew is, from 1 to 5. (default: `3`)"
    )
    assert (
        cards["`kettle pour`: what does `--strength` do?"]
        == "How strong a splash of milk to add. (default: `1`)"
    )
    assert (
        cards["`kettle brew`, argument `blend` (type `str`): what is it?"]
        == "Name of the tea blend to brew."
    )
    assert not any(front.startswith(("Flags", "Arguments", "Command")) for front in cards)


def test_two_tools_commands_of_one_name_stay_apart() -> None:
    cards = _cards(_REFERENCE)
    assert cards["`kettle brew`: what does `--cups` do?"] == "How many cups to brew. (default: `2`)"
    assert (
        cards["`kettle-agent brew`: what does `--cups` do?"]
        == "How many cups each scheduled brew makes. (default: `6`)"
    )


def test_a_default_in_words_around_code_is_not_wrapped_again() -> None:
    cards = _cards(_REFERENCE)
    assert (
        cards["`kettle-agent brew`: what does `--water` do?"]
        == "Where the water comes from. (default: from the tap or `filtered`)"
    )


def test_a_parts_heading_with_no_parent_keeps_its_name() -> None:
    cards = _cards(_REFERENCE)
    assert cards["Global flags, flag `--quiet`: short?"] == "`-q`"


_ONE_USAGE = """# Tea notes

## `steep`

How to steep a cup.

```bash
kettle steep --minutes 4
```

### Options

| Option | Default | Description |
|--------|---------|-------------|
| `--minutes` | `3` | How long the leaves stay in. |
"""


def test_a_program_running_one_heading_only_does_not_name_it() -> None:
    cards = _cards(_ONE_USAGE)
    assert cards == {
        "`kettle`: what does `--minutes` do?": "How long the leaves stay in. (default: `3`)"
    }
