"""Notebook exercise pages: a Jupytext / MyST solutions page
that quotes each exercise ("> `2`. A kiln is fired …") and its sub-questions ("> `1`.
Estimate …?") above the ``{code-cell}`` solutions. Each sub-question whose solution
states its result (prose, or code after a sentence saying what it computes) is one
card asking it with the exercise's set-up; one answered by code cells alone makes
none, and no answer runs on into the next sub-question. Read from a synthetic document
that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """---
jupytext:
  formats: ipynb,md:myst
kernelspec:
  name: python3
---

# Answers

## Exercise 1

> `1`. For each glaze below, write a function that mixes a batch and use it
> to estimate the share of batches that crack:

> `1`. A glaze with 3 parts of silica.

```{code-cell} ipython3
:tags: [nbval-ignore-output]

def mix(parts):
    return parts * 2
```

> `2`. A glaze with 5 parts of silica.

```{code-cell} ipython3
mix(5)
```

## Exercise 2

> `2`. A kiln is fired 40 times a year. Each firing cracks a pot with
> probability $1/8$ when the kiln is cold and $1/3$ when it is hot.

> `1`. Estimate the number of cracked pots in a year of cold firings?

We will write a function first.

```{code-cell} ipython3
def firings(n, p):
    return n * p
```

The expected number of cracked pots is given by:

```{code-cell} ipython3
firings(40, 1 / 8)
```

> `2`. Estimate the number of cracked pots in a year of hot firings?

```{code-cell} ipython3
firings(40, 1 / 3)
```

> `3`. Which kind of firing cracks fewer pots?

Cold firings crack fewer pots: five a year against about thirteen.

> `4`. Hence give the difference between the two.

```{code-cell} ipython3
firings(40, 1 / 3) - firings(40, 1 / 8)
```

The difference is about eight pots a year.
"""


def _facts() -> dict[str, str]:
    deck = build_deck(_PAGE, "glaze-answers.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_sub_question_with_a_stated_result_is_asked_with_its_set_up() -> None:
    facts = _facts()
    setup = (
        "A kiln is fired 40 times a year. Each firing cracks a pot with probability 1/8 "
        "when the kiln is cold and 1/3 when it is hot."
    )
    cold = f"{setup} Estimate the number of cracked pots in a year of cold firings?"
    # The code after "… is given by:" computes what is asked: the whole solution answers.
    assert facts[cold].startswith("We will write a function first.")
    assert facts[cold].endswith("firings(40, 1 / 8)")
    fewer = f"{setup} Which kind of firing cracks fewer pots?"
    assert facts[fewer] == "Cold firings crack fewer pots: five a year against about thirteen."


def test_code_cells_alone_or_another_parts_result_make_no_card() -> None:
    facts = _facts()
    fronts = "\n".join(facts)
    # Exercise 1's sub-questions and the hot firings are answered by code alone; "Hence
    # …" goes on from another part's result.
    assert "silica" not in fronts
    assert "hot firings" not in fronts
    assert "Hence" not in fronts
    assert len(facts) == 2


def test_no_answer_runs_into_the_next_sub_question_and_no_markup_is_left() -> None:
    facts = _facts()
    text = "\n".join([*facts, *facts.values()])
    assert "`1`." not in text
    assert "`2`." not in text
    assert "Estimate the number of cracked pots in a year of hot" not in "\n".join(facts.values())
    assert ":tags:" not in text
    assert "$" not in text


_NUMBERED = """# Glaze drills

## Mixing

1. A glaze holds 3 parts of silica and 2 of clay. What share of the glaze is silica?

```{code-cell} ipython3
3 / 5
```

The share of silica is 3/5.

2. A batch holds 10 kg of that glaze. How much clay does it hold?

```{code-cell} ipython3
10 * 2 / 5
```
"""


def test_numbered_questions_interrupted_by_cells_are_asked_one_by_one() -> None:
    deck = build_deck(_NUMBERED, "glaze-drills.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    # One card for the question whose solution states its share; the one answered by a
    # cell alone makes none, and no card lists the questions as if they answered.
    assert facts == {
        "A glaze holds 3 parts of silica and 2 of clay. What share of the glaze is silica?": (
            "3 / 5\nThe share of silica is 3/5."
        )
    }
    assert len(deck.notes) == 1


def test_an_exercise_set_up_makes_no_card_of_its_own() -> None:
    deck = build_deck(_PAGE, "glaze-answers.md")
    # The set-up quote is on the sub-questions' fronts, never a card (or a cloze) alone.
    assert all(isinstance(n, FactNote) for n in deck.notes)
    assert len(deck.notes) == 2
