"""Answers folded away under the question they answer: a multiple choice whose heading
only numbers it, its answer in a ``<details>`` fold laid out as indented HTML (or run on
under the options); an exercise answered in mkdocs collapsible boxes (``??? "Answer"``,
one box per way of doing it); a question box holding its answer box and a hint. Each
document is synthetic: the shapes of real pages, none of their words."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Code, Question, parse_document
from tests.helpers import card_texts, facts


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "quiz.md")
    return {n.front: n.back for n in facts(deck.notes)}


NUMBERED_QUIZ = """# Orchard Quiz

# Part 1 - Pruning
## Question 1.1
Apple trees are best pruned in ___________?
- a. Late winter
- b. Midsummer
- c. Early autumn
- d. Any month
<details>
    <summary>Answear</summary>
    a. Late winter
</details>

## Question 1.2
Which cuts remove a whole branch? Select all that apply.
- a. Thinning cuts
- b. Heading cuts
- c. Removal cuts
 d. Pinching
<details>
    <summary>Answear</summary>
    - a. Thinning cuts
    - c. Removal cuts
</details>

## Question 1.3
Which tools suit branches thicker than a thumb? Select all that apply.
- a. Loppers
- b. Secateurs
- c. Pruning saw
- d. Hedge shears
<details>
  <summary>Ans</summary>
    a. Loppers, c. Pruning saw
</details>

## Question 1.4
What do you call the swelling where a branch meets the trunk?
- a. Collar
- b. Crotch
- c. Spur
- d. Leader
Answer: a. Collar
<details>
    <summary>Answear</summary>
    - c. Drip line
</details>
"""


def test_a_numbered_multiple_choice_asks_its_stem_and_answers_from_its_indented_fold() -> None:
    cards = _cards(NUMBERED_QUIZ)
    assert cards == {
        "Apple trees are best pruned in ___________?\n"
        "• a. Late winter\n• b. Midsummer\n• c. Early autumn\n• d. Any month": "A: Late winter",
        # The unbulleted "d." run on from the last option is an option of its own; a
        # list of chosen options names each.
        "Which cuts remove a whole branch? Select all that apply.\n"
        "• a. Thinning cuts\n• b. Heading cuts\n• c. Removal cuts\n• d. Pinching": (
            "A: Thinning cuts\nC: Removal cuts"
        ),
        # "Ans" is an answer label; "a. X, c. Y" chooses two.
        "Which tools suit branches thicker than a thumb? Select all that apply.\n"
        "• a. Loppers\n• b. Secateurs\n• c. Pruning saw\n• d. Hedge shears": (
            "A: Loppers\nC: Pruning saw"
        ),
        # The answer written under the options restates its option; the fold names an
        # option that is none of these (pasted from elsewhere): the visible line wins.
        "What do you call the swelling where a branch meets the trunk?\n"
        "• a. Collar\n• b. Crotch\n• c. Spur\n• d. Leader": "A: Collar",
    }
    ids = [n.id for n in build_deck(NUMBERED_QUIZ, "quiz.md").notes]
    # The heading's number keeps questions asked in the same words apart.
    assert "pruning/1-1-apple-trees-are-best-pruned-in" in ids


TOPIC_QUIZ = """# Orchard Quiz

## Grafting season

When is whip grafting usually done?
- a. Early spring
- b. High summer
<details>
<summary>Answer</summary>

a. Early spring
</details>

## Fruit thinning

<details>
<summary>Answer</summary>

    keep one fruit per cluster
</details>
"""


def test_a_topic_heading_still_titles_its_quiz_and_a_margin_summary_keeps_its_code() -> None:
    deck = build_deck(TOPIC_QUIZ, "quiz.md")
    fronts = [n.front for n in facts(deck.notes)]
    # Only a heading that numbers the question gives way to the stem.
    assert (
        "Grafting season\nWhen is whip grafting usually done?\n• a. Early spring\n• b. High summer"
        in fronts
    )
    # A summary written at the margin: the body's four spaces are the author's code
    # block, never layout moved back.
    hidden = [i.block for i in parse_document(TOPIC_QUIZ).items][-1]
    assert isinstance(hidden, Question)
    assert hidden.answer == (Code(info="", text="keep one fruit per cluster\n", line=19),)


LAB = """# Greenhouse Lab

## Exercise 1 - Set up drip irrigation

1. Lay a main line along the bench
2. Fit one emitter per pot

??? "Answer - By hand"

    ```shell
    mkdir -p lines/main
    touch lines/main/emitters.txt
    ```

??? "Answer - With a kit"

    ```yaml
    kit: drip-basic
    emitters: 12
    ```

## Exercise 2 - Label the trays

1. Print a label for every tray

??? Answer

    ```shell
    print-labels --all-trays
    ```
"""


def test_mkdocs_answer_boxes_answer_the_task_above_them_each_way_named() -> None:
    cards = _cards(LAB)
    assert cards == {
        "Exercise 1 - Set up drip irrigation:\n1. Lay a main line along the bench\n"
        "2. Fit one emitter per pot": (
            "By hand:\nmkdir -p lines/main\ntouch lines/main/emitters.txt\n"
            "With a kit:\nkit: drip-basic\nemitters: 12"
        ),
        "Exercise 2 - Label the trays: Print a label for every tray": "print-labels --all-trays",
    }


QUESTION_BOXES = """# Seed Saving

## Drying

Seeds dry on screens for two weeks.

!!! note "Question"
    Why are seeds dried before storage?

    ??? "Answer"
        Moisture lets moulds grow in the jar.

!!! question "2) How long do dried bean seeds keep?"

    ??? hint "Hint"
        Look at the storage table above.

    ??? answer
        About four years.

??? example "3.1 Test germination"
    Roll ten seeds in a damp towel and keep it warm.

    ```
    count-sprouts --after 7d
    ```

    What share of the seeds must sprout for the batch to be worth sowing?

    ??? hint
        Think about the sowing density.

    ??? answer
        Seven in ten or more.

??? note "Answers to common questions"
    Most saved seed keeps a year in a cool room.
"""


def test_a_question_box_is_answered_by_its_answer_box_and_never_by_its_hint() -> None:
    deck = build_deck(QUESTION_BOXES, "seeds.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["Why are seeds dried before storage?"] == ("Moisture lets moulds grow in the jar.")
    # The box's bare "Question" label says nothing: the id is the question's.
    assert "drying/why-are-seeds-dried-before-storage" in [n.id for n in deck.notes]
    assert cards["How long do dried bean seeds keep?"] == "About four years."
    assert cards[
        "3.1 Test germination\nRoll ten seeds in a damp towel and keep it warm.\n"
        "count-sprouts --after 7d\n"
        "What share of the seeds must sprout for the batch to be worth sowing?"
    ] == ("Seven in ten or more.")
    texts = [t for n in deck.notes for t in card_texts(n)]
    assert not any("storage table" in t or "sowing density" in t for t in texts)
    assert not any("???" in t or "!!!" in t for t in texts)
    # A box merely titled with the word is no answer fold: its note reads as before.
    assert cards["Drying: answers to common questions?"] == (
        "Most saved seed keeps a year in a cool room."
    )
