"""Shapes seen on the sixth batch of fresh documents (theme icon codes in a feature matrix,
"**Answer:**" labels under question headings, questions written as definition terms),
each read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import card_texts, facts

ICON_MATRIX = """# Sync tools

## Matrix

| Capability | Rsyncer | Cloudbox | Mirror |
| --- | --- | --- | --- |
| Offline | :material-check-all:{.green} Yes | :material-close:{.red} No (net) | :material-check: |
| Encrypts | :fontawesome-solid-xmark:{ .red } | :octicons-check-16: Partly | :material-close: |
"""


def test_theme_icon_codes_read_as_their_meaning_and_never_reach_a_card() -> None:
    notes = build_deck(ICON_MATRIX, "sync.md").notes
    answers = {n.front: n.back for n in facts(notes)}
    assert answers["Rsyncer: offline?"] == "Yes"
    assert answers["Cloudbox: offline?"] == "No (net)"
    assert answers["Mirror: offline?"] == "Yes"
    assert answers["Rsyncer: encrypts?"] == "No"
    assert answers["Cloudbox: encrypts?"] == "Partly"
    assert answers["Mirror: encrypts?"] == "No"
    for note in notes:
        for text in card_texts(note):
            assert ":material" not in text
            assert "{." not in text
            assert "{ ." not in text
