"""A fill-in-the-blank question (the author's blanks: `_____`, `____`, `\\_\\_\\_`) is a
question: with its options and the marked one it is a quiz card whose back is what fills
the blanks; a prose cloze never fires on a sentence holding the author's blanks.
Synthetic documents."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import has_blank
from tests.helpers import clozes, facts

_QUIZ = r"""# Orchard quiz

### Question 4: Grafting

**Grafting is a way of joining a \_\_\_\_\_ to a rootstock so that the two grow as \_\_\_\_\_.**

* [ ] Seed; twins
* [x] Scion; one plant
* [ ] Leaf; a hedge

**Explanation**
The scion is the cutting grafted on; the union grows as a single plant.

---

### Question 5: Pruning

**When should most fruit trees be pruned?**

* [x] In late winter
* [ ] In midsummer

**Explanation**
Late winter pruning heals fast once growth starts.
"""


def test_a_blank_question_asks_and_its_marked_option_answers() -> None:
    cards = {n.front.split("\n")[0]: n.back for n in facts(build_deck(_QUIZ, "quiz.md").notes)}
    front = "Grafting is a way of joining a _____ to a rootstock so that the two grow as _____."
    assert cards[front].split("\n")[0] == "Scion; one plant"


def test_no_cloze_hides_a_word_of_a_sentence_with_blanks() -> None:
    notes = build_deck(_QUIZ, "quiz.md").notes
    assert not [c for c in clozes(notes) if "_____" in c.text]


def test_prose_with_the_blanks_of_a_sentence_makes_no_cloze() -> None:
    # A definition-shaped sentence ("Grafting is …") would hide its term; with the
    # author's blanks it is a question, never a cloze.
    text = """# Orchard notes

## Grafting

Grafting is an extension of ____ propagation in which the union is wrapped for ____.

Grafting is an extension of cutting propagation in which the union is wrapped for weeks.
"""
    texts = [c.text for c in clozes(build_deck(text, "notes.md").notes)]
    assert not [t for t in texts if "____" in t]
    # Near miss: the same sentence with its words filled in is prose as before.
    assert [t for t in texts if "cutting propagation" in t]


def test_underscores_in_code_or_words_are_no_blanks_near_miss() -> None:
    assert has_blank(r"joining a \_\_\_ to a rootstock")
    assert has_blank("joining a ____ to a rootstock")
    assert not has_blank("the `__init__` method and `x = ___` in code")
    assert not has_blank("a snake_case___name")
    text = """# Orchard notes

## Grafting

The default `graft-tape` width is `25mm` in the `__init__` of the tool.
"""
    assert [c for c in clozes(build_deck(text, "notes.md").notes) if "25mm" in c.text]
