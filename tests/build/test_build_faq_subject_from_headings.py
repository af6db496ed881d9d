"""A FAQ titled only "FAQ" whose questions keep naming its product while the answers name
other products as often: the headings say what the page is about. A brand written with a
lower-case head ("zKettle") is a name. A list's announced question asks of the section,
never of a page titled only "FAQ"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.subject import document_subject
from quizkit.notes import FactNote

KETTLE_FAQ = """# FAQ

### What voltages are supported? {#voltages}

Today, zKettle requires 230 V mains.

### Which lids fit? {#lids}

zKettle takes Aqua lids and Brewer lids.

### Do I need to descale my Aqua filter to use zKettle? {#descale}

No. zKettle runs with an Aqua filter as it is.

### What water does zKettle accept? {#water}

zKettle accepts tap water. Aqua filters help with hard water.

### Can I brew tea using zKettle? {#tea}

Yes. Brewer baskets fit inside.

## Troubleshooting

### My kettle clicks but does not boil

This is normally shown by a red light on the base. Aqua bases and Brewer bases
both do this when the element is dry. There are a few different workarounds you can try:

*   Fill the kettle above the minimum mark.
*   Reset the base by unplugging it for a minute.
"""


def _fronts(text: str) -> list[str]:
    return [n.front for n in build_deck(text, "faq.md").notes if isinstance(n, FactNote)]


def test_the_product_the_headings_keep_naming_is_the_subject() -> None:
    assert document_subject("FAQ", KETTLE_FAQ) == "zKettle"
    fronts = _fronts(KETTLE_FAQ)
    assert "zKettle: What voltages are supported?" in fronts
    assert "zKettle: Which lids fit?" in fronts
    # A question naming the product stays as the author wrote it.
    assert "What water does zKettle accept?" in fronts


def test_an_announced_list_asks_of_its_section_not_of_a_faq_title() -> None:
    fronts = _fronts(KETTLE_FAQ)
    assert (
        "In zKettle, my kettle clicks but does not boil: what are the different workarounds"
        " you can try?" in fronts
    )
    assert not [f for f in fronts if f.endswith(" of FAQ?")]


def test_headings_naming_two_products_alike_give_no_subject() -> None:
    # Brewer as often as zKettle in the headings: no name leads, nothing is sure.
    text = KETTLE_FAQ.replace("### Which lids fit?", "### Which Brewer lids fit Brewer?").replace(
        "### What voltages are supported?", "### What Brewer voltages are supported?"
    )
    text = text.replace("### Can I brew tea using zKettle?", "### Can I brew tea using Brewer?")
    assert document_subject("FAQ", text) == ""


def test_comment_lines_in_front_matter_are_no_headings() -> None:
    # Seven YAML comments naming Brewer would outnumber the headings' zKettle (3) twice
    # over if read as headings; front matter is no part of the page's text.
    comments = "".join(f"# synced by Brewer {part}\n" for part in "abcdefg")
    text = f"---\n{comments}weight: 3\n---\n{KETTLE_FAQ}"
    assert document_subject("FAQ", text) == "zKettle"
