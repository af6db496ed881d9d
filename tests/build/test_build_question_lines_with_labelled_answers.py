"""Interview notes with no "#" heading: emoji lines name the sections, each question is
a "Q1. …?" line over a list whose first item is labelled "answer:" (its other items
labelled "why:", "how:"), and "Question:" / "Answer:" lines run on from the line before
them, with code answers written without a fence. Each question is the author's, asked
as written, answered by what its labels mark."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts

Q_LINES = """🌱 soil basics

Q1. what is the difference between loam and clay?
- \tanswer: loam = a mix of sand, silt and clay. clay = fine particles that hold water.
- \twhy: drainage decides what grows.
- \thow: squeeze a wet handful; clay stays a ribbon.

⸻

Q2. common mistakes when composting?
- \tanswer:
- \tadding meat or dairy.
- \tletting the heap dry out.
- \twhy: smells and slow rotting.

⸻

🌿 watering

Q1. when should a lawn be watered?
- \tanswer: early in the morning, deeply and rarely.
- \thow: one long soak a week in summer.
"""


def _facts(text: str, name: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(n.front, n.back, tuple(n.tags)) for n in all_facts(build_deck(text, name).notes)]


def test_a_q_line_is_asked_and_its_labelled_bullets_answer_it() -> None:
    assert _facts(Q_LINES, "garden.md") == [
        (
            "what is the difference between loam and clay?",
            "loam = a mix of sand, silt and clay. clay = fine particles that hold water.\n"
            "Why: drainage decides what grows.\n"
            "How: squeeze a wet handful; clay stays a ribbon.",
            ("soil-basics",),
        ),
        (
            "common mistakes when composting?",
            "• adding meat or dairy.\n• letting the heap dry out.\nWhy: smells and slow rotting.",
            ("soil-basics",),
        ),
        (
            "when should a lawn be watered?",
            "early in the morning, deeply and rarely.\nHow: one long soak a week in summer.",
            ("watering",),
        ),
    ]


NO_QUESTION = """# Pruning

Roses are pruned in late winter.

- answer: cut in late winter.
- why: new growth comes from the buds left.
- how: cut just above an outward bud.
"""


def test_labelled_bullets_with_no_question_above_stay_a_list() -> None:
    assert _facts(NO_QUESTION, "pruning.md") == [
        (
            "Pruning: key points?",
            "• answer: cut in late winter.\n"
            "• why: new growth comes from the buds left.\n"
            "• how: cut just above an outward bud.",
            ("intro",),
        )
    ]


ONE_EMOJI_LINE = """🌱 soil basics

Soil types by grain:

- sand, the coarsest grains.
- silt, finer than sand.
- clay, the finest grains.
"""


def test_one_emoji_line_is_no_section() -> None:
    deck = build_deck(ONE_EMOJI_LINE, "soil.md")
    assert [(n.id, tuple(n.tags)) for n in deck.notes] == [
        ("intro/soil-types-by-grain", ("intro",))
    ]


RUN_TOGETHER = """Garden Interview Questions
Question: What is mulch?
Answer: A layer of material spread over soil to keep moisture in.

Question: Write a crontab line that waters the beds at six.
Answer:

crontab
Copy code
0 6 * * * /usr/local/bin/water --beds all
Question: What is a cold frame?
Answer: A glass-topped box that shelters seedlings from frost.

Question: Show the drip line settings.
Answer:

```ini
flow = 2
interval = 30
```

Question: What is compost tea?
Answer: A liquid fertiliser brewed from compost.

Question: Start the hose timer at six.
Answer:

Copy code
Bash
hose-timer --start 06:00
Question: What is a raised bed?
Answer: A planting bed built up above the ground.
"""


def test_question_lines_start_a_question_wherever_they_stand() -> None:
    assert [(f, b) for f, b, _ in _facts(RUN_TOGETHER, "garden.md")] == [
        ("What is mulch?", "A layer of material spread over soil to keep moisture in."),
        (
            "Write a crontab line that waters the beds at six.",
            "0 6 * * * /usr/local/bin/water --beds all",
        ),
        ("What is a cold frame?", "A glass-topped box that shelters seedlings from frost."),
        ("Show the drip line settings.", "flow = 2\ninterval = 30"),
        ("What is compost tea?", "A liquid fertiliser brewed from compost."),
        ("Start the hose timer at six.", "hose-timer --start 06:00"),
        ("What is a raised bed?", "A planting bed built up above the ground."),
    ]


MID_SENTENCE = """# Seeds

Gardeners often ask the same
question: should seeds be soaked before sowing? Most large seeds sprout faster
after a night in water, while small seeds rot.
"""


def test_question_mid_paragraph_in_prose_is_no_question_line() -> None:
    fronts = [n.front for n in all_facts(build_deck(MID_SENTENCE, "seeds.md").notes)]
    assert "should seeds be soaked before sowing?" not in fronts
    assert not any(f.startswith("should seeds") for f in fronts)
