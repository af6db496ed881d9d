"""Definition sentences of prose pages that need no cue word: "X is the <kind> that …",
"X are <kind>s that …", and terms that are names (capitalised after an article, a
lower-case hyphenated component name, a name the page writes capitalised inside its
sentences, code after a capitalised qualifier). The defined term is hidden; a sentence
that only describes its subject ("X is the port and Y is the host", "X are scheduled on
nodes that …") or whose term is a word of prose makes no cloze."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.cloze import cloze_text, definition_token
from quizkit.notes import ClozeNote

PAGE = """# Lantern Mesh

Glowbridge is the component shipped with Lantern that connects gardens over a mesh.
Every garden in Lantern runs one Glowbridge per gate.

## Provisioning

The wick-provisioner is a sidecar container that creates wicks by calling the
garden's wick API for every new claim.

The Lantern keepers are the small daemons that watch every garden for broken wicks.

The KEEP `wick-resizer` is a sidecar container that grows wicks when a claim asks for
more light.

Lantern gates are entry points that admit visitors into one garden at a time.

## Words

Brightness is a measure that every lantern operator watches closely at night.

The `3300` is the port that the keepers listen on, and `wick` is the host name.

Lantern poles are placed on posts that stand along the garden paths.
"""


def _texts() -> list[str]:
    deck = build_deck(PAGE, "lanterns.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_named_terms_defined_in_prose_are_hidden() -> None:
    texts = _texts()
    assert (
        "{{c1::Glowbridge}} is the component shipped with Lantern that connects gardens"
        " over a mesh." in texts
    )
    assert (
        "Lantern Mesh: The {{c1::wick-provisioner}} is a sidecar container that creates"
        " wicks by calling the garden's wick API for every new claim." in texts
    )
    assert (
        "The {{c1::Lantern keepers}} are the small daemons that watch every garden for"
        " broken wicks." in texts
    )
    assert (
        "Lantern Mesh: The KEEP {{c1::`wick-resizer`}} is a sidecar container that grows"
        " wicks when a claim asks for more light." in texts
    )
    assert (
        "{{c1::Lantern gates}} are entry points that admit visitors into one garden at a time."
        in texts
    )


def test_descriptions_and_words_of_prose_make_no_definition_cloze() -> None:
    texts = _texts()
    # A word the page never writes as a name, a second clause before what sets the
    # term apart, a bare "are" before no plural kind: none is a definition.
    assert not any("Brightness" in t for t in texts)
    assert not any("3300" in t for t in texts)
    assert not any("posts" in t for t in texts)


def test_a_capitalised_opening_word_is_a_name_only_when_the_page_writes_it_so() -> None:
    sentence = "Glowbridge is the component shipped with Lantern that connects gardens."
    assert definition_token(sentence) == ()
    assert (
        cloze_text(sentence, definition_token(sentence, names=frozenset({"Glowbridge"})))
        == "{{c1::Glowbridge}} is the component shipped with Lantern that connects gardens."
    )
