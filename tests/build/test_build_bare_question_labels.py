"""A bare "**Why?**" (or "**How?**") label asks about the heading just above it, in all
three ways an author writes it: alone over its paragraph, on one line with its reply, or
with the reply on the next line of the same paragraph. Emoji shortcodes marking the
heading's severity (":cloud:") never reach a card, and an emoji dropped after "(" leaves
no gap."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

PRACTICES = """# Hardening Guide

## Network

### Private subnets :partly_sunny:

Run the nodes in a private subnet and forward only the ports you need.

**Why?**
Nodes with private addresses alone cannot be reached from the internet by mistake.

### Jump host :cloud:

Expose SSH on one jump host only.

**Why?** SSH is attacked constantly when it faces the public internet.

## Server flags

#### Disable tracing :cloud:

Set `--tracing=false` on every server.

**Why?**

Tracing data uncovers program internals and its load can slow the server down.

#### Configure key rotation :fire:

Rotate the signing keys every month.

**How?**

Run the rotation job from the scheduler; it swaps the active key at midnight.
"""


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "guide.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_why_label_asks_why_of_its_own_heading_in_every_form() -> None:
    cards = _cards(PRACTICES)
    assert cards["Why private subnets?"] == (
        "Nodes with private addresses alone cannot be reached from the internet by mistake."
    )
    assert cards["Why jump host?"] == (
        "SSH is attacked constantly when it faces the public internet."
    )
    assert cards["Why disable tracing?"] == (
        "Tracing data uncovers program internals and its load can slow the server down."
    )


def test_a_how_label_under_an_instruction_asks_how_to_do_it() -> None:
    cards = _cards(PRACTICES)
    assert cards["How do you configure key rotation?"] == (
        "Run the rotation job from the scheduler; it swaps the active key at midnight."
    )


def test_a_how_label_under_a_noun_heading_names_it_and_asks_how() -> None:
    text = PRACTICES.replace("Configure key rotation :fire:", "Key rotation :fire:")
    assert "Key rotation: how?" in _cards(text)


def test_no_front_keeps_a_bare_label_or_an_emoji_shortcode() -> None:
    fronts = list(_cards(PRACTICES))
    assert not any(f in ("Why?", "How?") or "(" in f for f in fronts)
    assert not any(":cloud" in f or ":fire" in f for f in fronts)


def test_a_bold_label_that_is_no_question_word_asks_nothing_of_the_heading() -> None:
    # Near miss: "**Note:**" over a paragraph is an aside, never "Why …?".
    text = PRACTICES.replace("**Why?** SSH", "**Note:** SSH")
    fronts = list(_cards(text))
    assert "Why jump host?" not in fronts
    assert "Why private subnets?" in fronts


def test_an_emoji_after_an_opening_bracket_goes_with_its_space() -> None:
    text = """# Scaling Notes

## Templates

| Feature | Templates (✅ Newer, Recommended) | Configurations (❌ Older, Deprecated) |
|---|---|---|
| Versioning | Supported | Not supported |
| Spot instances | Full support | Limited |
"""
    fronts = list(_cards(text))
    assert fronts
    assert not any("( " in f for f in fronts), fronts
    assert any("Templates (Newer, Recommended)" in f for f in fronts), fronts
