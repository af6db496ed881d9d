"""A cloze never hides an acronym beside the words it abbreviates, nor those words
beside their acronym ("Orbit Pod Service ({{c1::OPS}})"): one gives the other away, and
the card tests no fact. Read from a synthetic study-notes page in the shape of cloud
certification notes (nested service lists with bracketed acronyms)."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.cloze import spelled_out_beside
from quizkit.notes import ClozeNote

NOTES = """\
# Orbit Cloud Fundamentals

## Orbit compute options

- Virtual machines
  - A host sized to the workload, billed by the second
  - Scale sets keep between 2 and 1000 identical machines running
- Containers
  - [Orbit Container Runner (OCR)](https://example.org/ocr)
  - [Orbit Pod Service (OPS)](https://example.org/ops)
"""


def test_a_service_named_with_its_acronym_makes_no_acronym_cloze() -> None:
    texts = [n.text for n in build_deck(NOTES, "orbit.md").notes if isinstance(n, ClozeNote)]
    assert not any("{{c1::OCR}}" in t or "{{c1::OPS}}" in t for t in texts)


def _beside(text: str, hidden: str) -> bool:
    start = text.index(hidden)
    return spelled_out_beside(text, start, start + len(hidden))


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Orbit Pod Service (OPS)", "OPS"),
        ("Single-Sign-On (SSO)", "SSO"),
        ("Identity and Access Management (IAM) grants roles", "IAM"),
        ("all Reliable Datagram Protocol (RDP) apps", "Reliable Datagram Protocol"),
        ("clusters hosted on OPS (Orbit Pod Service)", "OPS"),
        ("clusters hosted on OPS (Orbit Pod Service)", "Orbit Pod Service"),
        ("secrets kept in hardware security modules (HSMs)", "HSMs"),
    ],
)
def test_an_acronym_and_its_words_give_each_other_away(text: str, hidden: str) -> None:
    assert _beside(text, hidden)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("The limit is 30 (OPS)", "OPS"),  # the words before spell something else
        ("Use Kubernetes (OPS) to run it", "OPS"),
        ("Pods use NAT (not SNAT) by default", "NAT"),  # the bracket is an aside
        ("the OPS (30 nodes) cluster", "OPS"),
        ("Set `port` (`80`) here", "`port`"),
    ],
)
def test_a_bracketed_aside_is_no_spelled_out_acronym(text: str, hidden: str) -> None:
    assert not _beside(text, hidden)
