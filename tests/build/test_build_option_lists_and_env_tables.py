"""A program's options written as a Markdown list or a table, and a table of
environment variables: one card per option or variable, asked of the program the
page's code runs with those options (or its title names), never of the section's
label. Synthetic pages in the shapes tool READMEs use."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


_OPTION_LIST = """Kiln Watch
==========

A little server that reloads the page when a glaze file changes.

Usage from command line
-----------------------

Command line parameters:

* `--port=NUMBER` - select port to use, default: 8080
* `--quiet | -q` - suppress logging
* `--glaze=PATH` - glaze file to watch instead of the default one
* `--help | -h` - display usage and exit

For example:

    kiln-watch \\
        --glaze=stoneware.glz \\
        --port=9000

Version history
---------------

* v1.1.0
    - `--glaze=PATH` cli option to watch another glaze file
    - `--quiet` cli option to suppress logging
    - `--port` option added
"""


def test_an_option_list_is_asked_of_the_program_its_code_runs() -> None:
    facts = _facts(_OPTION_LIST, "kiln-watch.md")
    options = {front: back for front, back in facts.items() if "what does" in front}
    assert options == {
        "`kiln-watch`: what does `--port=NUMBER` do?": "Select port to use, default: 8080",
        "`kiln-watch`: what does `--quiet` (`-q`) do?": "Suppress logging",
        "`kiln-watch`: what does `--glaze=PATH` do?": (
            "Glaze file to watch instead of the default one"
        ),
    }


def test_a_changelog_naming_options_is_no_option_list() -> None:
    # "`--quiet` cli option to …": a sentence about the option, not its description.
    facts = _facts(_OPTION_LIST, "kiln-watch.md")
    assert not any("cli option" in back for back in facts.values())


_OPTION_TABLE = """# kiln-serve: a zero-configuration kiln log server

## Usage:

     kiln-serve [path] [options]

## Available Options:

| Command | Description | Defaults |
| ------- | ----------- | -------- |
| `-p` or `--port` | Port to listen on | 8080 |
| `-a` | Address to use | 0.0.0.0 |
| `-S`, `--tls` or `--ssl` | Serve over TLS | `false` |
| `-h` or `--help` | Print this list and exit. | |
"""


def test_an_option_table_with_or_between_spellings_names_the_title_program() -> None:
    facts = _facts(_OPTION_TABLE, "kiln-serve.md")
    assert facts == {
        "`kiln-serve`: what does `--port` (`-p`) do?": "Port to listen on (default: `8080`)",
        "`kiln-serve`: what does `-a` do?": "Address to use (default: `0.0.0.0`)",
        "`kiln-serve`: what does `--tls` (`--ssl`) (`-S`) do?": "Serve over TLS (default: `false`)",
    }


_LEAD_IN_TABLE = """# The Options

## Overview

kiln-lint provides these options out of the box:

| Option | Description |
| ------ | ----------- |
| --config | kiln-lint config file path |
| --workdir | change working directory first |
| --warn | write lint errors to stdout instead of stderr |

Run `kiln-lint --help` to see them all.
"""


def test_a_table_is_asked_of_the_program_its_lead_in_opens_on() -> None:
    # "The Options" is the page's kind, no program; the lead-in names the command, and
    # a description opening on the command's name keeps its case.
    facts = _facts(_LEAD_IN_TABLE, "the-options.md")
    options = {front: back for front, back in facts.items() if "what does" in front}
    assert options == {
        "`kiln-lint`: what does `--config` do?": "kiln-lint config file path",
        "`kiln-lint`: what does `--workdir` do?": "Change working directory first",
        "`kiln-lint`: what does `--warn` do?": "Write lint errors to stdout instead of stderr",
    }


_ENV_TABLE = """# Environment Variables

## General

| VAR_NAME | Default Value | Description |
| -------- | ------------- | ----------- |
| LOG_LEVEL | `info` | Logger severity level. |
| KILN_COOKIE | - | Cluster cookie of the kiln nodes. |

## Glaze endpoint

| VAR_NAME | Default Value | Description |
| -------- | ------------- | ----------- |
| PORT | `4000` | HTTP port the glaze endpoint listens on. |
| SECRET_KEY | | Key signing the glaze sessions. |
"""


def test_each_environment_variable_of_a_table_is_one_card() -> None:
    facts = _facts(_ENV_TABLE, "env.md")
    assert facts == {
        "What does the environment variable `LOG_LEVEL` set?": (
            "Logger severity level. (default: `info`)"
        ),
        "What does the environment variable `KILN_COOKIE` set?": (
            "Cluster cookie of the kiln nodes."
        ),
        "Glaze endpoint: what does the environment variable `PORT` set?": (
            "HTTP port the glaze endpoint listens on. (default: `4000`)"
        ),
        "Glaze endpoint: what does the environment variable `SECRET_KEY` set?": (
            "Key signing the glaze sessions."
        ),
    }


def test_capitalised_names_that_are_no_environment_variables_keep_the_table_rules() -> None:
    # Signals in capitals on a page that never says "environment": no variable card.
    text = (
        "# Process control\n\n## Signals\n\n| Signal | Description |\n| --- | --- |\n"
        "| SIG_TERM | ask the process to stop |\n| SIG_KILL | stop the process at once |\n"
    )
    facts = _facts(text, "signals.md")
    assert not any("environment variable" in front for front in facts)
