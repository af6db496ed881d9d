"""A labelled disclaimer ("> DISCLAIMER: …") says what the page does not promise: no
card; a labelled notice of another kind is still asked, its upper-case label lower-cased
whole ("what upcoming change is announced?")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import card_texts

DOC = """\
# Drivers

## Production drivers

> DISCLAIMER: Information in this table has not been validated by the storage group.

> UPCOMING CHANGE: The in-tree cinder plugin is removed in the next release.

Each driver ships its own controller and node plugin, and registers itself with kubelet.
"""


def test_a_disclaimer_makes_no_card_and_a_notice_keeps_its_label_readable() -> None:
    texts = [t for note in build_deck(DOC, "drivers.md").notes for t in card_texts(note)]
    assert not [t for t in texts if "validated" in t or "isclaimer" in t]
    assert "Production drivers: what upcoming change is announced?" in texts, texts
