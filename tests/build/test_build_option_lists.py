"""A program's options as its ``--help`` prints them, in a code block: one card per
option, asked of the program the usage line (or the page's short title) names.
Synthetic help texts in the shapes tool READMEs show them."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_USAGE_HELP = """# Tally

Tally counts lines of code.

## Usage

```
Usage: tally [OPTIONS] FILE...

Count lines of code, per file or per language.

Options:
  -e, --exclude <glob>   skip files matching the glob
  -l, --by-language      group the counts by language
  --json                 print the counts as JSON,
                         one object per file
  -h, --help             print this help
  -V, --version          print the version
```
"""

_SECTIONED_HELP = """# Loom stats

## Command-line arguments

```bash
REPORT OPTIONS
    -T, --detailed-stats
        give a detailed list of loom stats
    -R, --stats-by-shuttle
        see loom stats by shuttle

LIST OPTIONS
    -b, --bobbin-tree
        show a graph of the bobbins
```
"""

_NOT_HELP = """# Tally

## Examples

```sh
tally --json -e '*.md' src/
tally -l .
tally --by-language --json .
```

```
--- a/notes.txt
+++ b/notes.txt
-old line
+new line
```

```yaml
args:
  - --json
  - --by-language
  - --exclude
```
"""


def _facts(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_each_option_of_a_help_text_is_asked_of_its_program() -> None:
    facts = _facts(_USAGE_HELP, "tally.md")
    assert facts == {
        "`tally`: what does `--exclude <glob>` (`-e`) do?": "Skip files matching the glob",
        "`tally`: what does `--by-language` (`-l`) do?": "Group the counts by language",
        # A description continued on the lines below, aligned under its column.
        "`tally`: what does `--json` do?": "Print the counts as JSON, one object per file",
    }


def test_help_and_version_options_make_no_card() -> None:
    fronts = "\n".join(_facts(_USAGE_HELP, "tally.md"))
    assert "--help" not in fronts
    assert "--version" not in fronts


def test_descriptions_under_their_option_and_section_lines() -> None:
    # No usage line: the page's short title names the program; "LIST OPTIONS" is a
    # section of the list, no option and no card.
    facts = _facts(_SECTIONED_HELP, "loom-stats.md")
    assert facts == {
        "Loom stats: what does `--detailed-stats` (`-T`) do?": "Give a detailed list of loom stats",
        "Loom stats: what does `--stats-by-shuttle` (`-R`) do?": "See loom stats by shuttle",
        "Loom stats: what does `--bobbin-tree` (`-b`) do?": "Show a graph of the bobbins",
    }


def test_commands_diffs_and_yaml_using_flags_are_no_option_list() -> None:
    fronts = "\n".join(_facts(_NOT_HELP, "tally-examples.md"))
    assert "what does" not in fronts


_COMMAND_REFERENCE = """# `loom spool add` Command Reference

## loom spool add

Add a spool to a loom

```
loom spool add SPOOL [flags]
```

### Options

```
  -N, --loom-namespace string   Namespace of the loom the spool is added to
  -h, --help                    help for add
      --wait                    Wait until the spool is threaded
      --retries int             How many times to retry threading (default 3)
```

### Options inherited from parent commands

```
      --server string           Loom server address
      --insecure                Skip server certificate verification
      --plaintext               Disable TLS
```
"""


def test_a_command_reference_page_asks_its_command_without_type_words() -> None:
    # The title's code span names the command; Go-style type words ("string", "int")
    # are not on the front; inherited options are the parent command's to ask.
    facts = _facts(_COMMAND_REFERENCE, "loom-spool-add.md")
    options = {front: back for front, back in facts.items() if "what does" in front}
    assert options == {
        "`loom spool add`: what does `--loom-namespace` (`-N`) do?": (
            "Namespace of the loom the spool is added to"
        ),
        "`loom spool add`: what does `--wait` do?": "Wait until the spool is threaded",
        "`loom spool add`: what does `--retries` do?": (
            "How many times to retry threading (default 3)"
        ),
    }


def test_a_dash_line_that_is_no_option_makes_the_block_no_option_list() -> None:
    text = _USAGE_HELP.replace("Options:\n", "Options:\n  - see the manual\n")
    fronts = "\n".join(_facts(text, "tally.md"))
    assert "what does" not in fronts


_OPTION_TABLE = """# spindle

Tail the logs of many looms at once.

## Usage

### cli flags

 flag                     | default   | purpose
--------------------------|-----------|---------
 `--all-looms`, `-A`      | `false`   | If present, tail across all looms.
 `--burst`                | `0`       | Maximum burst of requests. Defaults to 0 (no limit).
 `--config`               | `~/.spindle.yaml` | Path to the spindle config file
 `--context`              |           | The name of the loom context to use
 `--help`, `-h`           |           | Show help

### templates

| property  | type   | description         |
|-----------|--------|---------------------|
| `Message` | string | The log message     |
| `Loom`    | string | The loom's name     |
"""


def test_an_option_table_asks_each_flag_with_its_default() -> None:
    facts = _facts(_OPTION_TABLE, "spindle.md")
    options = {front: back for front, back in facts.items() if "what does" in front}
    assert options == {
        "spindle: what does `--all-looms` (`-A`) do?": (
            "If present, tail across all looms. (default: `false`)"
        ),
        # A description saying its default already gets none after it.
        "spindle: what does `--burst` do?": "Maximum burst of requests. Defaults to 0 (no limit).",
        "spindle: what does `--config` do?": (
            "Path to the spindle config file (default: `~/.spindle.yaml`)"
        ),
        "spindle: what does `--context` do?": "The name of the loom context to use",
    }
    # No card asks a default alone.
    assert not any(front.endswith("default?") for front in facts)


def test_a_table_whose_first_column_is_no_flag_is_no_option_table() -> None:
    facts = _facts(_OPTION_TABLE, "spindle.md")
    assert not any("what does `Message`" in front for front in facts)


def test_flags_of_no_named_program_keep_the_table_rules() -> None:
    # "Workshop notes › Oven switches": no program's options section, no command: the
    # table is asked as any kind-and-meaning table is.
    text = (
        "# Workshop notes\n\n## Oven switches\n\n"
        "| Switch | Meaning |\n| --- | --- |\n| `-g` | grill element on |\n| `-f` | fan on |\n"
    )
    facts = _facts(text, "workshop.md")
    assert not any("what does" in front for front in facts)


def test_an_option_whose_description_only_restates_its_name_makes_no_card() -> None:
    text = (
        "# loomstat\n\n## Options\n\n```\n"
        "  -b, --branch-tree          show an ASCII graph of the loom's branch history\n"
        "  -y, --commits-by-year      displays a list of commits per year\n"
        "  -s, --show-hidden-options  print a list of hidden options\n"
        "  -t, --tail <n>             keep only the last n lines of each log\n"
        "```\n"
    )
    facts = _facts(text, "loomstat.md")
    assert set(facts) == {
        "loomstat: what does `--branch-tree` (`-b`) do?",
        "loomstat: what does `--tail <n>` (`-t`) do?",
    }
