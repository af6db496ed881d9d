"""Side-by-side comparisons written as labelled code blocks:
"## Feature", then "> Python" + its block, "> Rust" + its block. Read from a synthetic
document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


_LONG = "\n".join(f"let v{i} = {i};" for i in range(20))
_CHEAT_SHEET = (
    "# Python To Rust\n\n"
    "## Reading a line\n"
    "> Python\n\n"
    "```python\nline = input()\nname = line.strip()\n```\n\n"
    "> Rust\n\n"
    "```rust\nlet mut line = String::new();\nstdin().read_line(&mut line)?;\n```\n\n"
    "---\n"
    "## Ranges\n"
    "> Python\n\n"
    "```python\nfor i in range(3): pass\n```\n\n"
    "> Rust\n\n"
    "```rust\n  for i in 0..3 {}\n```\n\n"
    "## Many bindings\n"
    "> Python\n\n"
    "```python\nv0 = 0\n```\n\n"
    "> Rust\n\n"
    f"```rust\n{_LONG}\n```\n"
)


def test_each_later_label_is_asked_by_the_feature_with_its_own_code_as_the_answer() -> None:
    fronts = _fronts(_CHEAT_SHEET)
    assert fronts["Reading a line in Rust?"] == (
        "let mut line = String::new();\nstdin().read_line(&mut line)?;"
    )


def test_a_one_line_first_block_is_shown_on_the_front_and_the_answer_dedented() -> None:
    fronts = _fronts(_CHEAT_SHEET)
    assert fronts["In Python: `for i in range(3): pass`. Ranges in Rust?"] == "for i in 0..3 {}"


def test_no_label_only_card_no_first_label_card_and_no_long_block() -> None:
    fronts = _fronts(_CHEAT_SHEET)
    assert set(fronts) == {
        "Reading a line in Rust?",
        "In Python: `for i in range(3): pass`. Ranges in Rust?",
    }
    assert not [b for b in fronts.values() if "Python" in b or "Rust" in b]


_VERSIONS = (
    "# Shell notes\n\n"
    "## Printing a variable\n\n"
    "**Version 1**\n\n"
    "```\necho $NAME\n```\n\n"
    "**Version 2**\n\n"
    '```\nprintf "%s" "$NAME"\n```\n'
)


def test_labels_naming_versions_compare_blocks_of_one_language() -> None:
    assert _fronts(_VERSIONS) == {
        "In Version 1: `echo $NAME`. Printing a variable in Version 2?": 'printf "%s" "$NAME"'
    }


_TWO_SETTINGS = (
    "# Deploy\n\n"
    "## Region settings\n\n"
    "> Staging\n\n"
    "```yaml\nregion: eu-west-1\n```\n\n"
    "> Production\n\n"
    "```yaml\nregion: us-east-1\n```\n"
)


def test_labels_of_one_language_naming_no_version_stay_with_the_settings_rule() -> None:
    assert _fronts(_TWO_SETTINGS) == {
        "Region settings, Staging: which setting?": "region: eu-west-1",
        "Region settings, Production: which setting?": "region: us-east-1",
    }


_STEPS = (
    "# Setup\n\n"
    "## Installing the tool\n\n"
    "**Option 1**\n\n"
    "```bash\npip install tool\n```\n\n"
    "**Option 2**\n\n"
    "```python\nimport tool\n```\n"
)


def test_numbered_options_are_alternatives_never_a_comparison() -> None:
    assert not [f for f in _fronts(_STEPS) if "Option" in f]


_THREE_WAYS = (
    "# Lua vs Go\n\n"
    "### Length of a string\n"
    "> Lua\n\n"
    "```lua\nprint(#s)\n```\n"
    "> Go\n\n"
    "```go\nfmt.Println(len(s))  \n```\n"
    "> Go (old)\n\n"
    "```lua\nprintln(len(s))\n```\n"
)


def test_three_labels_make_two_cards_even_with_a_mislabelled_fence() -> None:
    assert _fronts(_THREE_WAYS) == {
        "In Lua: `print(#s)`. Length of a string in Go?": "fmt.Println(len(s))",
        "In Lua: `print(#s)`. Length of a string in Go (old)?": "println(len(s))",
    }
