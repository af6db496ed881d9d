"""Three shapes of a cheat sheet's closing sections. A numbered best-practice list whose
items open on a bold label ("5. **Encryption**: At rest, in transit") asks each practice
by its label, never by its place in the list ("Security best practice 5?"). A list of
names each given only its address ("Monitoring: https://…") is bookmarks, no knowledge.
A back that is only an address is a pointer too, and no longer escapes that check by
being capitalised ("Https://…")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_SHEET = """# Skycloud notes

## Security Best Practices

1. **IAM**: Use the least privilege principle
2. **Encryption**: At rest (automatic), in transit (TLS)
3. Rotate service account keys regularly

## Console Bookmarks

- **Console Home**: https://console.example.com
- **Billing**: https://console.example.com/billing
- **Monitoring**: https://console.example.com/monitoring
- **Cloud Shell**: Click the icon at the top right of the console

## Defaults

- **Timeout**: Thirty seconds for every request
- **Registry**: https://registry.example.com
- **Region**: The region nearest to the project's billing address

"""


def _facts() -> list[tuple[str, str]]:
    deck = build_deck(_SHEET, "sheet.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def test_a_labelled_practice_is_asked_by_its_label_and_an_unlabelled_one_by_its_number() -> None:
    facts = _facts()
    assert facts[:3] == [
        ("Security best practice (Skycloud notes): IAM?", "Use the least privilege principle"),
        (
            "Security best practice (Skycloud notes): encryption?",
            "At rest (automatic), in transit (TLS)",
        ),
        ("Security best practice 3 (Skycloud notes)?", "Rotate service account keys regularly"),
    ]


def test_a_list_of_named_addresses_makes_no_card_nor_does_an_address_alone() -> None:
    assert _facts()[3:] == [
        ("Defaults: Timeout?", "Thirty seconds for every request"),
        ("Defaults: Region?", "The region nearest to the project's billing address"),
    ]
