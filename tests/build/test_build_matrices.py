"""Matrices of marks (✅/❌, ✔/-, Yes/No, ✅ and blanks): one rule, one card per row
asking which of the mark columns have it (synthetic documents, no real wording)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

SHELLS = """# Shells

### Built-in commands

| Command | ash | dash | zsh |
|:-------:|:---:|:----:|:---:|
| echo    | ✅  | ✅   | ✅  |
| pushd   |     |      | ✅  |
| local   | ✅  | ✅   | ✅  |
| select  |     |      |     |
| history | ✅  |      | ✅  |
"""


def test_a_matrix_of_marks_keyed_by_its_rows_asks_which_columns_have_each_row() -> None:
    table = SHELLS
    cards = {n.front: n.back for n in facts(build_deck(table, "shells.md").notes)}
    asked = "which of ash, dash, zsh?"
    assert cards == {
        f"Built-in commands, echo: {asked}": "All of them",
        f"Built-in commands, pushd: {asked}": "zsh",
        f"Built-in commands, local: {asked}": "All of them",
        f"Built-in commands, select: {asked}": "None of them",
        f"Built-in commands, history: {asked}": "ash, zsh",
    }


MARKS_WITH_REMARKS = """# Paint brands

## Finishes

| Finish | Acme | Brisk | Cobalt | Dune |
|---|:---:|:---:|:---:|:---:|
| Matte | ✅ | ✅ | ✅ | ✅ |
| Gloss | ✅ | ✅ | ✅ | ❌ |
| Satin | ✅ | ❌ | 🔶 <br /> WIP | ✅ |
| Eggshell | ✅ | ✅ | ✅ | ❌ <br /> Sold as a kit |
| Chalk | ✅ | ✅ | ❌ | ✅ |
"""


def test_a_marks_matrix_with_remarks_names_every_column_and_says_which_do_not() -> None:
    notes = {n.front: n.back for n in facts(build_deck(MARKS_WITH_REMARKS, "paint.md").notes)}
    # Acme has every finish: a column ticked on every row is asked of none.
    asked = "which of Brisk, Cobalt, Dune?"
    assert notes[f"Finishes, Matte: {asked}"] == "all 3: Brisk, Cobalt, Dune"
    assert notes[f"Finishes, Gloss: {asked}"] == "Brisk, Cobalt (not Dune)"
    assert notes[f"Finishes, Satin: {asked}"] == "Dune (not Brisk); partly: Cobalt: WIP"
    assert notes[f"Finishes, Eggshell: {asked}"] == "Brisk, Cobalt (not Dune)"


MATRIX = """# Linter coverage

## Checked formats

| Format | Config file | Editor[^1] | CI[^2] | Pre-commit |
|--------|-------------|:----------:|:------:|:----------:|
| YAML   | .yamllint   |     ✅     |   -    |     ✅     |
|        | .yamlfmt    |     -      |   ✅   |     ✅     |
| TOML   | taplo.toml  |     ✅     |   ✅   |     ✅     |

[^1]: ✅ means the editor plugin checks it.
[^2]: ✅ means the CI job checks it.
"""


def test_tick_matrix_rows_ask_which_columns_with_dashes_as_no() -> None:
    notes = facts(build_deck(MATRIX, "lint.md").notes)
    by_front = {n.front: n.back for n in notes}
    # Pre-commit checks every file: a column ticked on every row is asked of none.
    which = "which of Editor, CI?"
    assert by_front[f"Checked formats, config file .yamllint: {which}"] == "Editor (not CI)"
    assert by_front[f"Checked formats, config file .yamlfmt: {which}"] == "CI (not Editor)"
    assert by_front[f"Checked formats, config file taplo.toml: {which}"] == "all 2: Editor, CI"
    # A blank first cell continues the row above: .yamlfmt is a YAML file too.
    assert by_front["Checked formats, config file .yamlfmt: format?"] == "YAML"
    # No card is a bare "Yes" for one column.
    assert "Yes" not in by_front.values()


BESIDE_OTHER_COLUMNS = """# Kettles

## Models

| Model | Litres | Steel | Glass | Plastic |
|---|---|:---:|:---:|:---:|
| K1 | 1.7 | ✅ |  | ✅ |
| K2 | 1.2 |  | ✅ |  |
| K3 | 0.8 |  |  |  |
"""


def test_a_matrix_of_ticks_and_blanks_beside_other_columns_reads_a_blank_as_no() -> None:
    cards = {n.front: n.back for n in facts(build_deck(BESIDE_OTHER_COLUMNS, "k.md").notes)}
    asked = "which of Steel, Glass, Plastic?"
    assert cards[f"Models, K1: {asked}"] == "Steel, Plastic"
    assert cards[f"Models, K2: {asked}"] == "Glass"
    # The author never writes a cross: a row with no tick is a "no" everywhere.
    assert cards[f"Models, K3: {asked}"] == "None of them"
    assert cards["Models, model K1: litres?"] == "1.7"
    assert "Yes" not in cards.values()


def test_ids_of_matrix_rows_keep_their_suffix_per_kind_of_matrix() -> None:
    ids = {n.id for n in build_deck(BESIDE_OTHER_COLUMNS, "k.md").notes}
    assert "models/k1/supported" in ids
    shells = {n.id for n in build_deck(SHELLS, "shells.md").notes}
    assert "built-in-commands/pushd/which" in shells
