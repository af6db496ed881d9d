"""Value shortcodes glued inside a word, heading attributes, question divs paired with
answer divs and details titled by their summary, each on a synthetic document (no wording of
any reviewed file)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Paragraph, parse_document
from tests.helpers import card_texts, facts

GLUED_SHORTCODE = """# Widgets

## Limits

{{< note >}}
As of Frobnicator v{{< skew currentVersion >}}, you cannot set a custom size for the
`spool.max` metric. The spool lives in `/var/spool/frob` and holds at most 64 entries.
{{< /note >}}

The spool is small. Releases before v1.2 and through to v{{< skew latestVersion >}} keep
it in memory. Older releases (such as {{< skew oldestVersion >}}) wrote it to disk.
See the [spool spec](/docs/api/v{{< skew latestVersion >}}/#spool) for the fields.
"""


def test_a_sentence_with_a_value_shortcode_glued_inside_a_word_is_left_out() -> None:
    items = parse_document(GLUED_SHORTCODE).items
    texts = [i.block.text for i in items if isinstance(i.block, Paragraph)]
    # The sentence that holds half a value goes whole ("v1.2" is no sentence end); the
    # rest of its paragraph stays, and a gap inside a parenthetical takes only that.
    # A shortcode in a link's address is no gap in the text (the link is unwrapped later).
    assert texts == [
        "The spool is small. Older releases wrote it to disk.\n"
        "See the [spool spec](/docs/api/v/#spool) for the fields."
    ]
    notes = build_deck(GLUED_SHORTCODE, "widgets.md").notes
    cards = [t for n in notes for t in card_texts(n)]
    assert not any("Frobnicator" in t or "spool.max" in t or " v," in t for t in cards)


DIV_EXERCISES = """# Sourdough

## Feeding the starter {#feeding .book-section}

### Task 3.2.1 {.unnumbered .exercise data-number="3.2.1"}

<div class="question">

Which flour makes the starter rise fastest?

</div>

<div class="answer">

Rye flour, because it carries more wild yeast than white flour.

</div>

### Task 3.2.2 {-}

<div class="question">
How warm should the starter be kept?
</div>

<div class="answer">
Between 24 and 27 °C.
</div>

### Task 3.2.3

<div class="question">

Bake a loaf with your starter.

</div>
"""


def test_heading_attributes_are_stripped_and_question_divs_pair_with_answer_divs() -> None:
    notes = build_deck(DIV_EXERCISES, "sourdough.md").notes
    cards = {n.front: n.back for n in facts(notes)}
    assert cards["Which flour makes the starter rise fastest?"] == (
        "Rye flour, because it carries more wild yeast than white flour."
    )
    assert cards["How warm should the starter be kept?"] == "Between 24 and 27 °C."
    sections = {n.origin.section for n in notes if n.origin is not None}
    assert "Feeding the starter › Task 3.2.1" in sections
    assert not any("{" in s or "data-number" in s for s in sections)
    said = [t for n in notes for t in card_texts(n)]
    # A task with no answer div makes no question card.
    assert not any(t.startswith("Bake a loaf") and t.endswith("?") for t in said)
    assert not any("<div" in t or "unnumbered" in t for t in said)


FOLDED_TABLES = """# Kettlebox

## Comparison

<details>
<summary>Which kettle boils fastest?</summary>

kettlebox, in 95 s.

</details>

<details>
  <summary>🔍 <b>Feature matrix</b> against <i>others</i></summary>

| Feature | kettlebox | potmate |
|---------|:---------:|:-------:|
| `Auto shut-off` | ✅ | ❌ |
| `Keep warm` | ✅ | ✅ |
| `Descaling alarm` | ✅ | ❌ |
| `Cordless base` | ❌ | ✅ |
</details>

<details>
<summary>Boil times against them</summary>

| Kettle | Time to boil |
|--------|--------------|
| kettlebox | 95 s |
| potmate | 140 s |

</details>
"""


def test_a_details_titled_by_its_summary_reads_its_table_as_a_section() -> None:
    notes = build_deck(FOLDED_TABLES, "kettlebox.md").notes
    cards = {n.front: n.back for n in facts(notes)}
    assert cards["kettlebox: `Auto shut-off`?"] == "Yes"
    assert cards["potmate: `Auto shut-off`?"] == "No"
    assert cards["potmate: time to boil?"] == "140 s"
    # Each folded table is a section of its own, under the section it sits in.
    sections = {n.origin.section for n in facts(notes) if n.origin and "potmate" in n.front}
    assert sections == {
        "Comparison › Feature matrix against others",
        "Comparison › Boil times against them",
    }
    # A summary that asks stays the author's question.
    assert cards["Which kettle boils fastest?"] == "kettlebox, in 95 s."


COMPARED_WITH_A_LIST = """# Teapot FAQ

## How does Teapot compare to Kettle?

Kettle is another vessel that heats water on a stove. It is loved by many!

Here is a short list of the differences:

- Kettle boils water, Teapot only steeps leaves in it.
- Kettle has a whistle, Teapot has a strainer.

## How is Teapot cleaned?

Teapot is rinsed with warm water after each use.

Three things were weighed when the glaze was chosen:

- Resistance to tannin stains.
- Cost of the firing.
"""


def test_a_comparison_answer_keeps_the_lead_in_and_its_list() -> None:
    cards = {n.front: n.back for n in facts(build_deck(COMPARED_WITH_A_LIST, "tea.md").notes)}
    assert cards["How does Teapot compare to Kettle?"] == (
        "Kettle is another vessel that heats water on a stove. It is loved by many!\n"
        "Here is a short list of the differences:\n"
        "• Kettle boils water, Teapot only steeps leaves in it.\n"
        "• Kettle has a whistle, Teapot has a strainer."
    )
    # A question the first paragraph answers keeps only that paragraph.
    assert cards["How is Teapot cleaned?"] == "Teapot is rinsed with warm water after each use."
