"""FAQ pages: an answer opening on the symptom the question is about ("Log messages may
appear like the following:" and the log) is answered by the prose after the printed
lines; a generically titled FAQ takes its product from the front matter's description."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_FAQ = """# Loomdb FAQ

## Why do I see `could not open spool` messages when weaving?

Log messages may appear like the following:

```
2024-02-01T13:40:11Z E spooler could not open spool [file=/var/loom/warp-1, errno=24]
```

The machine may have too low a limit on open files. Check and raise the `ulimit -n`
value of the user running Loomdb.

## How do I read the weave log?

The log is written to `/var/loom/weave.log`, for example:

```
2024-02-01T13:40:11Z I weave started
```
"""


def _facts(text: str) -> dict[str, str]:
    return {
        n.front: n.back for n in build_deck(text, "loomdb-faq.md").notes if isinstance(n, FactNote)
    }


def test_the_answer_past_a_symptom_is_the_back() -> None:
    facts = _facts(_FAQ)
    assert facts["Why do I see `could not open spool` messages when weaving?"] == (
        "The machine may have too low a limit on open files. Check and raise the `ulimit -n` "
        "value of the user running Loomdb."
    )


def test_an_answer_with_its_own_example_keeps_its_opening() -> None:
    facts = _facts(_FAQ)
    assert facts["How do I read the weave log?"].startswith(
        "The log is written to `/var/loom/weave.log`"
    )


_GENERIC_FAQ = """---
title: FAQ
description: FAQ for Loomdb troubleshooting.
---

Common issues met when running Loomdb, and their solutions.

## Can I query by time?

Yes. Loomdb filters rows by their timestamp with `WHERE ts IN '2024-01'`.

## Where is the log?

Loomdb writes its log to `/var/loom/weave.log`.
"""


def test_a_generic_faq_takes_its_product_from_the_description() -> None:
    facts = _facts(_GENERIC_FAQ)
    assert facts["Loomdb: Can I query by time?"] == (
        "Yes. Loomdb filters rows by their timestamp with `WHERE ts IN '2024-01'`."
    )


def test_a_description_naming_two_products_names_none() -> None:
    text = _GENERIC_FAQ.replace(
        "FAQ for Loomdb troubleshooting.", "FAQ for Loomdb on Kubernetes."
    ).replace("Common issues", "Kubernetes notes, Kubernetes pods, Kubernetes nodes. Common issues")
    facts = _facts(text)
    assert "Can I query by time?" in facts


def test_a_description_opening_on_a_capitalised_word_names_no_product() -> None:
    # "These questions are …": a sentence's first word is no name.
    text = _GENERIC_FAQ.replace(
        "FAQ for Loomdb troubleshooting.", "These questions are asked by new users."
    ).replace("Common issues", "These notes. These pages. These tips. Common issues")
    facts = _facts(text)
    assert "Can I query by time?" in facts
