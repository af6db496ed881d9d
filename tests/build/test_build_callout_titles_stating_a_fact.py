"""A callout's title written as a statement ("Full server configuration required",
"`X` does not apply to Y", "Use `a` for b", "Be careful with X") gives its own answer
away when asked as "<section>: <title>?", and glued after the author's question it asks
nothing. It is asked as the question it answers, its body the back; a title naming what
the tip is about ("Default for the `name` field") still asks "<section>: <title>?"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_MKDOCS = """# Widget server FAQ

## My widget store is corrupt and the server refuses to start. How can I recover?

The server checks the store at startup and refuses to start when it is damaged.

- Export the store with `widgetd store dump`.
- Repair the dump and load it with `widgetd store load`.

!!! warning "Full disk access required"

    The dump and load commands read the store file directly, so they need
    read and write access to the data directory.

## Widget settings

Widgets read their settings at startup.

!!! note "`reload` does not apply to plugin settings."

    Plugin settings are read once when a plugin loads, so changing them needs a restart.
"""

_DOCUSAURUS = """# Gadget targets

## Gadget addresses

A gadget is named by its address, `path/to/dir:name`.

:::note Default for the `name` field
The `name` field defaults to the name of the directory.
:::

:::note Use `//:gadget` for the root of your repository
Addresses in the `GADGET` file at the root of the repository start with `//`.
:::

:::caution Be careful with overlapping `source` fields
Two gadgets owning one file both rebuild whenever it changes, which is rarely intended.
:::

:::caution A single workspace can only use one gadget registry
The registry is set once at the root of the workspace configuration.
:::
"""


def _facts(text: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in build_deck(text, "p.md").notes if isinstance(n, FactNote)]


def test_statement_titles_of_mkdocs_admonitions_ask_what_they_answer() -> None:
    facts = _facts(_MKDOCS)
    assert (
        "My widget store is corrupt and the server refuses to start. How can I recover?"
        " What is required?",
        "Full disk access required. The dump and load commands read the store file"
        " directly, so they need read and write access to the data directory.",
    ) in facts
    assert (
        "Does `reload` apply to plugin settings?",
        "No. Plugin settings are read once when a plugin loads, so changing them needs a restart.",
    ) in facts


def test_statement_titles_of_docusaurus_admonitions_ask_what_they_answer() -> None:
    facts = _facts(_DOCUSAURUS)
    assert facts == [
        (
            "Gadget addresses: default for the `name` field?",
            "The `name` field defaults to the name of the directory.",
        ),
        (
            "Gadget addresses: what should you use for the root of your repository?",
            "Use `//:gadget` for the root of your repository. Addresses in the `GADGET`"
            " file at the root of the repository start with `//`.",
        ),
        (
            "Gadget addresses: why be careful with overlapping `source` fields?",
            "Two gadgets owning one file both rebuild whenever it changes, which is rarely"
            " intended.",
        ),
        (
            "Gadget addresses: can a single workspace only use one gadget registry?",
            "Yes. The registry is set once at the root of the workspace configuration.",
        ),
    ]
