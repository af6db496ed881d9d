"""A shortcode callout (``{{< alert >}}``) whose body opens on a bold line alone
(``<b>Deprecated</b><br>``, ``**Title**``), or whose opener gives ``title="…"``: that line
names the callout and is never fused into its text ("Deprecated The use of …")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, parse_document
from tests.helpers import card_texts, clozes

DOC = """\
# Taggers

## envTemplate

{{< alert >}}
<b>Deprecated</b><br>

The use of `IMAGE_NAME` as a built-in variable holding the image name has been deprecated.
{{< /alert >}}

{{< alert title="Image digests are immutable" >}}
A pushed image is referenced by tag and digest, so a moved tag never changes what runs.
{{< /alert >}}

{{< warning >}}
**Registry mirrors**

Mirrors are consulted in order and the first reachable one wins.
{{< /warning >}}
"""


def test_a_bold_first_line_or_title_argument_titles_the_callout() -> None:
    callouts = [i.block for i in parse_document(DOC).items if isinstance(i.block, Callout)]
    assert [(c.kind, c.title, c.text[:30]) for c in callouts] == [
        ("alert", "Deprecated", "The use of `IMAGE_NAME` as a b"),
        ("alert", "Image digests are immutable", "A pushed image is referenced b"),
        ("warning", "Registry mirrors", "Mirrors are consulted in order"),
    ]


def test_a_notice_word_title_is_no_question_and_no_word_of_the_card() -> None:
    notes = build_deck(DOC, "taggers.md").notes
    texts = [t for note in notes for t in card_texts(note)]
    assert not [t for t in texts if "Deprecated The use" in t or "deprecated?" in t]
    assert [note.text for note in clozes(notes)] == [
        "Taggers: The use of {{c1::`IMAGE_NAME`}} as a built-in variable holding the image name"
        " has been deprecated."
    ]
