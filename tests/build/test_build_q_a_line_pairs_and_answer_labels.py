"""Author questions and answers in labelled shapes (answer labels on list items, "Q:"/"A:" line
pairs, sub-headings inside answers, heading trailers), each read from a synthetic
document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Code, Paragraph, Question, parse_document
from quizkit.notes import FactNote

LABELLED_ANSWER_ITEMS = (
    "# Bakery Questions\n"
    "\n"
    "## Basics\n"
    "\n"
    "### 1. What is proofing and how does it differ from kneading?\n"
    "\n"
    "* **Answer:** Proofing is the final rise of shaped dough before baking."
    " It differs from kneading because:\n"
    "    * It rests the dough instead of working it\n"
    "    * It lets yeast fill the dough with gas\n"
    "\n"
    "| Step | Proofing | Kneading |\n"
    "|------|----------|----------|\n"
    "| Action | Rest | Work |\n"
    "\n"
    "### 2. What does steam do in the oven?\n"
    "\n"
    "- **Answer**: Steam keeps the crust soft early so the loaf can expand fully.\n"
    "- **Example**: A tray of water on the oven floor.\n"
    "\n"
    "### 3. What is the difference between fresh and dry yeast?\n"
    "\n"
    "* **Answer:**\n"
    "    * Fresh yeast: Moist blocks that keep for two weeks\n"
    "    * Dry yeast: Granules that keep for a year\n"
)


def test_answer_label_on_a_list_item_is_markup_not_card_text() -> None:
    deck = build_deck(LABELLED_ANSWER_ITEMS, "bakery.md")
    notes = {n.front: n for n in deck.notes if isinstance(n, FactNote)}
    proofing = notes["What is proofing and how does it differ from kneading?"]
    assert isinstance(proofing, FactNote)
    assert proofing.back == (
        "Proofing is the final rise of shaped dough before baking. It differs from kneading"
        " because:\n• It rests the dough instead of working it\n• It lets yeast fill the"
        " dough with gas"
    )
    # "**Answer**: …" then "**Example**: …": one answer in parts, not a list of two.
    steam = notes["What does steam do in the oven?"]
    assert isinstance(steam, FactNote)
    assert steam.back == "Steam keeps the crust soft early so the loaf can expand fully."
    yeast = notes["What is the difference between fresh and dry yeast?"]
    assert yeast.back == (
        "• Fresh yeast: Moist blocks that keep for two weeks\n"
        "• Dry yeast: Granules that keep for a year"
    )
    assert not [n for n in deck.notes if "Answer" in getattr(n, "back", "")]


QA_LINE_PAIRS = (
    "# Gardening Interview Questions\n"
    "\n"
    "## Soil\n"
    "\n"
    "**Q: What is loam?**\n"
    "A: A soil of sand, silt and clay in balance, holding water without waterlogging.\n"
    "\n"
    "**Q: Explain crop rotation**\n"
    "A: Growing different families in a bed each year so pests and nutrient loss do not"
    " build up.\n"
    "\n"
    "**Q.** Design a rain garden\n"
    "A: A shallow dip planted with deep-rooted natives, placed where roof water runs.\n"
    "\n"
    "Q: Why mulch in autumn?\n"
    "\n"
    "A: Mulch shields the roots from frost and feeds the soil as it breaks down.\n"
    "\n"
    "**Q: How do you water seedlings?**\n"
    "From below, so the soil stays loose and the stems stay dry.\n"
    "\n"
    "---\n"
    "\n"
    "**Next**: Review the pruning questions.\n"
    "\n"
    "Previous | Next\n"
)


def test_q_and_a_line_pairs_make_cards_without_their_labels() -> None:
    deck = build_deck(QA_LINE_PAIRS, "garden.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts == {
        "What is loam?": (
            "A soil of sand, silt and clay in balance, holding water without waterlogging."
        ),
        # An imperative asked under a "Q:" mark is a question whatever its verb.
        "Explain crop rotation": (
            "Growing different families in a bed each year so pests and nutrient loss do"
            " not build up."
        ),
        "Design a rain garden": (
            "A shallow dip planted with deep-rooted natives, placed where roof water runs."
        ),
        # The "A:" answer in its own paragraph answers the "Q:" paragraph before it.
        "Why mulch in autumn?": (
            "Mulch shields the roots from frost and feeds the soil as it breaks down."
        ),
        # The answer may start unlabelled on the line after the question's "?".
        "How do you water seedlings?": (
            "From below, so the soil stays loose and the stems stay dry."
        ),
    }
    # "**Next**: …" / "Previous | Next" are the series' navigation: never a card.
    assert len(deck.notes) == 5


def test_q_line_over_options_is_no_question_and_answer_pair() -> None:
    document = parse_document("# Quiz\n\n**Q1: Which is a clay?**\nA. Loam\nB. Kaolin\n")
    assert not [i for i in document.items if isinstance(i.block, Question)]


HEADING_TRAILERS = (
    "# Widget tutorial\n"
    "\n"
    "## What is a widget? {#what-is-a-widget}\n"
    "\n"
    "A widget is a small panel that a dashboard shows beside the others.\n"
    "\n"
    "### 3. Install the widget\n"
    "\n"
    "If you want to install the widget on the cluster, apply the following manifest:\n"
    "\n"
    "```bash\n"
    "# use kubectl create because the manifest uses generateName\n"
    "kubectl create -f https://example.org/widgets/release-<ActiveDocsVersion />/w.yaml\n"
    "```\n"
    "\n"
    "```jsx\n"
    "root.render(<App />);\n"
    "```\n"
)


def test_custom_id_after_the_question_mark_leaves_the_question() -> None:
    deck = build_deck(HEADING_TRAILERS, "widgets.md")
    facts = {n.front: n for n in deck.notes if isinstance(n, FactNote)}
    widget = facts["What is a widget?"]
    assert widget.back == "A widget is a small panel that a dashboard shows beside the others."
    assert widget.id == "what-is-a-widget"


def test_mdx_component_glued_into_an_address_is_dropped() -> None:
    deck = build_deck(HEADING_TRAILERS, "widgets.md")
    backs = [n.back for n in deck.notes if isinstance(n, FactNote)]
    assert "kubectl create -f https://example.org/widgets/release-/w.yaml" in backs
    assert not [b for b in backs if "<ActiveDocsVersion" in b]
    # A component in code that is not glued into an address is the code's own.
    document = parse_document(HEADING_TRAILERS)
    shown = [i.block.text for i in document.items if isinstance(i.block, Code)]
    assert shown[-1] == "root.render(<App />);\n"
    words = parse_document("# T\n\nIt reads release <ActiveDocsVersion /> of the engine.\n")
    said = [i.block.text for i in words.items if isinstance(i.block, Paragraph)]
    assert said == ["It reads release  of the engine."]


AUTHOR_QUESTIONS_KEPT = (
    "# Frequently Asked Pottery Questions\n"
    "\n"
    '## How do I silence "[NOTE] Using the default kiln profile, i.e. firing is kiln'
    ' dependent!"\n'
    "\n"
    "This note is printed by a step that fires pots but has no kiln profile set.\n"
    "\n"
    "## Does clay shrink in the kiln?\n"
    "\n"
    "Clay shrinks as water leaves it. A pot comes out smaller than it was thrown.\n"
    "\n"
    "```python\n"
    "fired = wet * 0.88\n"
    "```\n"
    "\n"
    "## Pottery make every pot food safe ?\n"
    "\n"
    "Seals the surface of the pot, meaning liquids cannot soak into the clay.\n"
    "\n"
    "```python\n"
    'pot.glaze = Glaze("food safe")\n'
    "```\n"
    "\n"
    "## What does Underglaze do in pottery?\n"
    "\n"
    "Colours the clay under a clear glaze, so the painted design stays sharp after the"
    " last firing.\n"
    "\n"
    "```python\n"
    'pot.paint(Underglaze("blue"))\n'
    "```\n"
    "\n"
    "### Comparison Questions\n"
    "\n"
    "1. How does stoneware compare to porcelain in strength?\n"
    "2. What are the trade-offs of raku firing?\n"
)


def test_author_questions_of_these_shapes_make_cards() -> None:
    deck = build_deck(AUTHOR_QUESTIONS_KEPT, "pottery-faq.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    # A FAQ heading that asks "How do I …" of a quoted message, its "?" left out.
    silence = (
        'How do I silence "[NOTE] Using the default kiln profile, i.e. firing is kiln dependent!"?'
    )
    assert facts[silence] == (
        "This note is printed by a step that fires pots but has no kiln profile set."
    )
    # A yes/no question answered by a statement and its program (not shell commands)
    # is no troubleshooting step: it is asked.
    assert facts["Does clay shrink in the kiln?"].startswith("Clay shrinks as water leaves it.")
    # A subjectless answer that never names what it describes keeps its short code.
    assert facts["Pottery make every pot food safe ?"] == (
        "Seals the surface of the pot, meaning liquids cannot soak into the clay.\n"
        'pot.glaze = Glaze("food safe")'
    )
    # The question names the construct: the sentence answers alone.
    assert facts["What does Underglaze do in pottery?"] == (
        "Colours the clay under a clear glaze, so the painted design stays sharp after the"
        " last firing."
    )
    # A list of questions left to the reader makes no card.
    assert not [n for n in deck.notes if "raku" in getattr(n, "back", "")]


TITLED_HIDDEN_ANSWERS = (
    "<h1>Pottery</h1>\n"
    "\n"
    "<details>\n"
    "<summary>What is slip and what is it used for?</summary>\n"
    "\n"
    "#### Pottery\n"
    "\n"
    "Slip is clay mixed with water to the thickness of cream.\n"
    "\n"
    "#### Main uses:\n"
    "\n"
    "- joining pieces\n"
    "- decorating the surface\n"
    "\n"
    "</details>\n"
)


def test_answer_title_repeating_the_page_subject_is_no_line_of_the_back() -> None:
    deck = build_deck(TITLED_HIDDEN_ANSWERS, "pottery.md")
    facts = [n for n in deck.notes if isinstance(n, FactNote)]
    assert len(facts) == 1
    assert facts[0].back.startswith("Slip is clay mixed with water to the thickness of cream.")
    # A sub-heading inside the answer is a line of it, never a note's subject.
    assert "Main uses:\n• joining pieces\n• decorating the surface" in facts[0].back


NUMBERED_FOLDED_QUESTIONS = (
    "# Pottery\n"
    "\n"
    "<details>\n"
    "<summary>1. What is slip?</summary>\n"
    "\n"
    "Slip is clay mixed with water to the thickness of cream.\n"
    "\n"
    "</details>\n"
    "\n"
    "<details>\n"
    "<summary>2. What is grog?</summary>\n"
    "\n"
    "Grog is fired clay ground to grit and wedged into fresh clay.\n"
    "\n"
    "</details>\n"
)


def test_folded_question_loses_its_number_but_keeps_its_id() -> None:
    deck = build_deck(NUMBERED_FOLDED_QUESTIONS, "pottery.md")
    facts = {n.front: n for n in deck.notes if isinstance(n, FactNote)}
    assert set(facts) == {"What is slip?", "What is grog?"}
    # The id the note always had (the number told the two notes' ids apart).
    assert facts["What is slip?"].id.endswith("1-what-is-slip")


HOW_ANSWERED_UNDER_SUB_HEADINGS = (
    "# Pottery\n"
    "\n"
    "<details>\n"
    "<summary>How do you join two pieces of clay?</summary>\n"
    "\n"
    "#### Pottery\n"
    "\n"
    "Pieces are joined while both are leather hard, so they shrink together.\n"
    "\n"
    "#### Main approach:\n"
    "\n"
    "Score both faces, brush slip on them and press them together.\n"
    "\n"
    "#### Other ways:\n"
    "\n"
    "- a coil pressed into the seam\n"
    "- magic water instead of slip\n"
    "\n"
    "</details>\n"
)


def test_how_answer_takes_its_first_titled_part() -> None:
    deck = build_deck(HOW_ANSWERED_UNDER_SUB_HEADINGS, "pottery.md")
    facts = [n for n in deck.notes if isinstance(n, FactNote)]
    assert [n.front for n in facts] == ["How do you join two pieces of clay?"]
    assert facts[0].back == (
        "Pieces are joined while both are leather hard, so they shrink together.\n"
        "Main approach:\n"
        "Score both faces, brush slip on them and press them together."
    )
