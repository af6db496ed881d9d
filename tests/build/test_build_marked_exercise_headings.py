"""An exercise heading decorated with a mark before its number ("## ✅ Exercise 1 —
Print …") is a numbered exercise like an undecorated one: its task is asked, answered
by the code under its "Solution:" label."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Shell exercises

## ✅ Exercise 1 — Print “Hello World”

Task: Print `Hello World`.

Solution:

```bash
#!/usr/bin/env bash
echo "Hello World"
```

## ✅ Exercise 2 — Current user

Task: Print the current user.

Solution:

```bash
echo "$USER"
```
"""


def test_a_marked_exercise_heading_asks_its_task() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "shell.md").notes)]
    assert pairs == [
        ("Print `Hello World`.", '#!/usr/bin/env bash\necho "Hello World"'),
        ("Print the current user.", 'echo "$USER"'),
    ]
