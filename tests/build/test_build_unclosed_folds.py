"""A ``<details>`` fold the author never closed (an exercise page that writes
"1. **Task**", its solution under ``<details><summary>show</summary><p>`` and never
``</details>``) ends where its exercise does: at the next exercise leading into a fold
no deeper than it, at the end of its list item, at the next heading or at the end of the
page; each exercise is asked with its own solution. Closed folds, and a fold closed
inside an open one (a hint inside a solution), are read as written. Synthetic
documents."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

_ITEMS = """# Widget drills

## Basics

1. **Create a namespace called *drills*.**

    <details><summary>show</summary><p>

    ```
    kubectl create ns drills
    ```

    **Tip**: short names save typing.

2. **Start two pods named *w1* and *w2*.**
     <details><summary>show</summary><p>

        kubectl run -n drills w1 --image=widget
        kubectl run -n drills w2 --image=widget

    **Tip**: one run per pod.

3. **Label pod *w2* with *tier=back*.**
    <details><summary>show</summary><p>

        kubectl -n drills label po w2 tier=back

4. **Delete the namespace when done.**

## Notes

The drills assume a cluster of one node at least.
"""

_MARGIN = """# Queue quiz

**What does a dead-letter queue hold?**

<details><summary>Answer</summary><p>

Messages that failed delivery too many times.

**Which header carries a message's retry count?**

<details><summary>Answer</summary><p>

The `x-delivery-count` header.
"""

_NESTED_CLOSED = """# Queue quiz

**How do you replay a dead-lettered message?**

<details><summary>Solution</summary>

Move it back to the source queue.

<details><summary>Hint</summary>

The shovel plugin moves messages between queues.

</details>
</details>

**What bounds a queue's length?**

<details><summary>Solution</summary>

The `x-max-length` argument.

</details>
"""


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "doc.md").notes)}


def test_each_exercise_keeps_its_own_solution() -> None:
    cards = _cards(_ITEMS)
    assert cards["Basics: Create a namespace called drills."] == (
        "kubectl create ns drills\nTip: short names save typing."
    )
    assert cards["Basics: Start two pods named w1 and w2."] == (
        "kubectl run -n drills w1 --image=widget\n"
        "kubectl run -n drills w2 --image=widget\n"
        "Tip: one run per pod."
    )
    assert cards["Basics: Label pod w2 with tier=back."] == (
        "kubectl -n drills label po w2 tier=back"
    )


def test_an_unclosed_fold_ends_with_its_list_item() -> None:
    cards = _cards(_ITEMS)
    backs = "\n".join(b for f, b in cards.items() if f.startswith("Basics: "))
    # The task after the last fold and the section after it are no part of an answer.
    assert "Delete the namespace" not in backs
    assert "one node at least" not in backs


def test_unclosed_folds_at_the_margin_end_before_the_next_question() -> None:
    assert _cards(_MARGIN) == {
        "What does a dead-letter queue hold?": "Messages that failed delivery too many times.",
        "Which header carries a message's retry count?": "The `x-delivery-count` header.",
    }


def test_a_closed_fold_inside_a_solution_stays_in_it_near_miss() -> None:
    assert _cards(_NESTED_CLOSED) == {
        "How do you replay a dead-lettered message?": (
            "Move it back to the source queue.\nThe shovel plugin moves messages between queues."
        ),
        "What bounds a queue's length?": "The `x-max-length` argument.",
    }


def test_closed_folds_read_as_before_near_miss() -> None:
    closed = _ITEMS.replace(
        "    **Tip**: short names save typing.\n",
        "    **Tip**: short names save typing.\n\n    </p></details>\n",
    )
    assert _cards(closed)["Basics: Create a namespace called drills."] == (
        "kubectl create ns drills\nTip: short names save typing."
    )
