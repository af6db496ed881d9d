"""An option a sentence names and says what it does ("you can use the `-w`/`--warm`
option to …", "The `-s`/`--step` option can be used to …") is asked as a help text's
option is: "<program>: what does `--warm` (`-w`) do?". A purpose pointing back ("To
change this, …"), a setting that is no flag, and an option the page lists in a table
make no such card."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

OPTIONS_IN_PROSE = (
    "# lapctl\n"
    "\n"
    "## Timing\n"
    "\n"
    "By default, lapctl times every command ten times.\n"
    "To change this, you can use the `-n`/`--count` option:\n"
    "\n"
    "```sh\n"
    "lapctl --count 5 'sleep 1'\n"
    "```\n"
    "\n"
    "If you want to time a command on a *warm* disk, you can use the `-w`/`--warm` option\n"
    "to run the command a few times before timing:\n"
    "\n"
    "```sh\n"
    "lapctl --warm 3 'grep -r lap .'\n"
    "```\n"
    "\n"
    "Conversely, if you want to time a command on a cold disk, you can use the `-c` or `--cold`\n"
    "option. The `-s`/`--step` option can be used to set the gap between two runs.\n"
    "\n"
    "The `retries` setting can be used to retry a failed run.\n"
    "\n"
    "## Options\n"
    "\n"
    "You can use the `--quiet` option to print nothing but the summary.\n"
    "\n"
    "| Option | Description |\n"
    "| ------ | ----------- |\n"
    "| `--quiet` | Print the summary line only |\n"
    "| `--json` | Print the results as JSON |\n"
    "| `--plain` | Print the results without colour |\n"
)


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "lapctl.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_an_option_a_sentence_says_what_it_does_is_asked() -> None:
    facts = _facts(OPTIONS_IN_PROSE)
    assert facts["lapctl: what does `--warm` (`-w`) do?"] == (
        "Run the command a few times before timing, to time a command on a warm disk"
    )
    assert facts["lapctl: what does `--cold` (`-c`) do?"] == "Time a command on a cold disk"
    assert facts["lapctl: what does `--step` (`-s`) do?"] == "Set the gap between two runs"


def test_a_purpose_pointing_back_a_setting_or_a_listed_option_makes_no_prose_card() -> None:
    facts = _facts(OPTIONS_IN_PROSE)
    assert not [f for f in facts if "--count" in f or "retries" in f]
    # The table asks `--quiet` with the program's own words; the prose adds no second back.
    assert [b for f, b in facts.items() if "--quiet" in f] == ["Print the summary line only"]
