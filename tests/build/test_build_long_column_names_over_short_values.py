"""A two-column table headed by a long noun phrase over short values ("Volume type |
Required Kubernetes version for volume expansion" over `1.11`) has a real header: each
row is asked by it, never the header row as a fact of its own. A first row that is a
sentence over sentences is still data."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Storage Classes

## Volume expansion

| Volume type | Required Kubernetes version for volume expansion |
| :---------- | :----------------------------------------------- |
| Azure File  | 1.11                                             |
| CSI         | 1.24                                             |

## ClusterIP

| Purpose | Internal-only communication between pods in one cluster |
| ------- | ------------------------------------------------------- |
| Scope   | Reachable from inside the cluster only, never outside   |
"""


def test_a_long_header_over_short_values_names_the_column() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "storage.md").notes)]
    assert pairs[:2] == [
        ("Volume type Azure File: required Kubernetes version for volume expansion?", "1.11"),
        ("Volume type CSI: required Kubernetes version for volume expansion?", "1.24"),
    ]


def test_a_sentence_row_over_sentences_is_still_data() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "storage.md").notes)]
    assert pairs[2:] == [
        ("ClusterIP: purpose?", "Internal-only communication between pods in one cluster"),
        ("ClusterIP: scope?", "Reachable from inside the cluster only, never outside"),
    ]
