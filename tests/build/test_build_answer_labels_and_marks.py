"""Two clean-text faults seen on held-out documents: an answer label
with a bracketed aside ("**Answer (Natural):**") stayed on every back of a bold-question
collection, and cells of a table kept on a back that were only a ✅/❌ came out empty.
Synthetic documents with the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_LABELLED = """# Kettle handbook

## Section: Kettles

**Q1. What is a whistle valve?**

**Answer (Plain words):**\\
A flap that lets steam out through the spout when the water boils.

---

**Q2. What is a limescale filter?**

**Answer:**\\
A mesh in the spout that keeps flakes of scale out of the cup.
"""

_MARKS = """# Kettle handbook

<details>
<summary><b>What is the difference between a stove kettle and an electric kettle?</b></summary>

| Feature | Stove kettle | Electric kettle |
|---------|--------------|-----------------|
| Heat source | Hob | Element |
| Auto shut-off | ❌ | ✅ |
| Whistle | ✅ loud | ❌ |

</details>
"""


def _backs(text: str) -> dict[str, str]:
    return {n.front: n.back for n in build_deck(text, "kettle.md").notes if isinstance(n, FactNote)}


def test_an_answer_label_with_an_aside_is_no_part_of_the_answer() -> None:
    assert _backs(_LABELLED) == {
        "What is a whistle valve?": (
            "A flap that lets steam out through the spout when the water boils."
        ),
        "What is a limescale filter?": (
            "A mesh in the spout that keeps flakes of scale out of the cup."
        ),
    }


def test_marks_in_a_table_on_a_back_read_as_yes_and_no() -> None:
    back = _backs(_MARKS)["What is the difference between a stove kettle and an electric kettle?"]
    assert back == (
        "Feature | Stove kettle | Electric kettle\n"
        "Heat source | Hob | Element\n"
        "Auto shut-off | No | Yes\n"
        "Whistle | loud | No"
    )
