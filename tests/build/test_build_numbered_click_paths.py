"""A numbered list whose steps are paths of clicks ("1. Console -> Firewalls.") is steps
taken in turn: one card of the steps, never a "key → value" fact per step ("Console:
firewall rules?" → "Firewalls."). A bullet list of arrows still pairs keys and values."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

STEPS = """\
# Harbor cloud

## Opening a port

Firewall rules:
1. Console -> Firewalls.
2. New rule -> Allow TCP 443 from anywhere.

## Service kinds

- Internal -> reachable inside the cluster only
- Public -> reachable from the internet
"""


def _cards() -> list[tuple[str, str]]:
    notes = build_deck(STEPS, "harbor.md").notes
    return [(n.front, n.back) for n in notes if isinstance(n, FactNote)]


def test_numbered_click_paths_are_steps_not_pairs() -> None:
    assert _cards()[0] == (
        "Opening a port: firewall rules?",
        "1. Console -> Firewalls.\n2. New rule -> Allow TCP 443 from anywhere.",
    )


def test_a_bullet_list_of_arrows_still_pairs_keys_and_values() -> None:
    assert _cards()[1:] == [
        ("Internal: service kinds?", "reachable inside the cluster only"),
        ("Public: service kinds?", "reachable from the internet"),
    ]
