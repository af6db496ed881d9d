"""A glossary indexed by letter headings ("### A", "### B", …): "A" is its first letter,
not an answer label under the glossary's title, so the title asks nothing; a topic over
a lone "### A" answer heading still asks the topic."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

GLOSSARY = """\
## Glossary of Key Terms

### **A**

**AES (Advanced Encryption Standard)**
Symmetric block cipher standardised by NIST with a 128-bit block.

**Atbash Cipher**
Substitution cipher that reverses the alphabet.

### **B**

**Block Cipher**
Algorithm that encrypts data in fixed-size blocks.
"""

ANSWERED = """\
# Memory questions

## ARC vs garbage collection

### A

ARC frees an object when its last strong reference goes; a collector frees it later.

## Side tables

### A

They hold the weak reference counts of objects that need more room than the isa word.
"""


def test_letter_headings_of_a_glossary_are_no_answer_labels() -> None:
    fronts = [note.front for note in facts(build_deck(GLOSSARY, "glossary.md").notes)]
    assert "Glossary of Key Terms?" not in fronts
    assert "Glossary of Key Terms: AES (Advanced Encryption Standard)?" in fronts
    assert "Glossary of Key Terms: Block Cipher?" in fronts


def test_a_topic_over_a_lone_answer_heading_is_still_asked() -> None:
    notes = facts(build_deck(ANSWERED, "memory.md").notes)
    assert [(note.front, note.back[:20]) for note in notes][:2] == [
        ("Memory questions: ARC vs garbage collection?", "ARC frees an object "),
        ("Memory questions: side tables?", "They hold the weak r"),
    ]
