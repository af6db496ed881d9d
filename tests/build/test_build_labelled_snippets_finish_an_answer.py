"""A question heading answered in one sentence and then short labelled code ("Format:"
over ``user:role:type:level``, "Example:" over one) keeps the snippets on its back: they
finish the answer."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# SELinux interview

## 6. What is an SELinux context?

An SELinux context defines security labeling.

Format:

```
user:role:type:level
```

Example:

```
system_u:object_r:passwd_file_t:s0
```
"""


def test_short_labelled_snippets_go_on_the_back() -> None:
    pairs = {n.front: n.back for n in facts(build_deck(DOC, "selinux.md").notes)}
    assert pairs["What is an SELinux context?"] == (
        "An SELinux context defines security labeling.\nFormat:\nuser:role:type:level\n"
        "Example:\nsystem_u:object_r:passwd_file_t:s0"
    )
