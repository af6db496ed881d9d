"""Pandoc / PHP Markdown definition lists of a man page: a term set off from its
``:   definition`` by a blank line is still an entry; the front names what the terms
are (kinds a statement lead-in counts, "several types of caching"; a heading of
options names its program); a bold note ending its line ends its sentence; and a
definition that only restates its key ("`local_port`: Connection start port on local
machine") makes no card."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """# cachectl

## Description

To keep memory bounded, **cachectl** supports several types of caching when
serving requests:

Write-through caching

:   Every write goes to the backing store before it is acknowledged.

Write-back caching

:   Writes are acknowledged at once and flushed to the backing store later.

## Command line switches

`-d`, `--daemon`
:   Run in the background and write a pid file.

`-R`, `--reload`
:   **DEPRECATED: use a rolling restart of several cachectl processes
    instead**
    Reload the configuration without dropping connections.

## SHOW CLIENTS

local_port
:   Connection start port on local machine.

wait_time
:   How long the client has waited for a free slot, in microseconds.
"""


def _facts() -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in build_deck(_PAGE, "p.md").notes if isinstance(n, FactNote)]


def test_definitions_set_off_by_a_blank_line_name_the_kinds_counted_above() -> None:
    facts = _facts()
    assert (
        "cachectl, types of caching: Write-through caching?",
        "Every write goes to the backing store before it is acknowledged.",
    ) in facts
    assert (
        "cachectl, types of caching: Write-back caching?",
        "Writes are acknowledged at once and flushed to the backing store later.",
    ) in facts


def test_option_definitions_name_their_program_and_end_a_bold_note() -> None:
    facts = _facts()
    assert (
        "cachectl command line switches: `-d`, `--daemon`?",
        "Run in the background and write a pid file.",
    ) in facts
    assert (
        "cachectl command line switches: `-R`, `--reload`?",
        "DEPRECATED: use a rolling restart of several cachectl processes instead. Reload the"
        " configuration without dropping connections.",
    ) in facts


def test_a_definition_restating_its_key_makes_no_card() -> None:
    fronts = [front for front, _ in _facts()]
    assert "SHOW CLIENTS: local_port?" not in fronts
    assert "SHOW CLIENTS: wait_time?" in fronts
