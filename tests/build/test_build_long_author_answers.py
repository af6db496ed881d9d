"""An author's question whose answer is too long for a card still makes a card: parts
announced by a lead-in and titled by bold labels answer whole when they fit, else by
their labels with their first sentences; a long list of labelled steps answers by its
labels; lines of "term: what it does" under a lead-in are its list; a table a lead-in
only announces answers alone. Read from synthetic documents that have the shapes and
none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_JC = (
    "The jc tool counts the jars on one shelf and prints the total. You can pass the shelf "
    "name to count a single shelf, or leave it out to count the shelf you are standing at, "
    "which is what most people do when they first arrive in the pantry and want a quick "
    "look at the stock."
)
_JCOUNT = (
    "The jcount tool counts jars across every shelf and groups them by label. It reads the "
    "pantry map first, so it can take a while on a large pantry with many rooms and many "
    "shelves in each room; running it at night is a common habit for that reason."
)
_JSCAN = (
    "The jscan tool scans the barcodes of the jars and keeps a running list. It needs a "
    "scanner plugged in and a shelf name, and it writes its list to the pantry log so that "
    "the next person can see what was scanned and when, shelf by shelf and jar by jar."
)

_ROWS = (
    (
        "Material",
        "A jar is made of glass and lets you see what is inside it at a glance.",
        "A tin is made of metal and hides what is inside it from light and from view.",
    ),
    (
        "Sealing",
        "A jar is sealed with a screw lid that can be opened and closed many times.",
        "A tin is sealed once at the factory and is opened with a tin opener for good.",
    ),
    (
        "Shelf life",
        "A jar keeps jams and pickles for about a year once it has been opened.",
        "A tin keeps soups and beans for several years while it stays closed.",
    ),
    (
        "Reuse",
        "A jar is washed and reused for jams, spices and buttons in most homes.",
        "A tin is usually recycled after use because it cannot be closed again.",
    ),
)
_TABLE_ROWS = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in _ROWS)

_STEP_ITEMS = (
    "Check for Spoiled Food: Look through every shelf for jars and tins that have gone off,"
    " paying attention to the back rows where old jars are often forgotten for months.",
    "Clean the Shelves: Wipe every shelf with warm soapy water, then dry it well so that no"
    " damp is left behind to grow mould in the corners.",
    "Air the Room: Open the door and any window for an hour or two so that fresh air can"
    " replace the stale air that has built up inside.",
    "Check the Drain: Pour hot water down any drain in the pantry floor, since a dry trap"
    " lets smells from the pipes come back up into the room.",
    "Use a Bowl of Baking Soda: Leave an open bowl of baking soda on a middle shelf, where it"
    " will soak up smells for a few weeks.",
    "Call a Plumber: If the smell comes back after all of this, ask a plumber to look at the"
    " pipes behind the walls for a leak.",
)
_STEPS = "\n".join(f"- {item}" for item in _STEP_ITEMS)

_PANTRY = f"""# Pantry Questions

#### 1. How do you count the jars on a shelf?
**Answer.** There are a few simple tools you can use to count jars, such as:

**jc Tool:**
{_JC}

**jcount Tool:**
{_JCOUNT}

`jcount --by-label`

**jscan Tool:**
{_JSCAN}

#### 2. How do you find the owner of a jar?
**Answer.** You can use the following tools to find who owns a jar:

**jowner Tool:**
The jowner tool prints the owner of a jar from its label.

`jowner <jar>`

**jlog Tool:**
The jlog tool lists who last moved a jar.

`jlog <jar>`

#### 3. What are the flags of the jc tool?
**Answer.** The jc tool has several flags, the common ones being:

-s, --shelf: Counts one shelf only.
-l, --label: Counts jars of one label.
-q, --quiet: Prints the total alone.

#### 4. What is the difference between a jar and a tin?
**Answer.** The following table shows the difference between jars and tins:
| Factor | Jar | Tin |
| --- | --- | --- |
{_TABLE_ROWS}

#### 5. What to do if the pantry smells?
**Answer.** If the pantry smells, you can try the following steps:

