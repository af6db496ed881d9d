"""Glossary pages and plugin-type references: a page titled
as a glossary whose terms are its top-level headings, terms with a bracketed qualifier,
and sibling sections each defining an extension point ("These plugins are used to …").
Read from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_GLOSSARY = """---
title: Glossary
---

## Batch Window

A period of time during which [Loomwork](#loomwork) collects queued jobs before running
them together.
See [the scheduling docs](https://example.org/docs) for more information.

## Courier (transport plugin)

A worker that moves finished artifacts from a Loomwork node to a storage target.

## Ledger

A record of every job Loomwork has run, kept for auditing.

## Shuttle

1. A short-lived process that carries a job between two Loomwork queues.

2. The command-line client of Loomwork.

## Spindle

A single execution slot on a Loomwork node. Each node has as many spindles as it has cores.

## Warp

Known as [Courier](#courier-transport-plugin).

## Weft (`spec.weft`)

The list of inputs a Loomwork job reads, in the order it reads them.

## Bobbin

A cache of inputs shared by the jobs of one batch window. Loomwork clears it after the window ends.

See [Batch Window](#batch-window).
"""

_NOT_A_GLOSSARY = """---
title: Release Notes
---

## Batch Window

A period of time during which Loomwork collects queued jobs before running them together.

## Courier

A worker that moves finished artifacts from a Loomwork node to a storage target.

## Ledger

A record of every job Loomwork has run, kept for auditing.
"""


def _facts(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_glossary_page_makes_one_card_per_top_level_term() -> None:
    facts = _facts(_GLOSSARY, "loomwork-glossary.md")
    # The product is what most definitions name; the pointer to other docs is no part
    # of the definition.
    assert facts["What is Batch Window in Loomwork?"] == (
        "A period of time during which Loomwork collects queued jobs before running them together."
    )
    assert facts["What is Ledger in Loomwork?"] == (
        "A record of every job Loomwork has run, kept for auditing."
    )
    # The first paragraph answers; a "See …" paragraph after it is left out.
    assert facts["What is Bobbin in Loomwork?"] == (
        "A cache of inputs shared by the jobs of one batch window. "
        "Loomwork clears it after the window ends."
    )


def test_a_bracketed_qualifier_stays_on_the_term() -> None:
    facts = _facts(_GLOSSARY, "loomwork-glossary.md")
    assert facts["What is Courier (transport plugin) in Loomwork?"] == (
        "A worker that moves finished artifacts from a Loomwork node to a storage target."
    )
    assert facts["What is Weft (`spec.weft`) in Loomwork?"] == (
        "The list of inputs a Loomwork job reads, in the order it reads them."
    )


def test_a_cross_reference_or_numbered_senses_make_no_what_is_card() -> None:
    fronts = "\n".join(_facts(_GLOSSARY, "loomwork-glossary.md"))
    assert "Warp" not in fronts  # "Known as Courier." only names another term
    assert "What is Shuttle" not in fronts  # numbered senses are a list, asked as one


def test_a_page_not_titled_as_a_glossary_is_not_read_as_one() -> None:
    fronts = "\n".join(_facts(_NOT_A_GLOSSARY, "loomwork-release-notes.md"))
    assert "What is" not in fronts


def test_a_title_naming_the_product_names_it_on_the_front() -> None:
    text = _GLOSSARY.replace("title: Glossary", "title: Tapestry Glossary")
    facts = _facts(text, "tapestry-glossary.md")
    assert "What is Ledger in Tapestry?" in facts


def test_an_untitled_page_is_a_glossary_by_its_file_name_without_its_ordinal() -> None:
    untitled = _GLOSSARY.split("---\n", 2)[2]
    # The number ordering the file among its siblings is no product the terms belong to.
    facts = _facts(untitled, "08-glossary.md")
    assert facts["What is Ledger in Loomwork?"] == (
        "A record of every job Loomwork has run, kept for auditing."
    )
    assert "What is Ledger in Loomwork?" in _facts(untitled, "glossary.md")
    assert "What is Ledger in Loomwork?" not in _facts(untitled, "08-notes.md")


_EXTENSION_POINTS = """---
title: Render Pipeline
---

## Stages

Each stage below can hold any number of plugins.

### Parse

These plugins are used to turn the source text into a syntax tree. Only one parse plugin
may be enabled at a time.

### Lint

These plugins are called after Parse, once per syntax tree. If a lint plugin reports an
error, the pipeline stops.

### Emit

These plugins are used to write the rendered pages to disk.

### Publish

Publish plugins are invoked at the end of the pipeline, to upload the pages. A publish
plugin can answer in one of two ways:

1. **accept** the upload goes on.
2. **reject** the upload stops.

### Cleanup

This is a housekeeping stage that removes temporary files.
"""


def test_sibling_extension_points_are_asked_what_they_are_for() -> None:
    facts = _facts(_EXTENSION_POINTS, "render-pipeline.md")
    # "These plugins" becomes the section's name on the back.
    assert facts["What is the Parse extension point for (Render Pipeline)?"] == (
        "Parse plugins are used to turn the source text into a syntax tree. "
        "Only one parse plugin may be enabled at a time."
    )
    assert facts["What is the Emit extension point for (Render Pipeline)?"] == (
        "Emit plugins are used to write the rendered pages to disk."
    )


def test_an_extension_point_opening_on_when_it_runs_is_asked_when() -> None:
    facts = _facts(_EXTENSION_POINTS, "render-pipeline.md")
    assert facts["When are Lint plugins called (Render Pipeline)?"] == (
        "Lint plugins are called after Parse, once per syntax tree. "
        "If a lint plugin reports an error, the pipeline stops."
    )
    # The lead-in to the list below is no part of the answer.
    assert facts["When are Publish plugins invoked (Render Pipeline)?"] == (
        "Publish plugins are invoked at the end of the pipeline, to upload the pages."
    )
    assert not any("Cleanup" in front for front in facts)


def test_one_or_two_such_sections_are_no_plugin_reference() -> None:
    head, _, _ = _EXTENSION_POINTS.partition("### Emit")
    fronts = "\n".join(_facts(head, "render-pipeline.md"))
    assert "extension point" not in fronts
    assert "plugins called" not in fronts


def test_a_glossary_naming_no_product_asks_nothing() -> None:
    # No title word and no name the definitions keep repeating: "What is Ledger?"
    # would name nothing a learner could answer about.
    text = _GLOSSARY.replace("[Loomwork](#loomwork)", "the system").replace(
        "Loomwork", "the system"
    )
    assert "What is" not in "\n".join(_facts(text, "glossary.md"))
    # The same page titled with its product asks each term of it.
    named = _facts(text.replace("title: Glossary", "title: Loomwork Glossary"), "glossary.md")
    assert named["What is Ledger in Loomwork?"] == (
        "A record of every job the system has run, kept for auditing."
    )


def test_a_writers_placeholder_is_no_definition() -> None:
    text = _GLOSSARY.replace(
        "A record of every job Loomwork has run, kept for auditing.",
        "Explain that the ledger records every job Loomwork has run.",
    )
    fronts = "\n".join(_facts(text, "loomwork-glossary.md"))
    assert "What is Ledger" not in fronts
    assert "What is Spindle in Loomwork?" in fronts


def test_a_pointer_after_a_quoted_question_is_left_out() -> None:
    text = _GLOSSARY.replace(
        "A record of every job Loomwork has run, kept for auditing.",
        'A record of every job Loomwork has run. It answers: "Who ran what?" '
        "See [the audit guide](https://example.org/audit) for details.",
    )
    back = _facts(text, "loomwork-glossary.md")["What is Ledger in Loomwork?"]
    assert "See" not in back
    assert back.startswith("A record of every job Loomwork has run.")
