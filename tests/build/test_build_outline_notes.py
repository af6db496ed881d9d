"""Study notes written as an outline (a topic alone on its bullet, many indented notes
under it) make a card per note about the topic, never one front asking the bare topic
over every note joined; the author's scored tries make none."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote, FactNote

_PAGE = """# Weaving Study Notes

## Machines
* `Loomer`
    * Weaves with Jacquard cards to pick threads
    * Flatten - Joins many warps of the SAME yarn into one sheet
    * Partition - Splits a sheet into smaller sheets
    * Holds a spare Bobbin shuttle
        * Swapped in when the first one breaks
    * 3 kinds of knots fit most cloths:
        * Square - flat and even
        * Slip - undone with one pull
* `Spinner`
    * Turns raw Merino fleece into yarn
    * Twist - set by the spindle speed
    * but only for wool

## Test Results
* Practice Set A:
    * Attempt 1: 15/29 - 51.7% (Week 1)
    * Attempt 2: 29/29 - 100% (Week 6)
* Practice Set B:
    * Attempt 1: 38/50 - 76.0% (Week 6)
    * Attempt 2: 47/50 - 94.0% (Week 7)
"""

# A term list whose items carry a short list of values: not an outline of notes.
_TERMS = """# Loom Settings

* `warp`:
    * cotton
    * wool
* `weft`:
    * silk
    * linen
"""

# Paragraphs of policy under category labels: each label's definition, not an outline
# of short notes to card one by one.
_POLICY = """# Loom Support Tiers

## Tier 2

Tier 2 features, by category, include:

* Frame:
    * Tests run in CI for this frame on every change, either directly on the loom or on an
      emulated loom, so all Tier 1 features are tested here.
    * Complete implementations of anything in Tier 1 are required, so every Tier 2 frame
      implements all of the Tier 1 weaving patterns as well.
* Upkeep:
    * All developers are expected to handle minor changes that touch Tier 2 parts, as long as
      the affected part is small and well understood.
    * Keepers of a Tier 2 part reply to requests within a week and help with larger changes that
      touch their part of the loom.
    * Major changes to Tier 2 parts need a proposal reviewed by their keepers before any of the
      work is merged into the main loom.
"""


def test_each_note_of_a_topic_is_its_own_card() -> None:
    deck = build_deck(_PAGE, "weaving.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert facts == {
        "`Loomer`: flatten?": "Joins many warps of the SAME yarn into one sheet",
        "`Loomer`: partition?": "Splits a sheet into smaller sheets",
        "`Loomer`: 3 kinds of knots fit most cloths?": (
            "• Square - flat and even\n• Slip - undone with one pull"
        ),
        "`Spinner`: twist?": "Set by the spindle speed\n• But only for wool",
    }
    assert clozes == [
        "`Loomer`: Weaves with {{c1::Jacquard}} cards to pick threads",
        "`Loomer`: Holds a spare {{c1::Bobbin}} shuttle\n• Swapped in when the first one breaks",
        "`Spinner`: Turns raw {{c1::Merino}} fleece into yarn",
    ]
    assert not any(n.front.endswith("`Loomer`?") for n in deck.notes if isinstance(n, FactNote))


def test_scored_tries_make_no_card() -> None:
    deck = build_deck(_PAGE, "weaving.md")
    # Tries labelled alike under each topic ("Attempt 1", "Attempt 2") are no spec's
    # fields either: no card at all.
    assert not [n for n in deck.notes if n.id.startswith("test-results")]


def test_a_term_list_of_short_values_is_no_outline() -> None:
    deck = build_deck(_TERMS, "settings.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts == {
        "Loom Settings: `warp`?": "Cotton; wool",
        "Loom Settings: `weft`?": "Silk; linen",
    }


def test_paragraphs_under_category_labels_are_no_outline() -> None:
    deck = build_deck(_POLICY, "tiers.md")
    assert not [n for n in deck.notes if isinstance(n, ClozeNote)]
    assert [n.id for n in deck.notes] == ["tier-2/tier-2-features-by-category-include"]


# One topic nesting topics of its own, notes labelled with an arrow.
_DEEP = """# Loom Notes

## Frames

- Frames come in several kinds
- Kinds available
    - Floor frame
        - Stands on its own legs in the middle of the room
        - Good for wide cloths of heavy Merino wool
    - Table frame
        - Clamps to a table edge when weaving
        - Good for narrow bands and samples

## Heddles

- Heddle sizes
    - Fine ⇒ for silk and thin cotton threads
    - Coarse ⇒ for thick wool and rug yarns
    - Medium ⇒ for most plain cotton work
- Heddle care
    - Oil the Ashford reeds once a month
    - Keep them dry between weaving sessions
"""


def test_a_topic_nesting_topics_asks_each_of_them() -> None:
    deck = build_deck(_DEEP, "loom.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts == {
        "Kinds available: floor frame?": (
            "• Stands on its own legs in the middle of the room\n"
            "• Good for wide cloths of heavy Merino wool"
        ),
        "Kinds available: table frame?": (
            "• Clamps to a table edge when weaving\n• Good for narrow bands and samples"
        ),
        "Heddle sizes: fine?": "For silk and thin cotton threads",
        "Heddle sizes: coarse?": "For thick wool and rug yarns",
        "Heddle sizes: medium?": "For most plain cotton work",
    }
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert clozes == ["Heddle care: Oil the {{c1::Ashford}} reeds once a month"]


# Names each giving the same labelled fields: a spec's records, read whole per name.
_FIELDS = """# Loom Counters

## Counters

- `shuttle_passes`
  - **Type**: counter
  - **Description**: counts every pass of the shuttle, broken threads included.
- `pass_duration`
  - **Type**: histogram
  - **Description**: how long each pass takes.
    - `pass_duration_count`: the number of passes measured.
    - `pass_duration_sum`: the sum of all pass times.
"""


def test_names_giving_the_same_fields_are_no_outline() -> None:
    deck = build_deck(_FIELDS, "counters.md")
    assert not [n for n in deck.notes if n.id.endswith("/type")]
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert fronts == ["Counters: `shuttle_passes`?", "Counters: `pass_duration`?"]
