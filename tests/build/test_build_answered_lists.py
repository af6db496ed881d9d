"""Answered list shapes (a list of bold questions, "Question:"/"Answer:" labels
under a numbered heading, answers that concede first, shell continuation lines, marks
in front of a cell's words), each read from a synthetic document that has the shape and
none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

QUESTION_LIST = """# Widget Toolkit Questions

-   **How does frobbing differ from twiddling?**<br/>
    A) Frobbing changes the widget in place while twiddling returns a new copy.
    Twiddling is slower for large widgets.

-   **What does the `spin` helper return?** <br>
    Ans: It returns the number of rotations performed.

    Here's an example:
    ```python
    count = spin(widget)
    ```

-   **What is a gizmo?**<br/>
    A)

-   **Why are knobs immutable?**
    Answer: Because sharing them between panels would otherwise race.

-   **What kinds of knob are there?**<br/>
    A) There are two kinds of knob - <br>
    **1) Rotary knob:** It turns around its axis.

    **2) Push knob:** It moves in and out.
"""


def test_each_bold_question_of_a_list_is_a_note_answered_by_its_item() -> None:
    notes = facts(build_deck(QUESTION_LIST, "widgets.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "How does frobbing differ from twiddling?",
            "Frobbing changes the widget in place while twiddling returns a new copy."
            " Twiddling is slower for large widgets.",
        ),
        (
            "What does the `spin` helper return?",
            "It returns the number of rotations performed.\nHere's an example:\n"
            "count = spin(widget)",
        ),
        ("Why are knobs immutable?", "Because sharing them between panels would otherwise race."),
        # The parts the answer counts go on in the paragraphs after its first.
        (
            "What kinds of knob are there?",
            "There are two kinds of knob - 1) Rotary knob: It turns around its axis.\n"
            "2) Push knob: It moves in and out.",
        ),
    ]
    assert [n.origin.line for n in notes if n.origin is not None] == [3, 7, 18, 21]


LABELLED_ANSWERS = """# Gadget design questions

## Q1. What is a sprocket?

**Question:**~~
Describe what a sprocket is in the gadget model.

**Answer:**~~
A sprocket is a toothed wheel that passes motion from one gadget to the next.

## Q2. What's the difference between **spin** and **turn**?

**Question:**~~
Explain the difference between **spin** and **turn**, with short examples.

**Answer:**~~
**Summary**

| Aspect | spin | turn |
|--------|------|------|
| Speed  | Fast | Slow |
| Steps  | Many | One  |

## Q3. Which lever locks a gadget?

**Question:** Which lever locks a gadget when it is idle?

**Answer:**
- **red** → Locks the gadget at once.
- **blue** → Locks it after a delay.
""".replace("~~\n", "  \n")  # two trailing spaces: the label's line ends in a hard break


def test_question_and_answer_labels_under_a_question_heading_are_neither_front_nor_back() -> None:
    notes = facts(build_deck(LABELLED_ANSWERS, "gadgets.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "What is a sprocket?",
            "A sprocket is a toothed wheel that passes motion from one gadget to the next.",
        ),
        (
            "What's the difference between spin and turn?",
            "Summary\nAspect | spin | turn\nSpeed | Fast | Slow\nSteps | Many | One",
        ),
        # The table's rows stay facts of their own; under the question of how the two
        # differ, each row's short values are asked together ("Slow" means something
        # only against "Fast").
        ("spin vs turn: speed?", "spin fast, turn slow"),
        ("spin vs turn: steps?", "spin many, turn one"),
        (
            "Which lever locks a gadget?",
            "• red → Locks the gadget at once.\n• blue → Locks it after a delay.",
        ),
    ]


CONTINUED_COMMANDS = """# Renaming reports

## Renaming

::::::::::::::::::::::::::::::::::::::: challenge

## Exercise

Add the suffix `.bak` to every `.csv` file in the folder.

:::::::::::::::::::::::::::::::::::::: solution

## Solution

```bash
$ for report in *.csv
> do
>     cp ${report} ${report}.bak
> done
$ ls
```

```output
a.csv  a.csv.bak
```

:::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::: challenge

## Exercise

Pack the folder and write a note beside it.

:::::::::::::::::::::::::::::::::::::: solution

## Solution

```bash
$ tar -czf reports.tgz \\
    reports/
$ cat <<END > note.txt
> packed on monday
> END
$ wc -l note.txt
1 note.txt
```

:::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_continuation_lines_of_a_prompted_command_are_the_command_not_its_output() -> None:
    notes = facts(build_deck(CONTINUED_COMMANDS, "renaming.md").notes)
    assert [n.back for n in notes] == [
        "$ for report in *.csv\n> do\n>     cp ${report} ${report}.bak\n> done\n$ ls"
        "\na.csv  a.csv.bak",
        "$ tar -czf reports.tgz \\\n    reports/\n$ cat <<END > note.txt\n> packed on monday"
        "\n> END\n$ wc -l note.txt",
    ]


