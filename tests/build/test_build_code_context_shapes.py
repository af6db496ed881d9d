"""Shapes of code and what surrounds it: a table that is what the
code above it printed, a front pointing back at code it does not show, a command the
page shows failing, and one step repeated with different files. Each is read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.lastcheck import drop_reason
from quizkit.notes import FactNote, NoteType

QUERY_OUTPUT = (
    "# Counting books\n"
    "\n"
    "## Grouping\n"
    "\n"
    "Counting every loan at once hides which shelf is busiest:\n"
    "\n"
    "```sql\n"
    "SELECT shelf, count(*), max(days)\n"
    "FROM Loans\n"
    "GROUP BY shelf;\n"
    "```\n"
    "\n"
    "| shelf | count(\\*) | max(days) |\n"
    "| ----- | --------- | --------- |\n"
    "| atlas | 4         | 12        |\n"
    "| poems | 9         | 30        |\n"
    "\n"
    "Seen closely, this query:\n"
    "\n"
    "1. put the loans of one shelf together;\n"
    "2. counted the loans of each shelf;\n"
    "3. kept the longest loan of each shelf.\n"
    "\n"
    "## Listing\n"
    "\n"
    "```shell\n"
    "shelfctl list --wide\n"
    "```\n"
    "\n"
    "which produces:\n"
    "\n"
    "| Name  | Books |\n"
    "| ----- | ----- |\n"
    "| atlas | 40    |\n"
    "| poems | 95    |\n"
    "\n"
    "## Flags\n"
    "\n"
    "```shell\n"
    "shelfctl list --wide --sorted\n"
    "```\n"
    "\n"
    "| Flag       | Effect                              |\n"
    "| ---------- | ----------------------------------- |\n"
    "| `--wide`   | Shows every column of the shelf     |\n"
    "| `--sorted` | Orders the shelves by their name    |\n"
)


def _facts(text: str) -> dict[str, FactNote]:
    deck = build_deck(text, "books.md")
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_a_table_the_code_above_printed_makes_no_fact_cards() -> None:
    facts = _facts(QUERY_OUTPUT)
    # Neither the rows of the query's result nor those of the command's ("which
    # produces:") are facts about the shelves they name.
    assert not [f for f in facts if "atlas" in f or "poems" in f or "count(" in f.split("\n")[0]]
    assert not [n for n in facts.values() if n.back in {"4", "9", "12", "30", "40", "95"}]


def test_a_reference_table_after_a_code_block_still_makes_cards() -> None:
    facts = _facts(QUERY_OUTPUT)
    # Its headers are not written in the command and nothing calls it output.
    backs = {n.back for n in facts.values()}
    assert "Shows every column of the shelf" in backs
    assert "Orders the shelves by their name" in backs


def test_a_list_on_this_query_shows_the_query_past_its_output() -> None:
    facts = _facts(QUERY_OUTPUT)
    [front] = [f for f in facts if "this query" in f]
    assert front == (
        "Grouping: what does this query do?\nSELECT shelf, count(*), max(days)\n"
        "FROM Loans\nGROUP BY shelf;"
    )
    assert facts[front].back == (
        "1. put the loans of one shelf together;\n"
        "2. counted the loans of each shelf;\n"
        "3. kept the longest loan of each shelf."
    )


ALL_COLUMNS_OUTPUT = (
    "# Loans\n"
    "\n"
    "## Every column\n"
    "\n"
    "A star selects every column of the table:\n"
    "\n"
    "```sql\n"
    "SELECT * FROM Loans WHERE shelf = 'maps';\n"
    "```\n"
    "\n"
    "| reader | days |\n"
    "| ------ | ---- |\n"
    "| ada    | 3    |\n"
    "| bo     | 8    |\n"
    "\n"
    "## Challenge: longest loans\n"
    "\n"
    "List the two longest loans. The output should be something like:\n"
    "\n"
    "| Reader | Days |\n"
    "| ------ | ---- |\n"
    "| cy     | 41   |\n"
    "| dee    | 37   |\n"
)


def test_rows_a_query_returned_make_no_cards_whatever_their_columns() -> None:
    # Under a query every table is its result, though "SELECT *" names no column; an
    # exercise's "The output should be something like:" table is expected rows.
    deck = build_deck(ALL_COLUMNS_OUTPUT, "loans.md")
    assert not [n for n in deck.notes if isinstance(n, FactNote)]


SCHEMA_TABLE = (
    "# Loans schema\n"
    "\n"
    "## The loans table\n"
    "\n"
    "```sql\n"
    "CREATE TABLE loans (reader TEXT, days INTEGER);\n"
    "```\n"
    "\n"
    "| Column | Meaning                          |\n"
    "| ------ | -------------------------------- |\n"
    "| reader | Card number of the borrower      |\n"
    "| days   | How long the book stays out      |\n"
)


def test_a_table_documenting_a_create_statement_still_makes_cards() -> None:
    # A statement that returns no rows printed nothing: the table under it documents it.
    deck = build_deck(SCHEMA_TABLE, "schema.md")
    backs = {n.back for n in deck.notes if isinstance(n, FactNote)}
    assert "Card number of the borrower" in backs
    assert "How long the book stays out" in backs


POINTS_BACK = (
    "# Tuning a kiln\n"
    "\n"
    "## Firing profile\n"
    "\n"
    "Create a file named `slow-ramp.yaml` that has this content:\n"
    "\n"
    "```yaml\n"
    "ramp:\n"
    "  rate: 60\n"
    "```\n"
    "\n"
    "Update your kiln profile with this revised patch:\n"
    "\n"
    "```shell\n"
    "kilnctl patch profile bisque --patch-file slow-ramp.yaml\n"
    "```\n"
    "\n"
    "Show the kiln profiles:\n"
    "\n"
    "```shell\n"
    "kilnctl get profiles\n"
    "```\n"
)


def test_a_front_pointing_back_at_code_it_does_not_show_makes_no_card() -> None:
    facts = _facts(POINTS_BACK)
    assert not [f for f in facts if "patch" in f]
    # The step that names what it does stays.
    assert facts["How do you show the kiln profiles?"].back == "kilnctl get profiles"


FAILING_STEP = (
    "# Glazing with a kiln controller\n"
    "\n"
    "## Switch the firing mode\n"
    "\n"
    "Create a file named `mode-fast.yaml` that has this content:\n"
    "\n"
    "```yaml\n"
    "mode: fast\n"
    "```\n"
    "\n"
    "Switch your kiln:\n"
    "\n"
    "```shell\n"
    "kilnctl patch kiln studio --patch-file mode-fast.yaml\n"
    "```\n"
    "\n"
    "In the output, you can see that the controller does not allow it while a ramp is set:\n"
    "\n"
    "```\n"
    'The Kiln "studio" is invalid: spec.ramp: Forbidden: may not be set when mode is fast\n'
    "```\n"
    "\n"
    "## Check a session\n"
    "\n"
    "Show the temperature of the kiln:\n"
    "\n"
    "```console\n"
    "$ kilnctl temp studio --unit kelvin\n"
    "error: unknown flag: --unit\n"
    "```\n"
    "\n"
    "Stop the kiln:\n"
    "\n"
    "```shell\n"
    "kilnctl stop studio\n"
    "```\n"
    "\n"
    "The command fails when a firing is still running.\n"
    "\n"
    "List the kilns:\n"
    "\n"
    "```shell\n"
    "kilnctl get kilns\n"
    "```\n"
    "\n"
    "The output shows every kiln and its mode.\n"
)


def test_a_command_the_page_shows_rejected_makes_no_how_to_card() -> None:
    facts = _facts(FAILING_STEP)
    # Rejected in the output block after it, in its own session's output, and "The
    # command fails …" are no way to do what the step says.
    assert not [f for f in facts if "switch" in f.lower()]
    assert not [f for f in facts if "temperature" in f]
    assert not [f for f in facts if "stop the kiln" in f.lower()]
    # A command whose output is only described still answers its step.
    assert facts["How do you list the kilns?"].back == "kilnctl get kilns"


SAME_STEP_TWO_FILES = (
    "# Planting beds\n"
    "\n"
    "## Change a bed\n"
    "\n"
    "Create a file named `bed-herbs.yaml` that has this content:\n"
    "\n"
    "```yaml\n"
    "plants: [basil, thyme]\n"
    "```\n"
    "\n"
    "Update your bed:\n"
    "\n"
    "```shell\n"
    "gardenctl patch bed north --patch-file bed-herbs.yaml\n"
    "```\n"
    "\n"
    "### Watering\n"
    "\n"
    "The herbs are now in the bed; their watering is set apart.\n"
    "\n"
    "Create a file named `bed-water.yaml` that has this content:\n"
    "\n"
    "```yaml\n"
    "water: daily\n"
    "```\n"
    "\n"
    "Update your bed:\n"
    "\n"
    "```shell\n"
    "gardenctl patch bed north --patch-file bed-water.yaml\n"
    "```\n"
)


def test_one_step_on_two_files_makes_two_cards_each_with_its_file() -> None:
    facts = _facts(SAME_STEP_TWO_FILES)
    updates = {f: n.back for f, n in facts.items() if f.startswith("How do you update")}
    assert updates == {
        "How do you update your bed with `gardenctl` (using `bed-herbs.yaml`)?": (
            "gardenctl patch bed north --patch-file bed-herbs.yaml"
        ),
        "How do you update your bed with `gardenctl` (using `bed-water.yaml`)?": (
            "gardenctl patch bed north --patch-file bed-water.yaml"
        ),
    }


SAME_STEP_IN_SUB_SECTIONS = (
    "# Garden care\n"
    "\n"
    "## Beds\n"
    "\n"
    "### Herbs\n"
    "\n"
    "Update your bed:\n"
    "\n"
    "```shell\n"
    "gardenctl update north --litres 2\n"
    "```\n"
    "\n"
    "### Roses\n"
    "\n"
    "Update your bed:\n"
    "\n"
    "```shell\n"
    "gardenctl update south --litres 5 --slow\n"
    "```\n"
    "\n"
    "## Pots\n"
    "\n"
    "Update your bed:\n"
    "\n"
    "```shell\n"
    "gardenctl update pots --mist\n"
    "```\n"
)


def test_one_step_in_two_sub_sections_makes_a_card_per_sub_section() -> None:
    facts = _facts(SAME_STEP_IN_SUB_SECTIONS)
    waters = {f: n.back for f, n in facts.items() if f.startswith("How do you update")}
    # The two steps under "Beds" are not alternatives of one answer: each is asked
    # with the sub-heading it sits under.
    assert waters == {
        "How do you update your bed with `gardenctl` (Herbs)?": "gardenctl update north --litres 2",
        "How do you update your bed with `gardenctl` (Roses)?": (
            "gardenctl update south --litres 5 --slow"
        ),
        "How do you update your bed with `gardenctl` (Pots)?": "gardenctl update pots --mist",
    }


def test_a_comment_about_an_error_is_not_the_command_failing() -> None:
    text = (
        "# Kilns\n\n## Stopping\n\nStop the kiln:\n\n```shell\n"
        "# error: stopping is not supported while firing, so wait first\n"
        "kilnctl stop studio\n```\n"
    )
    assert _facts(text)["How do you stop the kiln?"].back == "kilnctl stop studio"


def test_a_short_label_told_apart_by_its_section_is_still_only_a_label() -> None:
    # Splitting merged rows by their sections must not bring back the bare
    # "<label>: description?" cards the last check drops.
    note = FactNote(
        id="x",
        type=NoteType.FACT,
        front="Timeout: description (Selecting channels)?",
        back="With deadline",
    )
    assert drop_reason(note) == "a short label asked only for its description, in a few words"


KRAMDOWN_LESSON = (
    "# Loans\n"
    "\n"
    "## Short loans\n"
    "\n"
    "We can pick the short loans with a `WHERE` clause:\n"
    "\n"
    "~~~\n"
    "SELECT * FROM Loans WHERE days < 7;\n"
    "~~~\n"
    "{: .sql}\n"
    "\n"
    "|id |reader|days|\n"
    "|---|------|----|\n"
    "|11 |ada   |3   |\n"
    "|12 |bo    |5   |\n"
    "\n"
    "## Renewing\n"
    "\n"
    "Update your loan:\n"
    "\n"
    "~~~\n"
    "loanctl renew 11 --weeks 9\n"
    "~~~\n"
    "{: .language-bash}\n"
    "\n"
    "~~~\n"
    "error: a loan is renewed for at most 4 weeks\n"
    "~~~\n"
    "{: .error}\n"
)


def test_a_kramdown_class_under_a_fence_is_its_language_and_no_text() -> None:
    # "{: .sql}" makes the block a query, so the table under it is its result; "{:
    # .error}" makes the block after the command its rejected output.
    deck = build_deck(KRAMDOWN_LESSON, "loans.md")
    assert not [n for n in deck.notes if isinstance(n, FactNote)]
    assert not [n for n in deck.notes if "{:" in (getattr(n, "text", "") or "")]


LESSON_STEPS = (
    "# Shelves\n"
    "\n"
    "## Sorting\n"
    "\n"
    "Make sure you are in the `atlas` shelf, and then:\n"
    "\n"
    "~~~\n"
    "$ shelfctl sort --by-height\n"
    "~~~\n"
    "{: .language-bash}\n"
    "\n"
    "Move the atlas to the top shelf:\n"
    "\n"
    "~~~\n"
    "$ shelfctl move atlas --to top\n"
    "~~~\n"
    "{: .language-bash}\n"
    "\n"
    "~~~\n"
    "shelfctl: top: shelf is full\n"
    "~~~\n"
    "{: .error}\n"
    "\n"
    "Let's add a shelf for the maps:\n"
    "\n"
    "~~~\n"
    "$ cat ../code/shelves_02.py\n"
    "~~~\n"
    "{: .language-bash}\n"
    "\n"
    "Label the atlas:\n"
    "\n"
    "~~~\n"
    "$ shelfctl label atlas --text maps\n"
    "~~~\n"
    "{: .language-bash}\n"
)


def test_a_lead_in_handing_over_with_and_then_or_an_error_block_makes_no_card() -> None:
    facts = _facts(LESSON_STEPS)
    # "…, and then:" never says what the command does; a "{: .error}" block after a
    # command is the page showing it fail, whatever the message says; a command that
    # only prints a file is no way to do what the step says.
    assert list(facts) == ["How do you label the atlas with `shelfctl`?"]
    assert (
        facts["How do you label the atlas with `shelfctl`?"].back
        == "shelfctl label atlas --text maps"
    )
