"""FAQ answers that open with a set-up and its example: the
answer after the example is the back, a list walking through the example makes no card
of its own, and a quoted tip under a question heading is never "<question>: if X?".
Read from a synthetic document that has the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_FAQ = (
    "# Packer questions\n\n"
    "## How do I keep a shim loaded before my stylesheet helpers?\n\n"
    "Packer normally keeps the order in which files run, but a shared vendor bundle "
    "can break it. Consider the following example:\n\n"
    "```js\n// app.js\nimport './shim.js';\nimport 'vendor-lib';\n```\n\n"
    "Here `vendor-lib` runs before `shim.js` once the files are packed. This is not "
    "caused by the packer moving the import up: imports always run before the code of "
    "their file, wherever they are written. Entry files are packed into as few chunks as "
    "possible while nothing runs that is not needed, which is why the shim and the app "
    "end up in one chunk and the vendor library in another one that loads first.\n\n"
    "> If file X loads file Y and nothing loops back, then Y always runs before X.\n\n"
    "Shims are special because they patch globals. Luckily, there are two ways out:\n\n"
    "1. When no vendor file needs the shim, it is enough to load it first in every entry file.\n"
    "2. Otherwise, you should make the shim an entry of its own so it always runs first.\n\n"
    "## Why does Packer copy shared imports into each entry bundle?\n\n"
    "When several bundles are written, Packer repeats the imports that entries share "
    "at their top. For example:\n\n"
    "```js\n// first.js\nimport helper from './second.js';\n\n"
    "// second.js\nimport dep from 'dep';\nexport default dep + 1;\n```\n\n"
    "It changes nothing in what runs, but the bundles load sooner. Without this "
    "shortcut, a browser goes through these steps to start `first.js`:\n\n"
    "1. Fetch `first.js` and find the import of `second.js`.\n"
    "2. Fetch `second.js` and find the import of `dep`.\n"
    "3. Fetch `dep`.\n\n"
    "Packer has the `output.flatImports` option to turn this off; the notes below explain "
    "every case where it matters, with the timings measured on a slow network and the "
    "bundles written for each of them, so that a reader can compare the waterfalls one "
    "by one and pick the setting that suits the site best.\n\n"
    "## How do I set the output folder?\n\n"
    "Set `output.dir` in `packer.config.js`, for example:\n\n"
    "```js\nexport default { output: { dir: 'dist' } };\n```\n\n"
    "The folder is created when it does not exist.\n"
)


def _notes(text: str) -> dict[str, FactNote]:
    deck = build_deck(text, "packer-faq.md")
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_a_set_up_and_its_example_give_way_to_the_recommendation_after_them() -> None:
    note = _notes(_FAQ)["Packer: how do I keep a shim loaded before my stylesheet helpers?"]
    assert note.back == (
        "Shims are special because they patch globals. Luckily, there are two ways out:\n"
        "1. When no vendor file needs the shim, it is enough to load it first in every "
        "entry file.\n"
        "2. Otherwise, you should make the shim an entry of its own so it always runs first."
    )


def test_a_why_whose_answer_cannot_be_told_in_a_long_section_makes_no_card() -> None:
    fronts = list(_notes(_FAQ))
    assert not any("copy shared imports" in front for front in fronts)


def test_a_list_walking_through_the_example_makes_no_card_of_its_own() -> None:
    backs = [n.back for n in _notes(_FAQ).values()]
    assert not any("Fetch `first.js`" in back for back in backs)


def test_a_quoted_tip_under_a_question_heading_is_not_asked_by_its_condition() -> None:
    fronts = list(_notes(_FAQ))
    assert not any("if file X loads file Y" in front for front in fronts)


def test_a_short_set_up_section_is_the_card_whole() -> None:
    text = (
        "## How do I keep the shim first?\n\n"
        "A vendor bundle can run before the shim. See the following example:\n\n"
        "```js\nimport './shim.js';\nimport 'vendor-lib';\n```\n\n"
        "Make the shim an entry of its own.\n"
    )
    note = _notes(text)["How do I keep the shim first?"]
    assert note.back == (
        "A vendor bundle can run before the shim.\n"
        "import './shim.js';\nimport 'vendor-lib';\n"
        "Make the shim an entry of its own."
    )


def test_an_answer_that_instructs_before_its_example_keeps_its_first_paragraph() -> None:
    note = _notes(_FAQ)["Packer: how do I set the output folder?"]
    assert note.back.startswith("Set `output.dir` in `packer.config.js`, for example:")


def test_the_recommended_list_is_not_asked_again_by_its_lead_in() -> None:
    backs = [n.back for n in _notes(_FAQ).values()]
    assert sum("it is enough to load it first" in back for back in backs) == 1
