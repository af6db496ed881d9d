"""A list of "`a` → `b`" pairs, each side a bare name, after a statement of what they
show ("Some widgets also generate other widgets", or that statement then "For
example:"): one card asking the statement's question, the whole list its answer. Read
per item it asked "`a`: for example?". Under a short label naming the relation
("Default ports:") each key stays its own fact."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """# Widget targets

## Widget generation

To reduce boilerplate, some widgets also generate other widgets:

- `widget_tests` -> `widget_test`
- `shell_widgets` -> `shell_widget`

## Generated widgets

Sprocket provides widget kinds that generate other widgets. For example:

- `files` -> `file`
- `go_mod` -> `go_package`

## Ports

Default ports:

- HTTP -> 8080
- gRPC -> 9090
"""


def _facts() -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in build_deck(_PAGE, "p.md").notes if isinstance(n, FactNote)]


def test_a_mapping_list_after_a_statement_is_one_card_asking_it() -> None:
    facts = _facts()
    assert (
        "Widget generation: to reduce boilerplate, which widgets also generate other widgets?",
        "• `widget_tests` → `widget_test`\n• `shell_widgets` → `shell_widget`",
    ) in facts
    assert (
        "Generated widgets: which widget kinds generate other widgets?",
        "• `files` → `file`\n• `go_mod` → `go_package`",
    ) in facts


def test_a_mapping_list_under_a_short_label_stays_a_fact_per_key() -> None:
    facts = _facts()
    assert ("HTTP: default ports?", "8080") in facts
    assert ("gRPC: default ports?", "9090") in facts
