"""Shapes left by the held-out review 17, each on a synthetic document (no wording of
any reviewed file)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Paragraph, parse_document
from tests.helpers import card_texts

GLUED_SHORTCODE = """# Widgets

## Limits

{{< note >}}
As of Frobnicator v{{< skew currentVersion >}}, you cannot set a custom size for the
`spool.max` metric. The spool lives in `/var/spool/frob` and holds at most 64 entries.
{{< /note >}}

The spool is small. Releases before v1.2 and through to v{{< skew latestVersion >}} keep
it in memory. Older releases (such as {{< skew oldestVersion >}}) wrote it to disk.
"""


def test_a_sentence_with_a_value_shortcode_glued_inside_a_word_is_left_out() -> None:
    items = parse_document(GLUED_SHORTCODE).items
    texts = [i.block.text for i in items if isinstance(i.block, Paragraph)]
    # The sentence that holds half a value goes whole ("v1.2" is no sentence end); the
    # rest of its paragraph stays, and a gap inside a parenthetical takes only that.
    assert texts == ["The spool is small. Older releases wrote it to disk."]
    notes = build_deck(GLUED_SHORTCODE, "widgets.md").notes
    cards = [t for n in notes for t in card_texts(n)]
    assert not any("Frobnicator" in t or "spool.max" in t or " v," in t for t in cards)
