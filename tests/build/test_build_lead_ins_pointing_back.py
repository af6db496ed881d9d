"""A list's lead-in that points back at what the card does not show ("If you see such
errors, …", "Of these parts, …", "many reasons for the cracking", "to get a rough
estimate", "Please note that:"): the front carries the sentence of its paragraph that
names what it points at, or asks about the problem its heading names, or the list makes
no card. A lead-in naming its own subject stays as written. Synthetic documents with the
shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

ITEMS = "- Open the damper a little.\n- Fire more slowly through the first hour.\n"
BACK = "• Open the damper a little.\n• Fire more slowly through the first hour."


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "doc.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _doc(heading: str, paragraph: str, items: str = ITEMS) -> str:
    return f"# Kiln care\n\nKilns fire clay.\n\n## {heading}\n\n{paragraph}\n\n{items}"


def test_a_fix_for_such_errors_asks_about_the_problem_its_heading_names() -> None:
    text = (
        "# Kiln care\n\nKilns fire clay.\n\n## Firing timeouts\n\n"
        "Firing timeouts show as the following message:\n\n"
        "```text\nE42: cone not reached in 12h\n```\n\n"
        "If you see such messages, you may have to do one of the following:\n\n" + ITEMS
    )
    assert _facts(text) == {"What can you do about firing timeouts?": BACK}


def test_a_pointing_noun_carries_the_sentence_that_names_it() -> None:
    paragraph = (
        "When the pot rings dull after firing, it means that the glaze is crazing. "
        "Let it cool before you touch it. There can be many reasons for the craze:"
    )
    front = (
        "Glaze faults: When the pot rings dull after firing, it means that the glaze is "
        "crazing. There can be many reasons for the craze …?"
    )
    assert _facts(_doc("Glaze faults", paragraph)) == {front: BACK}


def test_an_estimate_of_nothing_carries_the_sentence_before_it() -> None:
    paragraph = (
        "Most of our planning centres on the fuel a firing burns. Although not always "
        "exact, we use the following rules to get a rough estimate:"
    )
    front = (
        "Fuel use: Most of our planning centres on the fuel a firing burns. Although not "
        "always exact, we use which rules to get a rough estimate?"
    )
    assert _facts(_doc("Fuel use", paragraph)) == {front: BACK}


def test_please_note_that_is_asked_with_the_sentence_it_follows() -> None:
    paragraph = "The kiln also keeps a spare element for emergency repairs. Please note that:"
    front = (
        "Spare parts: The kiln also keeps a spare element for emergency repairs. "
        "Please note that …?"
    )
    assert _facts(_doc("Spare parts", paragraph)) == {front: BACK}


def test_a_pointing_lead_in_nothing_above_names_makes_no_card() -> None:
    paragraph = (
        "Knowing how the parts fit together is the secret of a good kiln. Of these "
        "links, the most important one is the flue path:"
    )
    assert _facts(_doc("The parts", paragraph)) == {}


def test_a_condition_in_parentheses_stays_on_a_shortened_lead_in() -> None:
    paragraph = (
        "To lower the risks (if you insist on firing with the lid propped) we suggest "
        "you follow these recommendations:"
    )
    front = (
        "Propped lids: To lower the risks (if you insist on firing with the lid propped) "
        "we suggest you follow these recommendations …?"
    )
    assert _facts(_doc("Propped lids", paragraph)) == {front: BACK}


def test_a_lead_in_naming_its_own_subject_stays_as_written() -> None:
    # Near-miss: "If the kiln is not hot, …" names what it is about; no sentence added.
    paragraph = (
        "Some firings stall. If the kiln is not hot enough, check the following for more clues:"
    )
    front = "Stalled firings: If the kiln is not hot enough, check the following for more clues …?"
    assert _facts(_doc("Stalled firings", paragraph)) == {front: BACK}


def test_such_as_in_a_lead_in_points_at_nothing() -> None:
    # Near-miss: "such as" gives examples, it does not point back.
    paragraph = (
        "Some firings stall. Stalls come from many faults, such as a worn element, and "
        "you can try these fixes:"
    )
    facts = _facts(_doc("Stalled firings", paragraph))
    assert list(facts.values()) == [BACK]
    assert "Some firings stall" not in next(iter(facts))


def test_the_carried_sentence_may_open_on_an_it_that_points_at_nothing() -> None:
    paragraph = (
        "It is quite possible to fire pots in an open pit (as potters once did). That "
        "works. Still, there are several advantages to firing such pots in a kiln:"
    )
    front = (
        "Pit firing: It is quite possible to fire pots in an open pit (as potters once "
        "did). Still, there are several advantages to firing such pots in a kiln …?"
    )
    assert _facts(_doc("Pit firing", paragraph)) == {front: BACK}


def test_a_referent_named_in_a_sentence_too_long_to_carry_leaves_the_lead_in() -> None:
    paragraph = (
        "In practice, a potter looks over every pot that was thrown since the last firing "
        "and sets aside the ones with cracks or thin walls, marking each with a chalk "
        "cross on its base before loading. Such pots can have the following fates:"
    )
    front = "Sorting: Such pots can have which fates?"
    assert _facts(_doc("Sorting", paragraph)) == {front: BACK}


def test_a_note_passes_over_a_sentence_sending_the_reader_elsewhere() -> None:
    paragraph = (
        "Glazes can be mixed by weight or by volume. For lidded pots, refer to the "
        "section 'Lids'. Please note that:"
    )
    front = "Mixing: Glazes can be mixed by weight or by volume. Please note that …?"
    assert _facts(_doc("Mixing", paragraph)) == {front: BACK}