MARKED_CELLS = """# Pumps

## Pump kinds

| Feature      | Piston pump               | Gear pump                 |
|--------------|---------------------------|---------------------------|
| Seals        | ✅ Yes (two lip seals)    | ❌ No seals at all        |
| Outlets      | ✅ Single outlet only     | ✅ Up to **four** outlets |
| Best for     | Thick oils                | Thin fuels                |

| Pump         | Reversible          |
|--------------|---------------------|
| Piston pump  | ✅ Yes              |
| Gear pump    | ❌ No (fixed gears) |
| Vane pump    | ✅                  |
"""


def test_a_mark_before_words_that_answer_is_dropped_never_doubled() -> None:
    notes = facts(build_deck(MARKED_CELLS, "pumps.md").notes)
    backs = {n.front: n.back for n in notes}
    assert backs["Piston pump: seals?"] == "Yes (two lip seals)"
    assert backs["Gear pump: seals?"] == "No seals at all"
    assert backs["Piston pump: outlets?"] == "Single outlet only"
    assert backs["Gear pump: outlets?"] == "Up to four outlets"
    assert backs["Gear pump: reversible?"] == "No (fixed gears)"
    assert backs["Vane pump: reversible?"] == "Yes"


FAQ_TURNS = """
# Lantern FAQ

## Why run our own mirror rather than use the public one?

We think it is important to keep every way of fetching lanterns open, including the
public mirror and plain copies.

That said, our own mirror gives faster fetches and a single place to audit releases.

For history, other tools also keep both kinds of source.

## What does "wick mismatch" mean and how do I fix it?

> could not match a wick for `brass-7` within the allowed range

Have you seen this message before?

It appears when two lanterns ask for wicks that cannot both be met. Check the causes:

- Two lanterns pin different wick sizes: align the sizes.
- A lantern asks for a wick feature the wick lacks: drop the feature.

## Can Lantern run inside `cron` (or `systemd`, or ...)

Indeed. Lantern exits with a clear code and writes machine-readable logs for schedulers.

## Why brass? I prefer steel

Brass resists the damp of long nights better than plain steel.
"""


def test_faq_answers_past_a_concession_a_quoted_error_and_a_missing_question_mark() -> None:
    notes = facts(build_deck(FAQ_TURNS, "lantern.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "Why run our own mirror rather than use the public one?",
            "We think it is important to keep every way of fetching lanterns open, including"
            " the public mirror and plain copies.\nThat said, our own mirror gives faster"
            " fetches and a single place to audit releases.",
        ),
        (
            'What does "wick mismatch" mean and how do I fix it?',
            "It appears when two lanterns ask for wicks that cannot both be met.\n"
            "• Two lanterns pin different wick sizes: align the sizes.\n"
            "• A lantern asks for a wick feature the wick lacks: drop the feature.",
        ),
        (
            "Can Lantern run inside `cron` (or `systemd`, or ...)?",
            "Indeed. Lantern exits with a clear code and writes machine-readable logs for"
            " schedulers.",
        ),
        (
            "Why brass? I prefer steel",
            "Brass resists the damp of long nights better than plain steel.",
        ),
    ]


CODE_ABOVE = """
# Sorting logs

## Finding errors

Let's first make sure we are in our logs folder:

```bash
$ cd ~/logs
```

Count the lines of a log that hold the word PANIC:

```bash
$ grep -c PANIC app.log
```

This command prints a single number. Every line of the log that holds
at least 3 `PANIC` markers is counted once.

```bash
$ echo level is $levelX
level is
```

The shell is trying to expand a variable named `levelX`, which is not set.

## Counting

The counter reads each log once. Every line of the log that holds
at least 3 `PANIC` markers is counted once.
"""


def test_no_card_leans_on_the_code_above_it_or_narrates_the_lesson() -> None:
    notes = build_deck(CODE_ABOVE, "logs.md").notes
    # Only the sentence that stands on its own makes a card: not the lesson's "make sure
    # we are in our folder" step, nor the sentences telling what the code above did.
    assert [(type(n).__name__, getattr(n, "text", "")) for n in notes] == [
        (
            "ClozeNote",
            # The page's subject (its one top heading) rides along: the sentence names
            # neither it nor its section.
            "Counting: Every line of the log that holds at least {{c1::3}} `PANIC` markers is"
            " counted once.",
        )
    ]


PROMPTED_STEP = """# Reports

## Copies

Copy every report to a backup file:

```bash
$ for report in *.csv
> do
>   cp ${report} ${report}.bak
> done
```
"""


def test_a_step_commands_continuation_lines_are_its_command_without_their_prompt() -> None:
    notes = facts(build_deck(PROMPTED_STEP, "reports.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "How do you copy every report to a backup file?",
            "for report in *.csv\ndo\n  cp ${report} ${report}.bak\ndone",
        )
    ]


RESTATED_UNDER_A_TITLE = """# Gadget drills

## Q4 — Spin vs turn

**Question:**~~
Explain how to make a gadget spin at full speed from the command line.

**Answer:**
```bash
gadget spin --speed full
```

**Sample Output:**

```
spinning at 3000 rpm
```
""".replace("~~\n", "  \n")