{_STEPS}

#### 7. What is kneading and explain its stages in detail.
**Answer.**
Kneading is the working of a dough by hand or by machine until it turns smooth and springy.

**Kneading Stages:**

(MIX->FOLD->REST->STRETCH)
{_STEPS}

#### 8. What are the kinds of dough and describe each of them.
**Answer.**
Mainly the bakers of a pantry kitchen work with two kinds of dough, a lean one and a rich one.

**Kinds:**

(LEAN->RICH)
{_STEPS}

#### 6. How is the quiet flag used?
**Answer.** The quiet flag is given with the shelf flag, like this:

-s pantry counts the shelf named pantry and writes the count to the log.
-q then prints the total alone: nothing else reaches the screen.
"""


def _backs(text: str) -> dict[str, str]:
    return {n.front: n.back for n in build_deck(text, "pantry.md").notes if isinstance(n, FactNote)}


def test_labelled_parts_too_long_answer_by_label_and_first_sentence() -> None:
    assert _backs(_PANTRY)["How do you count the jars on a shelf?"] == (
        "There are a few simple tools you can use to count jars, such as:\n"
        "• jc Tool: The jc tool counts the jars on one shelf and prints the total.\n"
        "• jcount Tool: The jcount tool counts jars across every shelf and groups them "
        "by label.\n"
        "• jscan Tool: The jscan tool scans the barcodes of the jars and keeps a running list."
    )


def test_labelled_parts_that_fit_answer_whole_with_their_commands() -> None:
    assert _backs(_PANTRY)["How do you find the owner of a jar?"] == (
        "You can use the following tools to find who owns a jar:\n"
        "jowner Tool: The jowner tool prints the owner of a jar from its label.\n"
        "`jowner <jar>`\n"
        "jlog Tool: The jlog tool lists who last moved a jar.\n"
        "`jlog <jar>`"
    )


def test_term_lines_under_a_lead_in_are_its_list() -> None:
    assert _backs(_PANTRY)["What are the flags of the jc tool?"] == (
        "The jc tool has several flags, the common ones being:\n"
        "• -s, --shelf: Counts one shelf only.\n"
        "• -l, --label: Counts jars of one label.\n"
        "• -q, --quiet: Prints the total alone."
    )


def test_a_table_the_lead_in_only_announces_answers_alone() -> None:
    back = _backs(_PANTRY)["What is the difference between a jar and a tin?"]
    assert back.startswith("Factor | Jar | Tin\nMaterial | A jar is made of glass")
    assert back.endswith("| A tin is usually recycled after use because it cannot be closed again.")
    assert "The following table" not in back


def test_a_long_list_of_labelled_steps_answers_by_its_labels() -> None:
    assert _backs(_PANTRY)["What to do if the pantry smells?"] == (
        "If the pantry smells, you can try the following steps:\n"
        "• Check for Spoiled Food\n"
        "• Clean the Shelves\n"
        "• Air the Room\n"
        "• Check the Drain\n"
        "• Use a Bowl of Baking Soda\n"
        "• Call a Plumber"
    )


def test_lines_not_all_naming_a_term_stay_the_paragraph_the_lead_in_announces() -> None:
    # Only the second line names a term before a colon: the lines are sentences, not a
    # list of terms; the paragraph is what the lead-in announced, as written.
    assert _backs(_PANTRY)["How is the quiet flag used?"] == (
        "The quiet flag is given with the shelf flag, like this:\n"
        "-s pantry counts the shelf named pantry and writes the count to the log. "
        "-q then prints the total alone: nothing else reaches the screen."
    )


def test_a_definition_and_a_task_asks_only_the_definition_the_back_gives() -> None:
    backs = _backs(_PANTRY)
    assert backs["What is kneading?"] == (
        "Kneading is the working of a dough by hand or by machine until it turns smooth and"
        " springy."
    )
    # The back does not define what the first part asks of: the question stays whole.
    assert backs["What are the kinds of dough and describe each of them."] == (
        "Mainly the bakers of a pantry kitchen work with two kinds of dough, a lean one and a"
        " rich one."
    )
