"""A bold question line ("**Q4: Explain X**") answered under a bare "**Answer:**" (or
straight away) by bold part titles ("**Layers:**" and its list, "**Placement:**" and
its list) is one card asking the author's question: the titles are parts of its answer,
never subjects of their own, and the "Answer:" label is no part of it. A numbered title
over a bare "Answer:" ("**Q9: Common pitfalls**") is asked too. A bold line that is no
question keeps the blocks under it out of any question's answer."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """# Quarry - Interview Questions

## Architecture

**Q1: Explain Quarry's storage layers**

**Answer:**

**Layers:**
1. **Cache Layer:** Keeps hot rows in memory
2. **Log Layer:** Appends every write to disk

**Placement:**
- Layers may share a node
- The log layer runs on every data node

---

**Q2: How does Quarry split data across nodes?**

**Answer:**
Quarry hashes each row key into one of 512 slots.

**Benefits:**
- Even spread of rows
- No hot nodes

---

**Q3: Common pitfalls**

**Answer:**

| Pitfall | Fix |
|---------|-----|
| Hot keys | Salt the key |

## Operations

**Q4: How do you recover a failed node?**

**Answer:**

**1. Fence the node:**
- Stop its writes

**2. Replay the log:**
- Read the log from the last checkpoint

**Remember these for the interview!**
"""


def _cards(text: str) -> list[tuple[str, str]]:
    deck = build_deck(text, "quarry.md")
    return [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]


def test_bold_questions_are_answered_by_their_part_titles() -> None:
    cards = _cards(_PAGE)
    assert cards[:4] == [
        (
            "Explain Quarry's storage layers",
            "Layers:\n1. Cache Layer: Keeps hot rows in memory\n"
            "2. Log Layer: Appends every write to disk\n"
            "Placement:\n• Layers may share a node\n• The log layer runs on every data node",
        ),
        (
            "How does Quarry split data across nodes?",
            "Quarry hashes each row key into one of 512 slots.\n"
            "Benefits:\n• Even spread of rows\n• No hot nodes",
        ),
        ("Common pitfalls", "Pitfall | Fix\nHot keys | Salt the key"),
        (
            "Quarry: how do you recover a failed node?",
            "1. Fence the node:\n• Stop its writes\n"
            "2. Replay the log:\n• Read the log from the last checkpoint",
        ),
    ]
    fronts = [front for front, _ in cards]
    assert not any(f.startswith(("Answer", "Layers", "Architecture layers")) for f in fronts)


def test_a_long_answer_of_bare_part_titles_names_its_parts() -> None:
    parts = "\n".join(
        f"**{n}. Safeguard number {n}:**\n- {'A long explanation of the safeguard. ' * 3}\n"
        for n in range(1, 7)
    )
    asked = "**Q1: How do you keep Quarry safe?**\n\n**Answer:**"
    page = f"# Quarry\n\n## Operations\n\n{asked}\n\n{parts}"
    assert _cards(page)[0] == (
        "How do you keep Quarry safe?",
        "\n".join(f"{n}. Safeguard number {n}" for n in range(1, 7)),
    )


def test_an_unmarked_answer_stops_at_the_next_bold_title() -> None:
    # No "Answer:" label and a plain first paragraph: the author did not mark where the
    # answer runs, so a bold title after it opens a part of the page, as before.
    page = """# Quarry

## Notes

**Q1: What does Quarry log?**

Every write.

**Key Differences:**

- Quarry logs every write
- Quarry caches hot rows
"""
    assert _cards(page) == [
        ("What does Quarry log?", "Every write."),
        ("Quarry: key differences?", "• Quarry logs every write\n• Quarry caches hot rows"),
    ]
