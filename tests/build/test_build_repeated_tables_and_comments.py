"""Shapes that made no card or the same card twice: a table the
page repeats under a second heading; read from synthetic documents that have the shapes
and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _notes(text: str) -> list[FactNote]:
    deck = build_deck(text, "shapes.md")
    return [n for n in deck.notes if isinstance(n, FactNote)]


_CACHES = (
    "| Cache | Hit rate | Memory use |\n"
    "|---|---|---|\n"
    "| lru | High | Medium |\n"
    "| fifo | Low | Low |\n"
)

_REPEATED_TABLE = (
    "# Caching guide\n"
    "\n"
    "## Choosing a cache\n"
    "\n"
    "The caches compare as follows.\n"
    "\n" + _CACHES + "\n"
    "## Tuning the cache\n"
    "\n"
    "Here is how the caches compare.\n"
    "\n" + _CACHES
)


def test_a_table_repeated_under_a_second_heading_makes_its_facts_once() -> None:
    notes = _notes(_REPEATED_TABLE)
    once = _notes(_REPEATED_TABLE.split("## Tuning")[0])
    # Every fact keeps the id and front it has when the page states the table once.
    assert [(n.id, n.front, n.back) for n in notes] == [(n.id, n.front, n.back) for n in once]
    assert len(notes) == 4


def test_a_second_table_with_a_changed_row_keeps_that_row() -> None:
    first, second = _REPEATED_TABLE.split("## Tuning")
    second = second.replace("| fifo | Low | Low |", "| fifo | Medium | Low |")
    changed = first + "## Tuning" + second
    notes = _notes(changed)
    # The lru row (the same in both) is made once; the second fifo row (another hit
    # rate) is made again from the second table (its unchanged memory use reads the
    # same front and back as the first, and is one card).
    second_notes = [n for n in notes if n.origin and n.origin.section == "Tuning the cache"]
    made = [(n.front, n.back) for n in second_notes]
    assert made == [("fifo: hit rate (Tuning the cache)?", "Medium")]
    assert len(notes) == 5


def test_one_row_two_different_tables_share_is_a_fact_of_each_section() -> None:
    text = (
        "# Ports\n\n## Server nodes\n\n"
        "| Port | Purpose |\n|---|---|\n| 7000 | Agent API |\n| 7100 | Scheduler |\n"
        "| 7200 | Store |\n\n## Edge nodes\n\n"
        "| Port | Purpose |\n|---|---|\n| 7000 | Agent API |\n| 7300 | Proxy |\n"
        "| 7400 | Cache |\n"
    )
    backs = [n.back for n in _notes(text)]
    # Port 7000 is open on both kinds of node: the second table is no repeat of the first.
    assert backs.count("Agent API") == 2


_ANNOTATED = (
    "# Zeta CLI notes\n"
    "\n"
    "These notes cover Zeta, a tool for shipping static sites.\n"
    "\n"
    "## Everyday commands\n"
    "\n"
    "```bash\n"
    "zeta lint --all                # check every page for broken links\n"
    "zeta serve                     # local preview server with live reload\n"
    "zeta publish                   # will ask for confirmation\n"
    "zeta publish --yes             # non-interactive\n"
    "zeta cache drop                # empties the cache\n"
    "zeta cache purge               # empties the cache\n"
    "zeta version\n"
    "# then publish again\n"
    "```\n"
)


def test_each_line_a_comment_beside_it_explains_is_a_card() -> None:
    facts = {n.front: n.back for n in _notes(_ANNOTATED)}
    assert facts == {
        # An imperative comment asks how, the product named when the question does not.
        "How do you check every page for broken links (Zeta)?": "zeta lint --all",
        # Any other comment says what the command does.
        "What does `zeta serve` do?": "Local preview server with live reload",
    }
    # A remark on a variant ("will ask …", one word), two lines with the same comment,
    # a line without a comment and a comment-only line make no card.


def test_a_comment_over_its_commands_keeps_the_comments_beside_them() -> None:
    text = (
        "# Net notes\n\n## Interfaces\n\n```bash\n"
        "# Show the interface addresses\n"
        "ipconfig /all    # Windows\n"
        "ip addr show     # Linux\n"
        "```\n"
    )
    facts = {n.front: n.back for n in _notes(text)}
    assert facts == {
        "How do you show the interface addresses?": "ipconfig /all # Windows\nip addr show # Linux"
    }


def test_two_comments_differing_only_by_their_full_stop_are_one_question() -> None:
    text = (
        "# Zeta notes\n\nZeta ships sites.\n\n## Run\n\n```bash\n"
        "zeta lint --all      # check every page for broken links.\n"
        "zeta lint --strict   # check every page for broken links\n"
        "zeta serve           # local preview server with live reload\n"
        "```\n"
    )
    facts = {n.front: n.back for n in _notes(text)}
    # Asked alike, the two lint lines would be one question with two answers.
    assert facts == {"What does `zeta serve` do?": "Local preview server with live reload"}


def test_one_explained_line_among_others_is_an_aside() -> None:
    text = (
        "# Zeta notes\n\nZeta ships sites.\n\n## Run\n\n```bash\n"
        "zeta build\n"
        "zeta serve      # local preview server with live reload\n"
        "```\n"
    )
    assert _notes(text) == []


_GLOSSARY = (
    "# Orchard handbook\n"
    "\n"
    "## Orchard Terms\n"
    "\n"
    "### Rootstock\n"
    "The lower part of a grafted tree that supplies its roots.\n"
    "\n"
    "### Scion\n"
    "A cutting grafted onto a rootstock that decides the fruit variety.\n"
    "\n"
    "### Chill Hours\n"
    "Hours below seven degrees a tree needs in winter to flower well.\n"
    "\n"
    "### Install the netting\n"
    "Stretch the net over the frame before the fruit colours.\n"
)


def test_a_section_of_term_headings_over_one_line_definitions_asks_each_term() -> None:
    facts = {n.front: n.back for n in _notes(_GLOSSARY)}
    # An action heading ("Install the netting") is no term and is not asked.
    assert facts == {
        "What is Rootstock (Orchard Terms)?": (
            "The lower part of a grafted tree that supplies its roots."
        ),
        "What is Scion (Orchard Terms)?": (
            "A cutting grafted onto a rootstock that decides the fruit variety."
        ),
        "What is Chill Hours (Orchard Terms)?": (
            "Hours below seven degrees a tree needs in winter to flower well."
        ),
    }


def test_a_glossary_heading_names_no_field_the_title_does() -> None:
    text = _GLOSSARY.replace("## Orchard Terms", "## Glossary")
    text = text.replace("# Orchard handbook", "# Orchard Care — Notes")
    facts = {n.front for n in _notes(text)}
    assert "What is Scion (Orchard Care)?" in facts


def test_two_term_headings_make_no_glossary() -> None:
    text = _GLOSSARY.split("### Chill Hours")[0]
    text += "### Pruning in winter\nCut back the leaders. Then thin the crossing branches.\n\n"
    text += "Keep the cuts clean.\n"
    assert [n for n in _notes(text) if n.front.startswith("What is")] == []


# A long second half to each reason: the three do not fit a card whole.
_ASIDE = (
    "Potters who tried it anyway report cracked pieces, crawling glaze and blistered "
    "surfaces on most of the load, and few pieces survive a second attempt either."
)

_REASONS = (
    "# Kiln FAQ\n"
    "\n"
    "## Why not fire in a pit?\n"
    "\n"
    "A pit firing is the oldest way to fire clay. It does not suit glazed stoneware in at "
    "least three ways.\n"
    "\n"
    "- **Heat**. A pit rarely passes 900 degrees. Stoneware glazes need far more, and "
    "the heat is uneven across the pit. " + _ASIDE + "\n"
    "\n"
    "- **Control**. The fire cannot be held at a temperature. Glazes need a slow, "
    "steady climb and a held peak, which only a closed kiln gives. " + _ASIDE + "\n"
    "\n"
    "- **Smoke**. Ash and smoke settle on the pots. A glaze picks up every speck, and "
    "the colours come out muddy. " + _ASIDE + "\n"
)


def test_reasons_announced_by_the_answer_are_on_its_back() -> None:
    short = {n.front: n.back for n in _notes(_REASONS.replace(" " + _ASIDE, ""))}
    # Reasons that fit whole stay whole.
    assert "the colours come out muddy." in short["Why not fire in a pit?"]
    facts = {n.front: n.back for n in _notes(_REASONS)}
    assert facts["Why not fire in a pit?"] == (
        "A pit firing is the oldest way to fire clay. It does not suit glazed stoneware "
        "in at least three ways.\n"
        "• Heat: A pit rarely passes 900 degrees.\n"
        "• Control: The fire cannot be held at a temperature.\n"
        "• Smoke: Ash and smoke settle on the pots."
    )
