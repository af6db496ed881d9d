"""Answers that stop before their key line, and answers written as indented prose: a
short paragraph after a prose answer that states the author's rule ("It is not
recommended to …") joins the back; a follow-up question ("What about Z?") is answered
from the section's block naming Z, or left off the front; an answer indented like a
code block that is sentences reads as its paragraphs, and a lead-in's labelled
paragraphs answer with it. Read from synthetic documents that have the shapes and none
of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_KETTLE_FAQ = """# Kettle FAQ

### "I use Brewmaster. How do I reach the kettle inside it?"

Brewmaster ships the `bmctl` tool that opens a shell on its kettle with `bmctl shell`.

Do not drive the Brewmaster kettle with `kettlectl` directly.

If you need a settings file, its place is:

* Linux: `~/.brewmaster/kettle.yaml`
* macOS: `~/Library/Brewmaster/kettle.yaml`

### "Can I boil other liquids such as milk and soup? What about syrup?"

Yes, any liquid should boil in a kettle.

Liquid presets:
- `milk.yaml`: Milk
- `soup.yaml`: Soup

Thick presets:
- `syrup.yaml`: Syrup (slow)

### "Can I boil stones? What about gravel?"

No, a kettle heats liquids only.
"""


def _backs(text: str) -> dict[str, str]:
    return {n.front: n.back for n in build_deck(text, "kettle.md").notes if isinstance(n, FactNote)}


def test_a_rule_after_a_prose_answer_joins_the_back() -> None:
    backs = _backs(_KETTLE_FAQ)
    assert backs["I use Brewmaster. How do I reach the kettle inside it?"] == (
        "Brewmaster ships the `bmctl` tool that opens a shell on its kettle with "
        "`bmctl shell`.\n"
        "Do not drive the Brewmaster kettle with `kettlectl` directly."
    )


def test_a_detail_paragraph_after_a_prose_answer_stays_off() -> None:
    text = _KETTLE_FAQ.replace(
        "Do not drive the Brewmaster kettle with `kettlectl` directly.",
        "The Brewmaster kettle is the same kettle with a blue lid.",
    )
    assert _backs(text)["I use Brewmaster. How do I reach the kettle inside it?"] == (
        "Brewmaster ships the `bmctl` tool that opens a shell on its kettle with `bmctl shell`."
    )


def test_a_follow_up_question_reaches_the_block_naming_its_subject() -> None:
    backs = _backs(_KETTLE_FAQ)
    assert backs["Kettle: Can I boil other liquids such as milk and soup? What about syrup?"] == (
        "Yes, any liquid should boil in a kettle.\n"
        "Liquid presets:\n"
        "• `milk.yaml`: Milk\n"
        "• `soup.yaml`: Soup\n"
        "Thick presets:\n"
        "• `syrup.yaml`: Syrup (slow)"
    )


def test_a_follow_up_question_the_section_never_answers_leaves_the_front() -> None:
    backs = _backs(_KETTLE_FAQ)
    assert "Kettle: Can I boil stones?" in backs
    assert backs["Kettle: Can I boil stones?"] == "No, a kettle heats liquids only."
    assert not [front for front in backs if "gravel" in front]


_INDENTED_ANSWERS = """# Kettle interview questions

1. ### Is a kettle a heater or a container?

       A kettle is often described as both a heater and a container.
       Here is why:

       Heating the water: When you switch it on, the element under the base warms the
       water until it boils and the switch clicks off.

       Holding the water: The body keeps the water hot for a while after it boils.

2. ### What does the spout do?

       The spout pours the water out in a thin stream. It keeps the hot water away
       from the hand that holds the kettle while it pours.

3. ### How do you descale it?

       kettlectl descale --strength=2
       kettlectl rinse
"""


def test_an_indented_prose_answer_reads_as_its_paragraphs() -> None:
    backs = _backs(_INDENTED_ANSWERS)
    assert backs["What does the spout do?"] == (
        "The spout pours the water out in a thin stream. It keeps the hot water away from "
        "the hand that holds the kettle while it pours."
    )


def test_a_lead_in_keeps_the_labelled_paragraphs_it_announces() -> None:
    backs = _backs(_INDENTED_ANSWERS)
    assert backs["Is a kettle a heater or a container?"] == (
        "A kettle is often described as both a heater and a container. Here is why:\n"
        "Heating the water: When you switch it on, the element under the base warms the "
        "water until it boils and the switch clicks off.\n"
        "Holding the water: The body keeps the water hot for a while after it boils."
    )


def test_an_indented_command_answer_stays_code() -> None:
    backs = _backs(_INDENTED_ANSWERS)
    assert backs["How do you descale it?"] == "kettlectl descale --strength=2\nkettlectl rinse"
