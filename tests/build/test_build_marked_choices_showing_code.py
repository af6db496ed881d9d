"""Multiple choices whose question shows code (synthetic documents, no real wording): the
code between the question and its marked options is on the front; a section whose run
of prose and code ends on marked options is the whole question ("the listing above" is
on the card); under a heading that only numbers the question that run is asked even
when no sentence ends in "?"; a page's long prose before a question stays off it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

QUIZ = """# Kettle scripting check

### Question 1

What does this line print?

```bash
$ brew --count 3
```

* [ ] nothing
* [x] `3`
* [ ] an error

### Question 2

You are given a file `cups.txt` with one cup per line:

```
oolong
sencha
oolong
```

Your task is to count the cups of each tea (in the listing above, two of oolong).
Which command does it?

* [x] `sort cups.txt | uniq -c`
* [ ] `uniq -c cups.txt`

### Question 3

This command steeps the pot:

```bash
$ steep < pot
```

...but this one does not:

```bash
$ steep pot
```

* [ ] `steep` cannot read files
* [x] `steep` reads its input on standard input

### Question 4

Which flag makes the kettle quiet?

* [x] `-q`
* [ ] `-v`
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(QUIZ, "quiz.md").notes)}


def test_code_between_the_question_and_its_options_is_on_the_front() -> None:
    cards = _cards()
    assert (
        cards["What does this line print?\n$ brew --count 3\n• nothing\n• `3`\n• an error"] == "`3`"
    )


def test_the_input_a_question_leans_on_is_on_its_front() -> None:
    cards = _cards()
    front = (
        "You are given a file `cups.txt` with one cup per line:\n"
        "oolong\nsencha\noolong\n"
        "Your task is to count the cups of each tea (in the listing above, two of oolong). "
        "Which command does it?\n"
        "• `sort cups.txt | uniq -c`\n• `uniq -c cups.txt`"
    )
    assert cards[front] == "`sort cups.txt | uniq -c`"
    assert not [f for f in cards if f.startswith("Your task is")]


def test_a_numbered_question_asking_without_a_question_mark_is_asked_whole() -> None:
    cards = _cards()
    front = (
        "This command steeps the pot:\n$ steep < pot\n...but this one does not:\n$ steep pot\n"
        "• `steep` cannot read files\n• `steep` reads its input on standard input"
    )
    assert cards[front] == "`steep` reads its input on standard input"


def test_a_question_right_over_its_options_is_asked_as_before() -> None:
    cards = _cards()
    assert cards["Which flag makes the kettle quiet?\n• `-q`\n• `-v`"] == "`-q`"
    assert len(cards) == 4


TUTORIAL = """# Brewing guide

## Steeping

Steeping pulls flavour from the leaves into the water.

```bash
$ steep --minutes 3 pot
```

The pot is ready when the timer rings.

Which flag sets the time?

* [x] `--minutes`
* [ ] `--hours`

## Pouring

Take a pot log like this one:

```
pot 1 poured
pot 2 spilled
```

Which command counts the spilled pots in the log above?

* [ ] `wc -l log`
* [x] `grep -c spilled log`
"""


def test_prose_before_a_question_under_a_topic_heading_stays_off_it() -> None:
    # The heading names a topic, not a question number, and the paragraph over the
    # options asks on its own: the page's explanation before it is no part of it.
    # (No sentence before it asks, so the run is not the question.)
    cards = {n.front: n.back for n in facts(build_deck(TUTORIAL, "guide.md").notes)}
    assert cards["Which flag sets the time?\n• `--minutes`\n• `--hours`"] == "`--minutes`"
    assert not [f for f in cards if f.startswith("Steeping pulls")]


def test_a_question_leaning_on_the_input_above_takes_it_under_any_heading() -> None:
    cards = {n.front: n.back for n in facts(build_deck(TUTORIAL, "guide.md").notes)}
    front = (
        "Take a pot log like this one:\npot 1 poured\npot 2 spilled\n"
        "Which command counts the spilled pots in the log above?\n"
        "• `wc -l log`\n• `grep -c spilled log`"
    )
    assert cards[front] == "`grep -c spilled log`"