def test_a_question_label_under_a_title_heading_is_the_question_its_answer_label_opens() -> None:
    notes = facts(build_deck(RESTATED_UNDER_A_TITLE, "drills.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "Explain how to make a gadget spin at full speed from the command line.",
            "gadget spin --speed full",
        )
    ]


DEFINED_THEN_DETAILED = """# Gadget principles

## What are the two rules of gadget design?

The two rules are Balance and Reach.

### 1. Balance
Balance keeps a gadget upright on any surface.
- Achieved with a low centre of weight.
- Checked by tilting the gadget by ten degrees.
"""


def test_a_list_under_a_heading_keeps_the_definition_of_the_heading_above_it() -> None:
    notes = facts(build_deck(DEFINED_THEN_DETAILED, "gadgets.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        ("What are the two rules of gadget design?", "The two rules are Balance and Reach."),
        (
            "What are the two rules of gadget design: balance?",
            "Balance keeps a gadget upright on any surface.\n"
            "• Achieved with a low centre of weight.\n"
            "• Checked by tilting the gadget by ten degrees.",
        ),
    ]


PURPOSE_LATER = """# Lantern FAQ

## Why keep `wick.lock` in the repository?

While `lantern new` keeps `wick.lock` by default, whether you do depends on your project.

The purpose of `wick.lock` is to record the wick versions of the last good build: every
machine then lights the same wicks.
"""


def test_a_why_answer_reaches_past_a_hedge_to_the_paragraph_giving_the_purpose() -> None:
    notes = facts(build_deck(PURPOSE_LATER, "lantern.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "Why keep `wick.lock` in the repository?",
            "While `lantern new` keeps `wick.lock` by default, whether you do depends on your"
            " project.\nThe purpose of `wick.lock` is to record the wick versions of the last"
            " good build: every machine then lights the same wicks.",
        )
    ]


TWO_THINGS_ASKED = """# Lantern FAQ

## Does Lantern support coloured glass or remote ignition?

Lantern ships with clear, amber and blue panes, and more tints are planned.

[panes]: https://example.org/panes

Later releases will add remote ignition over the radio link.

Report broken panes on the tracker.
"""


def test_a_question_about_two_things_reaches_the_paragraph_about_the_second() -> None:
    notes = facts(build_deck(TWO_THINGS_ASKED, "lantern.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "Does Lantern support coloured glass or remote ignition?",
            "Lantern ships with clear, amber and blue panes, and more tints are planned.\n"
            "Later releases will add remote ignition over the radio link.",
        )
    ]


KEYS_AFTER_USING = """# Shell loops

## Writing loops

A loop cannot be edited once a line is entered. Remember that we can stop the running loop using

- <kbd>Ctrl</kbd>\\+<kbd>C</kbd>

and then type it again.
"""


def test_a_list_finishing_a_sentence_that_ends_in_using_is_asked_by_that_sentence() -> None:
    notes = facts(build_deck(KEYS_AFTER_USING, "loops.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        ("Writing loops: Remember that we can stop the running loop using …?", "• Ctrl+C")
    ]


CONCEPT_COLUMNS = """# Pumps

## Priming vs flushing

| Concept | priming           | flushing          |
|---------|-------------------|-------------------|
| When    | Before first use  | After each season |
| Where   | At the inlet      | At the outlet     |
"""


def test_a_concept_column_names_the_rows_attributes_of_the_compared_columns() -> None:
    notes = facts(build_deck(CONCEPT_COLUMNS, "pumps.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        ("priming: when?", "Before first use"),
        ("flushing: when?", "After each season"),
        ("priming: where?", "At the inlet"),
        ("flushing: where?", "At the outlet"),
    ]


TABLES_IN_ANSWERS = """# Kitchen questions

## What sets a kettle apart from a pot?

| Parameters | Kettle           | Pot                 |
|------------|------------------|---------------------|
| Lid        | Hinged           | Loose               |
| Spout      | Yes              | No                  |

## Which commands does the kettle take?

| Command  | Effect              | Needs water |
|----------|---------------------|-------------|
| `boil`   | Heats to 100 °C     | Yes         |
| `keep`   | Holds the heat      | Yes         |

## Why use a kettle rather than a pot for tea?

We think both vessels have their place in a kitchen, and many cooks still use a pot.

But there are two reasons to prefer a kettle for tea, given below in order of weight.

- It boils faster.
"""


def test_tables_in_answers_give_cell_facts_only_when_their_rows_are_keyed_entities() -> None:
    notes = facts(build_deck(TABLES_IN_ANSWERS, "kitchen.md").notes)
    fronts = [n.front for n in notes]
    # "Parameters" names no attribute: the table stays the question's back only.
    assert not any(front.startswith(("Lid:", "Spout:", "Kettle:", "Pot:")) for front in fronts)
    assert "`boil`: effect?" in fronts
    assert "`keep`: needs water?" in fronts
    # A turn that only announces what follows is no part of the answer; the list it
    # announced, asked by the same question, joins the question's one card.
    backs = {n.front: n.back for n in notes}
    assert backs["Why use a kettle rather than a pot for tea?"] == (
        "We think both vessels have their place in a kitchen, and many cooks still use a pot."
        "\n• It boils faster."
    )
