"""A page whose title is a sentence ending in a full stop ("Facts to remember from failed
tests.") is the author's remark on the page: its clozes are not prefixed with it. A title
naming the page's subject still leads a cloze that names nothing of it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

# Study notes in an outline: statements among topics become clozes.
NOTES = """# {title}

- For Partition groups:
    - Up to 7 partitions per rack, but each partition can hold many machines.
- Spots:
    - A Spot fleet is a collection of Spot machines, and optionally Standing machines
    - The Spot fleet tries to launch the number of Spot machines to meet the target
      capacity given in the fleet request.
    - A Spot pool is a set of unused machines with the same machine type, system and zone.
- **By default, cross-zone balancing is enabled for the Site Balancer and disabled for
  the Wire Balancer**
- A machine brought back by Watcher is the same as the first machine, including its
  number, its private addresses and all its metadata.
    - Only keeps Pebble disks, not local disks.
"""


def _clozes(title: str) -> list[str]:
    deck = build_deck(NOTES.format(title=title), "notes.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_a_sentence_title_leads_no_cloze() -> None:
    clozes = _clozes("Things to remember from failed quizzes.")
    assert len(clozes) >= 3
    assert not [c for c in clozes if "remember" in c]


def test_a_subject_title_still_leads_a_cloze() -> None:
    clozes = _clozes("Quarry Cloud")
    assert len(clozes) >= 3
    assert [c for c in clozes if c.startswith("Quarry Cloud: ")]
