"""A reference list whose items put a bold key alone on its line and its text on the
lines under it (``* **teamId**`` / ``  name of the team …``) is a list of definitions:
one fact per key, never one card running keys and texts together."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Cluster manifest reference

## Volume properties

* **size**
  the size of the target volume. Usual size modifiers apply. Required.

* **storageClass**
  the name of the storage class to draw the persistent volume from. Optional.
"""


def test_a_key_alone_on_its_line_is_defined_by_the_lines_under_it() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "manifest.md").notes)]
    assert pairs == [
        (
            "Volume properties: size?",
            "The size of the target volume. Usual size modifiers apply. Required.",
        ),
        (
            "Volume properties: storageClass?",
            "The name of the storage class to draw the persistent volume from. Optional.",
        ),
    ]


DEFINITION_LIST = """\
# DevOps

## Quick Definitions

* **Istio:**
  A popular service mesh for Kubernetes.
* **Hypervisor**
  : Software that creates and runs virtual machines.
"""


def test_a_separator_on_either_line_is_kept_once() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DEFINITION_LIST, "devops.md").notes)]
    assert pairs == [
        ("DevOps quick definitions: Istio?", "A popular service mesh for Kubernetes."),
        (
            "DevOps quick definitions: Hypervisor?",
            "Software that creates and runs virtual machines.",
        ),
    ]
