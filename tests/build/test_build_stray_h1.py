"""An H1 halfway down a page of H2 sections ("## big data" … "# log shippers") is a slip
of the author's: a sibling of the sections around it, never the page's title and never
the parent named on every card after it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import parse_document

DOC = """\
## cgroups

* (control groups)
* an optional Linux kernel feature for finer tracking of a process hierarchy
* used by `systemd` and Docker

# log shippers

Programs that read log files and send their lines to a central store.

## unicode

* a standard for the consistent encoding of text
* UTF-8 is its most common encoding on the web
"""


def test_a_stray_h1_is_no_title_and_no_parent() -> None:
    parsed = parse_document(DOC)
    assert parsed.title == ""
    last = parsed.items[-1]
    assert [(h.level, h.text) for h in last.headings] == [(2, "unicode")]


def test_cards_after_a_stray_h1_are_not_asked_of_it() -> None:
    deck = build_deck(DOC, "glossary.md")
    texts = [getattr(n, "front", "") or getattr(n, "text", "") for n in deck.notes]
    assert not any(text.startswith("log shippers:") for text in texts)


RULED = """\
## AWS study notes

### Amazon S3

* S3 stores objects in buckets

#

### Amazon EFS

* EFS is a network file system
"""


def test_a_bare_hash_between_sections_is_a_rule_not_a_heading() -> None:
    parsed = parse_document(RULED)
    last = parsed.items[-1]
    assert [(h.level, h.text) for h in last.headings] == [
        (2, "AWS study notes"),
        (3, "Amazon EFS"),
    ]
