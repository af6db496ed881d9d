"""Questions written as list-item headings ("6. ### How is X done?"): a one-word
placeholder indented above the real answer is no back, a link written after the question
("[Run the file](…)") is no part of the front, and an answer indented past code depth
keeps no margin. Read from a synthetic document that has the shapes and none of the
reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_ITEMS = """# Pottery interview questions

1. ### What is a kiln?

        A kiln is an insulated chamber that fires clay at high heat until it
        hardens into ceramic.
2. ### How is glaze applied: by dipping or by brushing?

       None.
   Glaze is applied either way. Dipping gives an even coat in one pass, while
   brushing lets the potter layer colours by hand.
3. ### What is slip?

       N/A
4. ### What is bisque firing? [Open the notes](..%2Fnotes%2Fbisque.md)

       Bisque firing is the first, low firing that makes the clay porous and firm
       enough to glaze.
"""


def _facts(text: str) -> dict[str, FactNote]:
    deck = build_deck(text, "pottery.md")
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_a_stub_above_the_answer_at_the_items_indent_gives_way_to_that_answer() -> None:
    back = _facts(_ITEMS)["How is glaze applied: by dipping or by brushing?"].back
    assert back == (
        "Glaze is applied either way. Dipping gives an even coat in one pass, while "
        "brushing lets the potter layer colours by hand."
    )


def test_a_stub_alone_makes_no_card() -> None:
    facts = _facts(_ITEMS)
    assert "What is slip?" not in facts
    assert all(n.back.strip() not in {"N/A", "None."} for n in facts.values())


def test_a_link_after_the_question_heading_leaves_the_front() -> None:
    facts = _facts(_ITEMS)
    assert facts["What is bisque firing?"].back == (
        "Bisque firing is the first, low firing that makes the clay porous and firm\n"
        "enough to glaze."
    )
    assert not any("notes" in front.lower() for front in facts)


def test_an_answer_indented_past_code_depth_keeps_no_margin() -> None:
    # Eight spaces under "1. ###": code depth plus one; the extra space is layout.
    assert _facts(_ITEMS)["What is a kiln?"].back == (
        "A kiln is an insulated chamber that fires clay at high heat until it\n"
        "hardens into ceramic."
    )
