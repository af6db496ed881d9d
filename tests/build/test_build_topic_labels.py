"""A bold label naming the topic of its list ("How tagging works", "Configuring audit",
"Note the following restrictions:", "Rule of thumb") is asked as the question it stands
for, never as "<section>: how tagging works?"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Skaffold taggers

## Tag

**How tagging works**

- Image tags are computed before the images are built.
- Skaffold always uses immutable references in manifests.

## Audit

**Configuring audit**

- Audit violations per constraint: set `--constraint-violations-limit=123`.
- Audit chunk size: set `--audit-chunk-size=400`.

**Note the following restrictions:**

- You can mount the file system on instances in only one VPC at a time.
- The file system and the VPC must be in the same region.

**Rule of thumb**

- Always create the policy before enabling the admission plugin.
- Keep one policy per workload class.

**Supported formats**

- JSON
- YAML
"""


def test_topic_labels_are_asked_as_the_questions_they_stand_for() -> None:
    fronts = [note.front for note in facts(build_deck(DOC, "taggers.md").notes)]
    assert fronts[:4] == [
        # The section is left out when the front already names it ("Tag" in "tagging").
        "How does tagging work?",
        "How do you configure audit?",
        "Audit: which restrictions apply?",
        "Audit: what is the rule of thumb?",
    ]
    assert "Audit: supported formats?" in fronts
