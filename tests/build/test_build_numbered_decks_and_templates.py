"""Numbered question decks and templated docs, each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote, FactNote

# Numbered bold questions and bold tasks ("**Write a function to ….**") answered at the
# three-space indent of a one-digit marker, the numbering carried on across level
# headings: from "10. " the marker is four wide.
LEVELLED_QUESTIONS = (
    "# Kite building questions\n"
    "\n"
    "## Frames\n"
    "\n"
    "### Basic\n"
    "11. **What is a spar?**  \n"
    "   A spar is a stiff rod that holds the sail open.  \n"
    "   ```text\n"
    "   spar -> sail -> bridle\n"
    "   ```\n"
    "\n"
    "12. **How do you join two spars?**  \n"
    "   With a ferrule slid over both ends.  \n"
    "   ```text\n"
    "   spar | ferrule | spar\n"
    "   ```\n"
    "\n"
    "#### Intermediate\n"
    "13. **Write a function to measure spar flex.**  \n"
    "   Loads the middle and reads the bend.  \n"
    "   ```python\n"
    "   def flex(load):\n"
    "       return load * 0.2\n"
    "   ```\n"
    "\n"
    "14. **Why is carbon preferred to wood?**  \n"
    "   It is lighter for the same stiffness.  \n"
    "   ```text\n"
    "   carbon < wood (grams)\n"
    "   ```\n"
    "\n"
    "#### Advanced\n"
    "15. **How do you taper a spar?**  \n"
    "   Sand the tip thinner than the root.\n"
)


def _facts(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_numbered_tasks_and_questions_across_level_headings_make_one_card_each() -> None:
    facts = _facts(LEVELLED_QUESTIONS, "kites.md")
    assert facts == {
        "What is a spar?": "A spar is a stiff rod that holds the sail open.\n"
        "spar -> sail -> bridle",
        "How do you join two spars?": "With a ferrule slid over both ends.\nspar | ferrule | spar",
        # The task's code stays in its answer, and no "Frames: intermediate?" card
        # glues the task with its number to its answer.
        "Write a function to measure spar flex.": "Loads the middle and reads the bend.\n"
        "def flex(load):\n    return load * 0.2",
        # The item right before a level heading keeps its card.
        "Why is carbon preferred to wood?": "It is lighter for the same stiffness.\n"
        "carbon < wood (grams)",
        # Alone in its list under the heading, numbered on from the run: still a question.
        "How do you taper a spar?": "Sand the tip thinner than the root.",
    }


def test_a_lone_bold_item_numbered_one_is_no_question() -> None:
    # A one-item list numbered 1 is any list's first point, not the author's count of
    # questions: only a run's later number makes a lone bold item a question.
    text = "# Kites\n\n## Flying\n\n1. **Where do you fly a kite?**  \n   On open ground.\n"
    assert "Where do you fly a kite?" not in _facts(text, "flying.md")


# A docs site's page: the product's name is a "$placeholder$" the site fills in, and
# the H1 is the site's expression for the front matter's title.
TEMPLATED_PAGE = (
    "---\n"
    "title: Lantern questions\n"
    "---\n"
    "\n"
    "# {{ $frontmatter.title }}\n"
    "\n"
    "## Fuel\n"
    "\n"
    "Once the wick is trimmed, $brandName$ is ready to be lit. The fuel tells $brandName$ to:\n"
    "\n"
    "- Draw oil up the wick\n"
    "- Keep the flame steady\n"
    "- Burn for six hours\n"
    "\n"
    "## Why does a lantern need a glass chimney?\n"
    "\n"
    "The chimney draws air up past the flame, so it burns without smoke. The area\n"
    "of a disc is $\\pi r^2$ and $ab$ is a product.\n"
)


def test_template_placeholder_sentence_makes_no_card_and_math_stays_math() -> None:
    deck = build_deck(TEMPLATED_PAGE, "lantern.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not any("brandName" in n.front + n.back for n in deck.notes if isinstance(n, FactNote))
    chimney = _facts(TEMPLATED_PAGE, "lantern.md")
    asked = "Why does a lantern need a glass chimney?"
    back = next(b for f, b in chimney.items() if f.endswith(asked))
    # TeX in prose is still read as math: only a camelCase name is a placeholder.
    assert back.endswith("The area of a disc is π r² and ab is a product.")
    assert len(fronts) == 1


def test_template_expression_heading_is_no_title() -> None:
    deck = build_deck(TEMPLATED_PAGE, "lantern.md")
    assert deck.title == "Lantern questions"
    no_front_matter = TEMPLATED_PAGE.split("---\n", 2)[2]
    # Without front matter the title comes from the file name, as for a page without an H1.
    assert build_deck(no_front_matter, "oil-lantern.md").title == "Oil lantern"


def test_cloze_sentence_holding_a_placeholder_makes_no_card() -> None:
    text = (
        "# Lantern guide\n\n## Fuel\n\n"
        "The `wickHeight` setting of $brandName$ defaults to 12 millimetres, which keeps "
        "the flame steady.\n\n"
        "The `wickHeight` setting of the lantern defaults to 12 millimetres, which keeps "
        "the flame steady.\n"
    )
    clozes = [n.text for n in build_deck(text, "fuel.md").notes if isinstance(n, ClozeNote)]
    assert clozes == [
        "The `wickHeight` setting of the lantern defaults to {{c1::12}} millimetres, which "
        "keeps the flame steady."
    ]
