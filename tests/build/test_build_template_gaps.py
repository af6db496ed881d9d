"""Template shapes (Jekyll/Liquid templating in documentation pages, a
value shortcode dropped mid-sentence), each read from a synthetic document that has the
shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Paragraph, parse_document
from quizkit.notes import ClozeNote, FactNote

LIQUID_FAQ = (
    "---\n"
    "title: Kiln FAQ\n"
    "---\n"
    "\n"
    "## Choosing a kiln\n"
    "\n"
    "### What is a kiln?\n"
    "\n"
    "{% include {{ page.version.version }}/faq/what-is-a-kiln.md %}\n"
    "\n"
    "### How fast does a kiln heat up?\n"
    "\n"
    "A small kiln reaches 1000 degrees in about three hours, and supports"
    " [several firing schedules]({% link {{ page.version.version }}/schedules.md %}#slow)"
    " for glazes.\n"
    "\n"
    "### How do I start firing?\n"
    "\n"
    "Order a {{ site.data.products.starter }} kit from the shop and plug it in. Then read"
    " [Safety]({% link guides/safety.md %}) and [Wiring]({{ site.baseurl }}/guides/wire/).\n"
    "\n"
    "### Which kiln sizes exist?\n"
    "\n"
    "There are three sizes of kiln:\n"
    "\n"
    "- **Kiln {{ site.data.sizes.small }}**: A tabletop kiln that plugs into a household"
    " socket and fires a few mugs at a time for hobby potters who work at home.\n"
    "- **Kiln {{ site.data.sizes.medium }}**: A floor kiln on its own circuit that fires"
    " a shelf of bowls at once for classes and small studios with several members.\n"
    "- **Kiln {{ site.data.sizes.large }}**: A walk-in kiln with a gas burner that fires"
    " whole sculptures for production workshops that need to fire every single day.\n"
)


def test_liquid_include_alone_is_no_answer_and_liquid_tokens_never_reach_a_card() -> None:
    deck = build_deck(LIQUID_FAQ, "kiln-faq.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert "What is a kiln?" not in facts
    assert facts["Kiln: How do I start firing?"] == (
        "Order a kit from the shop and plug it in. Then read Safety and Wiring."
    )
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    texts = [*facts, *facts.values(), *clozes]
    assert not [t for t in texts if "{%" in t or "{{ " in t or "](" in t]
    assert any("supports several firing schedules for glazes" in t for t in texts)


def test_items_whose_labels_lose_a_template_value_keep_their_descriptions() -> None:
    deck = build_deck(LIQUID_FAQ, "kiln-faq.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    back = facts["Which kiln sizes exist?"]
    assert back.split("\n")[1].startswith("• Kiln: A tabletop kiln that plugs into")
    assert "fires whole sculptures" in back


VALUE_GAPS = (
    "# Widget gates\n"
    "\n"
    "## Spin limits\n"
    "\n"
    "The `spinLimit` field is a beta-level field and is enabled by default in\n"
    "Widgets {{< skew currentVersion >}}.\n"
    "When you want to turn it off, set the `SpinLimit` switch to false in the\n"
    "widget configuration file.\n"
    "\n"
    "## History\n"
    "\n"
    "Spin limits were added as an alpha feature in Widgets v1.10. In Widgets\n"
    "{{< skew currentVersion >}} the feature is beta and is enabled by default.\n"
    "The `spinLimit` field caps rotations at 3000 per minute.\n"
)


def test_a_sentence_whose_value_shortcode_is_gone_is_dropped_whole() -> None:
    said = [
        i.block.text for i in parse_document(VALUE_GAPS).items if isinstance(i.block, Paragraph)
    ]
    assert said == [
        "When you want to turn it off, set the `SpinLimit` switch to false in the\n"
        "widget configuration file.",
        "Spin limits were added as an alpha feature in Widgets v1.10. "
        "The `spinLimit` field caps rotations at 3000 per minute.",
    ]
    # A gap elsewhere closes up, with no space left before the punctuation after it.
    words = parse_document("# T\n\nBuy the **Kit {{< product >}}**: a box of tools.\n")
    assert [i.block.text for i in words.items if isinstance(i.block, Paragraph)] == [
        "Buy the Kit: a box of tools."
    ]


ASIDE_FIRST = (
    "# Bread questions\n"
    "\n"
    "### Why does dough rise?\n"
    "\n"
    "Note: strictly speaking the gas, not the dough, does the work here.\n"
    "\n"
    "Yeast eats the sugars in the flour and gives off carbon dioxide, which the gluten"
    " traps in small bubbles.\n"
    "\n"
    "### How do I shape a loaf?\n"
    "\n"
    "Nota: the same steps work for rolls.\n"
    "\n"
    "Fold the dough like this:\n"
    "\n"
    "```text\n"
    "fold top third down, bottom third up, roll seam-side down\n"
    "```\n"
    "\n"
    "### What is a banneton?\n"
    "\n"
    "Note: A banneton is a cane basket that holds a loaf while it proofs.\n"
)


def test_a_first_paragraph_that_is_an_aside_is_not_the_back() -> None:
    deck = build_deck(ASIDE_FIRST, "bread.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts["Why does dough rise?"] == (
        "Yeast eats the sugars in the flour and gives off carbon dioxide, which the gluten"
        " traps in small bubbles."
    )
    assert facts["How do I shape a loaf?"] == (
        "Fold the dough like this:\nfold top third down, bottom third up, roll seam-side down"
    )
    # With nothing after it, the "Note:" paragraph is the answer.
    assert facts["What is a banneton?"].endswith("a cane basket that holds a loaf while it proofs.")


POINTING_LEAD_INS = (
    "# Garden tools\n"
    "\n"
    "## Mowers\n"
    "\n"
    "Electric mowers are quiet. The hardware store down the road has also started selling"
    " a small battery robot mower this spring, but it currently has a few limitations:\n"
    "\n"
    "- It cannot cut slopes steeper than twenty degrees on wet grass.\n"
    "- It needs a boundary wire buried around the whole lawn.\n"
    "\n"
    "## Hedges\n"
    "\n"
    "Hedge shears take a `blade-guard` sleeve when stored.\n"
    "\n"
    "To make use of that sleeve for long storage:\n"
    "\n"
    "1. Oil the blades.\n"
    "2. Slide the sleeve on until it clicks.\n"
    "\n"
    "## Compost\n"
    "\n"
    "Turn the heap every week.\n"
    "\n"
    "Also notice:\n"
    "\n"
    "- A hot heap kills most weed seeds within a month.\n"
    "- A heap needs air at the bottom.\n"
    "\n"
    "## Rakes\n"
    "\n"
    "The shop sells three kinds of rake:\n"
    "\n"
    "- Leaf rakes for lawns in autumn.\n"
    "- Bow rakes for levelling soil.\n"
    "- Thatch rakes for moss.\n"
)


def test_a_list_lead_in_that_points_back_makes_no_card() -> None:
    deck = build_deck(POINTING_LEAD_INS, "garden.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not [f for f in fronts if "limitations" in f or "sleeve" in f or "notice" in f]
    # A lead-in that names its subject still asks its list.
    assert [f for f in fronts if "three kinds of rake" in f]


BACKGROUND_FIRST = (
    "# Kiln questions\n"
    "\n"
    "### How does Firebox stay both hot and safe?\n"
    "\n"
    "The fire triangle says that a flame needs all of the following three things:\n"
    "\n"
    "- Heat\n"
    "- Fuel\n"
    "- Oxygen\n"
    "\n"
    "Firebox is a sealed kiln. It meters the oxygen it lets in, so the flame never grows"
    " past the chamber.\n"
    "\n"
    "### How does Firebox keep the glaze even?\n"
    "\n"
    "The glaze runs when it is too thick, as the following shows:\n"
    "\n"
    "- Drips\n"
    "- Pools\n"
    "\n"
    "Glaze should be brushed on in thin coats.\n"
)


def test_background_with_its_own_list_before_the_answer_naming_the_subject_is_skipped() -> None:
    deck = build_deck(BACKGROUND_FIRST, "kiln.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts["How does Firebox stay both hot and safe?"] == (
        "Firebox is a sealed kiln. It meters the oxygen it lets in, so the flame never grows"
        " past the chamber."
    )
    # The paragraph after the list does not open on the question's name: the first
    # paragraph and its list stay the answer.
    assert facts["How does Firebox keep the glaze even?"].startswith("The glaze runs when")


MEANS_LEAD_INS = (
    "# Ferry routing\n"
    "\n"
    "## Harbour rules\n"
    "\n"
    "The harbour master writes the following rule for the night ferry:\n"
    "\n"
    "```\n"
    "dock night-ferry if { tide high } { wind lt 20 }\n"
    "```\n"
    "\n"
    "Which means the night ferry will dock at the north pier when:\n"
    "\n"
    "- The tide is high at the harbour mouth.\n"
    "- The wind is below twenty knots.\n"
    "\n"
    "## Fares\n"
    "\n"
    "Tickets go on sale at noon. That means:\n"
    "\n"
    "- Morning queues are short.\n"
    "- Evening boats sell out first.\n"
    "\n"
    "## Crews\n"
    "\n"
    "The night ferry carries three kinds of crew:\n"
    "\n"
    "- Deckhands for the ropes.\n"
    "- Pilots for the channel.\n"
    "- Stewards for the cabins.\n"
)


def test_a_list_lead_in_opening_on_which_means_makes_no_card() -> None:
    # "Which means …" / "That means:" continue the sentence or fence before them: a
    # front asking them alone would not say what is meant.
    deck = build_deck(MEANS_LEAD_INS, "ferry.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not [f for f in fronts if "means" in f.lower()]
    assert not [f for f in fronts if "Morning queues" in f or "north pier" in f]
    # A lead-in that names its subject still asks its list.
    assert [f for f in fronts if "three kinds of crew" in f]
