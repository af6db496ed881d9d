"""A requirement stated with the verb "requires" ("Gate replication happens
automatically but requires the `primary_garden` setting to be set …") is a key sentence
as "must" and "required" are: the code right after it is hidden. A sentence pointing
back ("This requires …") or naming its code far from the verb makes none."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

PAGE = """# Lantern Mesh

## Gate Replication

Gate replication happens automatically but requires the `primary_garden` setting to be
set to the garden that is authoritative for gates.

This requires the `lantern_token` setting in every secondary garden of the mesh.

Lantern mesh requires every garden to name one keeper host in its `keeper_host` field.
"""


def test_requires_hides_the_code_it_requires() -> None:
    texts = [n.text for n in build_deck(PAGE, "lanterns.md").notes if isinstance(n, ClozeNote)]
    assert texts == [
        "Gate replication happens automatically but requires the {{c1::`primary_garden`}}"
        " setting to be set to the garden that is authoritative for gates."
    ]
