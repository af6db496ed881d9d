"""Error headings asked as how to fix or what causes them, numbered questions past nine
with widened answers, availability boxes and details shortcodes holding prose, each read
from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _fronts(page: str, name: str) -> dict[str, str]:
    deck = build_deck(page, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def _numbered_questions(count: int) -> str:
    items = []
    for n in range(1, count + 1):
        items.append(
            f"{n}. **How do you glaze pot {n}?**  \n"
            f"   Dip pot {n} in the glaze bucket for {n} seconds.  \n"
            "   ```bash\n"
            f"   kiln glaze --pot {n}\n"
            "   ```\n"
        )
    return "# Pottery Drill\n\n## Glazing\n\n" + "\n".join(items)


def test_numbered_questions_past_nine_keep_answers_indented_less_than_the_marker() -> None:
    # From ``10. `` on the marker is four wide and the answers three: still the answer.
    cards = _fronts(_numbered_questions(12), "pots.md")
    assert len(cards) == 12
    assert cards["How do you glaze pot 9?"] == (
        "Dip pot 9 in the glaze bucket for 9 seconds.\nkiln glaze --pot 9"
    )
    assert cards["How do you glaze pot 11?"] == (
        "Dip pot 11 in the glaze bucket for 11 seconds.\nkiln glaze --pot 11"
    )
    assert not any("•" in back for back in cards.values())


def test_code_inside_a_widened_answer_keeps_its_own_indentation() -> None:
    page = (
        "# Pottery Drill\n\n"
        "10. **How do you describe a kiln?**  \n"
        "   Write its settings as YAML.  \n"
        "   ```yaml\n"
        "   kiln:\n"
        "     heat: 1200\n"
        "   ```\n\n"
        "11. **How do you cool a kiln?**  \n"
        "   Open the vent slowly.\n"
    )
    assert _fronts(page, "kiln.md") == {
        "How do you describe a kiln?": "Write its settings as YAML.\nkiln:\n  heat: 1200",
        "How do you cool a kiln?": "Open the vent slowly.",
    }


AVAILABILITY = """---
title: Glazing troubleshooting
---

{{< details >}}

- Tier: Basic, Studio
- Offering: Hosted kilns, Home kilns
- Status: Beta

{{< /details >}}

This page helps when a glaze fails.

## Kilns

- Electric kilns heat with coils.
- Gas kilns heat with burners.
- Wood kilns heat with logs.
"""


def test_an_availability_box_of_tiers_and_offerings_is_no_card() -> None:
    deck = build_deck(AVAILABILITY, "glaze.md")
    backs = "\n".join(n.back for n in deck.notes if isinstance(n, FactNote))
    assert "Tier" not in backs
    assert "Offering" not in backs
    assert "• Electric kilns heat with coils." in backs.split("\n")


def test_a_details_shortcode_holding_prose_is_still_read() -> None:
    page = AVAILABILITY.replace("- Status: Beta", "- Firing a kiln too fast cracks the pots.")
    deck = build_deck(page, "glaze.md")
    backs = "\n".join(n.back for n in deck.notes if isinstance(n, FactNote))
    assert "Tier: Basic, Studio" in backs


ERRORS = """# Kiln troubleshooting

## Why does my kiln hum?

The hum comes from the relay, which is normal.

## Why is the glaze dull?

The kiln cooled too fast for the glaze to gloss.

## Error: `thermocouple open circuit`

This error occurs when the thermocouple wire is broken.

To resolve this issue, replace the wire and restart the controller:

```shell
kilnctl restart --controller main
```

## Controller error: `E-7 overheat`

This error is often due to a stuck relay in the controller board.
"""


def test_an_error_heading_asks_how_to_fix_it_with_cause_and_command() -> None:
    cards = _fronts(ERRORS, "kiln.md")
    assert cards["How do you fix `thermocouple open circuit`?"] == (
        "This error occurs when the thermocouple wire is broken.\n"
        "To resolve this issue, replace the wire and restart the controller:\n"
        "kilnctl restart --controller main"
    )


def test_an_error_heading_whose_section_gives_only_a_cause_asks_what_causes_it() -> None:
    cards = _fronts(ERRORS, "kiln.md")
    assert cards["Controller: what causes `E-7 overheat`?"] == (
        "This error is often due to a stuck relay in the controller board."
    )


def test_a_heading_with_code_inside_a_sentence_is_no_error_question() -> None:
    page = ERRORS + "\n## Kiln stops after `Cooling` stage\n\nThe lid switch was opened.\n"
    assert not any("`Cooling`" in front for front in _fronts(page, "kiln.md"))
