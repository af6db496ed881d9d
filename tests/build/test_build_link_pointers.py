"""Navigation left in cards (held-out reviews 24 and 25): a sentence whose only job was
its link ("For details, see [X](…)", "Read more [here](…)", "(which we cover in the
[next lesson](…))", "As mentioned in the [previous section](…), …") loses that job when
the link is flattened to text, and a list of links or "see/review" pointers is a reading
list. Each shape is read from a synthetic document with none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import ListBlock, Paragraph, parse_document
from quizkit.notes import Note


def _backs(notes: tuple[Note, ...]) -> str:
    return "\n".join(getattr(n, "back", "") or getattr(n, "text", "") for n in notes)


POINTER_SENTENCES = (
    "# Kettle guide\n"
    "\n"
    "## Descaling\n"
    "\n"
    "Descale the kettle once a month with citric acid. For details, see"
    " [Descaling schedule](#schedule).\n"
    "\n"
    "## Boiling\n"
    "\n"
    "- A full kettle boils in four minutes. Read more about boiling times"
    " [here...](https://example.org/boil)\n"
    "- An empty kettle trips its thermal fuse (see [Fuses](fuses.md)).\n"
    "- Keeps water warm for an hour (which we cover in the [next lesson](lesson3.md)).\n"
    "\n"
    "## Registry\n"
    "\n"
    "As mentioned in the [earlier part](#descaling), the spout filter is washable."
    " Refer to the [care guide](/care) for more details.\n"
)


def test_a_sentence_that_only_points_at_its_link_leaves_the_paragraph() -> None:
    texts = [
        located.block.text
        for located in parse_document(POINTER_SENTENCES).items
        if isinstance(located.block, Paragraph)
    ]
    assert "Descale the kettle once a month with citric acid." in texts
    assert "The spout filter is washable." in texts
    assert not any("see" in t.lower() or "refer" in t.lower() for t in texts)


def test_a_pointer_inside_a_list_item_goes_and_the_fact_stays() -> None:
    lists = [
        located.block
        for located in parse_document(POINTER_SENTENCES).items
        if isinstance(located.block, ListBlock)
    ]
    assert [block.items for block in lists] == [
        (
            "A full kettle boils in four minutes.",
            "An empty kettle trips its thermal fuse.",
            "Keeps water warm for an hour.",
        )
    ]
    backs = _backs(build_deck(POINTER_SENTENCES, "kettle.md").notes)
    for remnant in ("Read more", "here...", "see Fuses", "next lesson", "care guide"):
        assert remnant not in backs


def test_a_pointer_without_a_link_is_text_and_stays() -> None:
    # Only the link makes the sentence a pointer: without one it is the page's words.
    text = "# Kettle guide\n\n## Use\n\nSee that the lid clicks shut before you boil.\n"
    texts = [b.block.text for b in parse_document(text).items if isinstance(b.block, Paragraph)]
    assert texts == ["See that the lid clicks shut before you boil."]


POINTER_ANSWERS = (
    "# Kettle FAQ\n"
    "\n"
    "## Which voltages are supported?\n"
    "\n"
    "Check our [voltage table](./voltages.md).\n"
    "\n"
    "## How long is the warranty?\n"
    "\n"
    "The warranty lasts two years from the date of purchase.\n"
)


def test_an_answer_that_is_only_a_pointer_makes_no_card() -> None:
    deck = build_deck(POINTER_ANSWERS, "kettle-faq.md")
    fronts = [getattr(n, "front", "") for n in deck.notes]
    assert not any("voltage" in front.lower() for front in fronts)
    assert any("warranty" in front.lower() for front in fronts)


READING_LISTS = (
    "# Kettle guide\n"
    "\n"
    "## Filling\n"
    "\n"
    "Fill the kettle to the MAX line and no further, or it spits boiling water.\n"
    "\n"
    "For more information:\n"
    "\n"
    "- See how to [pick a filter](filters.md).\n"
    "- Review [supported kettles](kettles.md) to see the capacity of each model.\n"
    "\n"
    "## Further topics\n"
    "\n"
    "* Where to buy\n"
    "    * [Online shops](https://example.org/shops)\n"
    "    * [Hardware stores](https://example.org/stores)\n"
    "* What to buy\n"
    "    * [Glass kettles](https://example.org/glass)\n"
    "    * [Steel kettles](https://example.org/steel)\n"
)


def test_a_list_of_pointers_or_titled_links_makes_no_card() -> None:
    lists = [
        located.block
        for located in parse_document(READING_LISTS).items
        if isinstance(located.block, ListBlock)
    ]
    assert [all(block.links) for block in lists] == [True, True]
    backs = _backs(build_deck(READING_LISTS, "kettle-lists.md").notes)
    for navigation in ("pick a filter", "supported kettles", "Online shops", "Glass kettles"):
        assert navigation not in backs


def test_a_titled_list_with_facts_is_kept() -> None:
    text = (
        "# Kettle guide\n\n## Models\n\n"
        "* Glass kettles\n    * [Aurora](https://example.org/a)\n"
        "    * Boils one litre in three minutes\n"
        "* Steel kettles\n    * [Boreal](https://example.org/b)\n"
        "    * Keeps water warm for an hour\n"
    )
    [block] = [b.block for b in parse_document(text).items if isinstance(b.block, ListBlock)]
    assert not any(block.links)


def test_a_sentence_that_goes_on_past_its_link_is_an_instruction_and_stays() -> None:
    text = (
        "# Kettle guide\n\n## Fuse\n\n"
        "Check the fuse box under your [kettle base](base.md) and replace the blown fuse.\n"
    )
    texts = [b.block.text for b in parse_document(text).items if isinstance(b.block, Paragraph)]
    assert texts == ["Check the fuse box under your kettle base and replace the blown fuse."]


def test_a_paragraph_that_is_only_an_aside_pointing_at_its_link_is_dropped() -> None:
    text = (
        "# Kettle guide\n\n## Example\n\nThe kettle boils in four minutes.\n\n"
        "([Boiling in depth](boil.md) takes you through this example in more detail).\n"
    )
    texts = [b.block.text for b in parse_document(text).items if isinstance(b.block, Paragraph)]
    assert texts == ["The kettle boils in four minutes."]
