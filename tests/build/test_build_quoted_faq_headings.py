"""Hugo/Docsy FAQs that quote each question in its heading
('#### "Does the kiln vent itself?"') under category headings ("### Generic"): the
quotes are no part of the question, and a quoted question is asked like an unquoted
one. Read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_FAQ = """# FAQs

- [Generic](#generic)

### Generic
#### "Does the Kilnwork controller run on battery power?"

Yes

#### "What is the default admin PIN?"

The admin PIN is disabled by default. You have to pair the controller with
`kilnctl pair <DEVICE>` before changing any firing schedule.

#### \u201cCan Kilnwork drive a gas kiln?\u201d

Kilnwork only drives electric kilns, but its sister project gasline offers the
same schedules for gas kilns.

### Errors
#### error "relay stuck"

The relay contacts have welded shut; replace the relay before the next firing.
"""


def _facts() -> dict[str, str]:
    deck = build_deck(_FAQ, "kilnwork-faq.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_quoted_faq_questions_are_carded_without_their_quotes() -> None:
    facts = _facts()
    fronts = "\n".join(facts)
    # The quotes that wrapped the question (straight or curly) are gone from every front,
    # and no front asks twice ("…?\"?").
    assert '"' not in fronts
    assert "\u201c" not in fronts
    assert "\u201d" not in fronts
    assert "??" not in fronts
    backs = set(facts.values())
    # A prose answer, a bare "Yes" and a two-sentence answer each answer their question.
    assert "Yes" in backs
    assert any(b.startswith("The admin PIN is disabled by default.") for b in backs)
    assert any(b.startswith("Kilnwork only drives electric kilns") for b in backs)


def test_each_quoted_question_keeps_its_own_words() -> None:
    by_back = {back: front for front, back in _facts().items()}
    assert "battery power?" in by_back["Yes"]
    pin = next(f for b, f in by_back.items() if b.startswith("The admin PIN"))
    assert pin.endswith("What is the default admin PIN?")
    gas = next(f for b, f in by_back.items() if b.startswith("Kilnwork only drives"))
    assert gas.endswith("an Kilnwork drive a gas kiln?")
