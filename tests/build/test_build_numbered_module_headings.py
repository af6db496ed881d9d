"""A heading opening on its place in a course ("Module 8.8: Digital Certificates",
"Lesson 3.2.1: …") names its subject after the colon: the place is no subject, so a
card asks of "Digital Certificates", never of "Module 8.8"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_NOTES = """# Security course notes

## Module 8.8: Digital Certificates

**Key Topics:**
- Certificates bind identities to public keys
- They contain the subject, issuer, validity dates, public key and signature
- They are used in authentication, encryption and integrity checks
"""


def test_a_numbered_module_heading_is_asked_of_its_subject() -> None:
    fronts = [n.front for n in build_deck(_NOTES, "notes.md").notes if isinstance(n, FactNote)]
    assert fronts == ["Digital Certificates: key topics?"]
