"""Notes written in bullets title a table with the list item right above it: a title
line of its own ("- Harbor Ferry Fare Classes Table") or a bold label opening the item
("- **Lighthouse Keeper: Duties & Limits:** The keeper …"). The section heading
("Transport") covers many things; the rows are asked of what the item names. An item
that is a sentence, or a term with its definition, titles nothing."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "notes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


TITLED = (
    "# Island notes\n"
    "\n"
    "## Transport\n"
    "\n"
    "- Ferries leave the north pier every hour between six in the morning and ten at night.\n"
    "- Harbor Ferry Fare Classes Table\n"
    "\n"
    "| **Class** | **Best For** | **Perks** |\n"
    "| --- | --- | --- |\n"
    "| Deck Class | Short hops between islands | Open-air seats |\n"
    "| Cabin Class | Overnight crossings | Private berth |\n"
    "\n"
    "## Safety\n"
    "\n"
    "- **🚀 Lighthouse Keeper: Duties & Limits:** The Lighthouse Keeper watches the "
    "channel from dusk to dawn and logs every passing vessel.\n"
    "\n"
    "| **Feature** | **Description** |\n"
    "| --- | --- |\n"
    "| **Watches** | The north channel and the reef |\n"
    "| **Reports To** | The harbor master |\n"
)


def test_a_title_line_item_names_the_rows_of_the_table_below_it() -> None:
    facts = _facts(TITLED)
    assert facts["Harbor Ferry Fare Classes, class Deck Class: best for?"] == (
        "Short hops between islands"
    )
    assert facts["Harbor Ferry Fare Classes, class Cabin Class: perks?"] == "Private berth"
    assert not any(front.startswith("Transport") for front in facts)


def test_a_bold_label_item_names_the_fields_of_the_table_below_it() -> None:
    facts = _facts(TITLED)
    assert facts["Lighthouse Keeper: watches?"] == "The north channel and the reef"
    assert facts["Lighthouse Keeper: reports to?"] == "The harbor master"
    assert "Safety: watches?" not in facts


# Near misses: the item above the table is a sentence, or a term with its definition
# after a dash; the section still names the rows.
UNTITLED = (
    "# Island notes\n"
    "\n"
    "## Transport\n"
    "\n"
    "- Ferries leave the north pier every hour.\n"
    "- The fares below changed in spring.\n"
    "\n"
    "| **Class** | **Best For** | **Perks** |\n"
    "| --- | --- | --- |\n"
    "| Deck Class | Short hops between islands | Open-air seats |\n"
    "| Cabin Class | Overnight crossings | Private berth |\n"
    "\n"
    "## Safety\n"
    "\n"
    "- **Keeper** - the person who watches the channel\n"
    "\n"
    "| **Feature** | **Description** |\n"
    "| --- | --- |\n"
    "| **Watches** | The north channel and the reef |\n"
    "| **Reports To** | The harbor master |\n"
)


def test_a_sentence_or_a_term_above_the_table_titles_nothing() -> None:
    facts = _facts(UNTITLED)
    assert facts["Transport, class Deck Class: best for?"] == "Short hops between islands"
    assert facts["Safety: watches?"] == "The north channel and the reef"


# The bold label opening on an emoji is one note of the bullets, no legend: a table
# elsewhere whose cell opens on that emoji keeps its own words.
EMOJI_NOTE = (
    "# Island notes\n"
    "\n"
    "## Transport\n"
    "\n"
    "| Class | Speed |\n"
    "| --- | --- |\n"
    "| Deck Class | 🚀 Fastest crossing of the day |\n"
    "| Cabin Class | Slow overnight crossing |\n"
    "\n"
    "## Safety\n"
    "\n"
    "- **🚀 Lighthouse Keeper: Duties & Limits:** The Lighthouse Keeper watches the "
    "channel from dusk to dawn and logs every passing vessel.\n"
)


def test_a_one_item_list_opening_on_an_emoji_is_no_legend() -> None:
    facts = _facts(EMOJI_NOTE)
    speeds = [back for front, back in facts.items() if "Deck Class" in front]
    assert speeds == ["Fastest crossing of the day"]
