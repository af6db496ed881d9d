"""Author questions whose answer opens with an announcing lead-in ("Here are the steps
that …:") and goes on with what it announces: the question is carded with the lead-in
and its list. Read from synthetic documents with the shape and none of the reviewed
wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import question_text
from quizkit.notes import FactNote

ANNOUNCED_LIST = (
    "# Kiln interview questions\n"
    "\n"
    "### 1. How do you stack a kiln?\n"
    "\n"
    "Here are the steps that help you stack a kiln:\n"
    "\n"
    "- Put the tallest shelves at the back.\n"
    "- Leave a finger's gap between pots.\n"
    "- Keep glazed pots off the shelf posts.\n"
    "\n"
    "### 2. What is bisque?\n"
    "\n"
    "Bisque is clay fired once, before it is glazed.\n"
)

ANNOUNCED_STEPS_AFTER_PROSE = (
    "# Glaze notes\n"
    "\n"
    "**How can you stop a glaze from crawling? 🚀**\n"
    "\n"
    "A glaze crawls when it pulls away from dusty or oily clay. Here are the fixes:\n"
    "\n"
    "1. Wipe the bisque with a damp sponge.\n"
    "2. Apply the glaze thinner.\n"
)

# The announcement ends the paragraph and nothing it announces follows: no card.
ANNOUNCED_NOTHING = (
    "# Wheel questions\n"
    "\n"
    "## How do you centre clay on the wheel?\n"
    "\n"
    "Here is the configuration file we use.\n"
    "\n"
    "## What is a bat?\n"
    "\n"
    "A bat is a removable disc fixed to the wheel head.\n"
)

# The announcement is not the answer's first paragraph (a statement heading answered
# "Use X." and then "If you really want Y, here are 2 ways …:"): the card would leave the
# first paragraph, the answer, off; it stays uncarded as before.
ANNOUNCED_AFTER_THE_ANSWER = (
    "# FAQs\n"
    "\n"
    "## I don't want to put a `kiln.log` file into my folder since the sync shows it"
    " as a new file\n"
    "\n"
    "Use [`kiln.local.log`](https://example.org/kiln#local-log) and put it in your global\n"
    "hidden list. This file should never be shared.\n"
    "\n"
    "If you really want to use a `kiln.log`, here are 2 ways to make the sync skip these files:\n"
    "\n"
    "- Add `kiln.log` to the folder's hidden list.\n"
    "- Rename `kiln.log` with a leading dot.\n"
    "\n"
    "## How do I clean the kiln shelves?\n"
    "\n"
    "Scrape off glaze drips with a chisel and repaint the kiln wash.\n"
    "\n"
    "## Why does the kiln smell when it fires?\n"
    "\n"
    "Organic matter in the clay burns out at low heat.\n"
)


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "doc.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_heading_question_answered_by_a_lead_in_and_its_list_is_carded() -> None:
    facts = _facts(ANNOUNCED_LIST)
    assert facts["How do you stack a kiln?"] == (
        "Here are the steps that help you stack a kiln:\n"
        "• Put the tallest shelves at the back.\n"
        "• Leave a finger's gap between pots.\n"
        "• Keep glazed pots off the shelf posts."
    )
    assert facts["What is bisque?"] == "Bisque is clay fired once, before it is glazed."


def test_a_bold_question_whose_prose_announces_its_numbered_steps_is_carded() -> None:
    facts = _facts(ANNOUNCED_STEPS_AFTER_PROSE)
    assert facts["How can you stop a glaze from crawling?"] == (
        "A glaze crawls when it pulls away from dusty or oily clay. Here are the fixes:\n"
        "1. Wipe the bisque with a damp sponge.\n"
        "2. Apply the glaze thinner."
    )


def test_an_announcement_without_what_it_announces_makes_no_card() -> None:
    facts = _facts(ANNOUNCED_NOTHING)
    assert "How do you centre clay on the wheel?" not in facts
    assert facts["What is a bat?"] == "A bat is a removable disc fixed to the wheel head."


def test_an_announcement_reached_past_the_first_paragraph_makes_no_card() -> None:
    facts = _facts(ANNOUNCED_AFTER_THE_ANSWER)
    assert not any(back.startswith("If you really want") for back in facts.values())


# A "Q2)" list question closed by the author's follow-up after its "?" ("If yes, please
# explain."), answered by the list nested under it: asked like "Q1)" and "Q3)".
FOLLOWED_UP_LIST_QUESTION = (
    "# Pottery interview questions\n"
    "\n"
    "- Q1) What is a kiln?\n"
    "\n"
    "  - A kiln is an oven that fires clay at high heat.\n"
    "\n"
    "- Q2) Is there a difference between earthenware and stoneware? If yes, please explain.\n"
    "\n"
    "  - Earthenware is fired at a lower heat and stays porous.\n"
    "\n"
    "- Q3) Why is clay wedged?\n"
    "\n"
    "  - Wedging pushes out air pockets that would burst in the kiln.\n"
)


def test_a_numbered_list_question_with_a_follow_up_after_its_mark_is_carded() -> None:
    facts = _facts(FOLLOWED_UP_LIST_QUESTION)
    assert facts == {
        "What is a kiln?": "• A kiln is an oven that fires clay at high heat.",
        "Is there a difference between earthenware and stoneware? If yes, please explain.": (
            "• Earthenware is fired at a lower heat and stays porous."
        ),
        "Why is clay wedged?": "• Wedging pushes out air pockets that would burst in the kiln.",
    }


def test_a_follow_up_is_a_bare_request_to_explain_never_a_new_statement() -> None:
    assert question_text("Is it fast? If so, describe how.") == "Is it fast? If so, describe how."
    assert question_text("Is it fast? Please elaborate.") == "Is it fast? Please elaborate."
    # "…? If so, use that." goes on with an instruction, not a request for the answer.
    assert question_text("Is the path set? If so, use that.") == ""
