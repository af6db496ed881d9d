"""Support matrices the page repeats per release and per host, matrices whose cells are
nearly all one verdict, and a comparison of the page's product with its rivals in the
answer to the author's question (synthetic documents, no real wording)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

_V2 = """| Board | Flash | Debug | Trace |
|:-----:|:-----:|:------|:-----:|
| owl-a | YES | YES | YES |
| owl-b | YES | NO | YES |
| owl-c | NO | NO | NO |
"""
_V1 = """| Board | Flash | Debug | Trace |
|:-----:|:-----:|:------|:-----:|
| owl-a | YES | YES | UNKNOWN |
| owl-b | YES | UNKNOWN | UNKNOWN |
| owl-c | NO | YES | YES |
"""

PER_RELEASE = f"""Board support
=============

Release v2.0
------------

### Workstation: fenlake-x64

{_V2}
### Workstation: moorhen-arm

TBD

Release v1.0
------------

### Workstation : moorhen-arm

{_V1}
"""


def test_a_matrix_repeated_per_release_and_host_names_both_on_every_card() -> None:
    cards = {n.front: n.back for n in facts(build_deck(PER_RELEASE, "boards.md").notes)}
    asked = "which of Flash, Debug, Trace?"
    v2 = "Release v2.0, workstation fenlake-x64"
    v1 = "Release v1.0, workstation moorhen-arm"
    assert cards == {
        f"{v2}, owl-a: {asked}": "All of them",
        f"{v2}, owl-b: {asked}": "Flash, Trace (not Debug)",
        f"{v2}, owl-c: {asked}": "None of them",
        # A column read as marks in one table is read so in all; "UNKNOWN", written
        # again and again, is a state, never a "partly".
        f"{v1}, owl-a: {asked}": "Flash, Debug; unknown: Trace",
        f"{v1}, owl-b: {asked}": "Flash; unknown: Debug, Trace",
        f"{v1}, owl-c: {asked}": "Debug, Trace (not Flash)",
    }


ONE_MATRIX = f"""# Board support

## Release v2.0

### Debug boards

{_V2}
"""


def test_a_matrix_given_once_keeps_its_section_as_before() -> None:
    cards = {n.front: n.back for n in facts(build_deck(ONE_MATRIX, "boards.md").notes)}
    # Given once, the matrix is the section's: its heading names it, no release.
    assert cards["Debug boards, owl-b: which of Flash, Debug, Trace?"] == (
        "Flash, Trace (not Debug)"
    )
    assert not [front for front in cards if "v2.0" in front]


_PLAIN = """| Tool | Language | Licence |
|------|----------|---------|
| quill | Rust | MIT |
| inkpot | Go | Apache-2.0 |
"""

ENTITY_TABLES = f"""# Writing tools

## Choosing a tool

{_PLAIN}
## Comparing tools

{_PLAIN.replace("| quill | Rust | MIT |", "| quill | Zig | MIT |")}"""


def test_an_ordinary_table_repeated_under_unrelated_headings_reads_as_before() -> None:
    cards = {n.front: n.back for n in facts(build_deck(ENTITY_TABLES, "tools.md").notes)}
    # Its sections are no series of values ("Choosing …", "Comparing …"): each names
    # its rows as any table's section does, and the repeated rows are made once.
    assert cards == {
        "Choosing a tool, quill: language?": "Rust",
        "Choosing a tool, quill: licence?": "MIT",
        "Choosing a tool, inkpot: language?": "Go",
        "Choosing a tool, inkpot: licence?": "Apache-2.0",
        "Comparing tools, quill: language?": "Zig",
        "Comparing tools, quill: licence?": "MIT",
    }


ALL_ONE_VERDICT = """# Plugin compatibility

## Lantern plugin

| Lantern version | Host 3.1 | Host 3.2 | Host 3.3 |
|-----------------|----------|----------|----------|
| 4.0.2 | Yes | N/A | N/A |
| 4.1.0 | N/A | Yes | Yes |
| 4.2.1 | N/A | N/A | N/A |
"""


def test_a_matrix_of_yes_and_na_asks_per_row_which_columns_hold_yes() -> None:
    cards = {n.front: n.back for n in facts(build_deck(ALL_ONE_VERDICT, "compat.md").notes)}
    asked = "which of Host 3.1, Host 3.2, Host 3.3?"
    assert cards == {
        f"Lantern plugin, lantern version 4.0.2: {asked}": "Host 3.1",
        f"Lantern plugin, lantern version 4.1.0: {asked}": "Host 3.2, Host 3.3",
        f"Lantern plugin, lantern version 4.2.1: {asked}": "None of them",
    }


VENDOR_FAQ = """# Skiff

Skiff is a self-hosted job queue.

## General

### How does Skiff compare with Rowboat and Dinghy?

| Feature | Skiff | Rowboat | Dinghy |
|---------|-------|---------|--------|
| **Self-hosted** | ✅ Full control | ⚠️ Limited | ❌ No |
| **Retries** | ✅ Yes | ✅ Yes | ❌ No |
| **Cost** | ✅ Hardware only | 💰 Per job | 💰 Per seat |

### How do I start a worker?

Run `skiff worker start` on each node.
"""


def test_a_vendor_comparison_in_an_answer_cards_only_the_pages_own_product() -> None:
    cards = {n.front: n.back for n in facts(build_deck(VENDOR_FAQ, "faq.md").notes)}
    celled = {f: b for f, b in cards.items() if not f.startswith("How")}
    # The rivals' cells are the page's claims about them: no card of their own (the
    # question's card holds the whole table); the own column's ✅ is a rating, not a yes.
    assert celled == {
        "Skiff: self-hosted?": "Full control",
        "Skiff: retries?": "Yes",
        "Skiff: cost?": "Hardware only",
    }
    assert "Rowboat" in cards["How does Skiff compare with Rowboat and Dinghy?"]
