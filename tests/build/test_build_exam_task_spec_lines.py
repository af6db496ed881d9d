"""An exam's written-out tasks (a "Question : N" heading, the task, a "**Solution :**"
label over the solution): a "Label: value" line every task opens on alike ("Use
workspace: …") is the set's boilerplate and leaves the front, and the task's spec lines
("Name: web", "port: 8080") keep their own lines instead of running into one. Synthetic
documents."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts


def _task(number: int, spec: str, solution: str) -> str:
    return f"""## Question : {number}

  Use workspace: **garden workspace select plot-{number}**
{spec}

**Solution :**

1. garden workspace select plot-{number}
2. {solution}

"""


_EXAM = "".join(
    [
        "## About\n  These tasks came up in the exam, practise them by hand.\n\n",
        _task(
            1,
            "  Plant a row of seeds in bed north\n    Name: carrots  \n    depth: 2cm",
            "garden plant carrots --bed north --depth 2cm",
        ),
        _task(
            2,
            "  Water the bed south every morning before the sun is high.",
            "garden water south --at 06:00",
        ),
        _task(
            3,
            "  Prune the roses in bed east down to five buds.",
            "garden prune roses --bed east --buds 5",
        ),
    ]
)


def _fronts(text: str) -> list[str]:
    return [n.front for n in facts(build_deck(text, "exam.md").notes)]


def test_the_label_every_task_opens_on_leaves_the_front() -> None:
    fronts = _fronts(_EXAM)
    assert "Water the bed south every morning before the sun is high." in fronts
    assert "Prune the roses in bed east down to five buds." in fronts
    assert not [f for f in fronts if "Use workspace" in f]


def test_the_tasks_spec_lines_keep_their_lines() -> None:
    fronts = _fronts(_EXAM)
    assert "Plant a row of seeds in bed north\nName: carrots\ndepth: 2cm" in fronts


def test_a_label_only_two_tasks_open_on_stays() -> None:
    # A near miss: two tasks alike are no set's boilerplate; the label line stays, on its
    # own line, above the task.
    exam = "".join(_EXAM.split("## Question : 3")[:1])
    fronts = _fronts(exam)
    assert (
        "Use workspace: garden workspace select plot-2\n"
        "Water the bed south every morning before the sun is high."
    ) in fronts
