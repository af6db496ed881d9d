"""A table under a question heading ending on a full stop ("### Q8. Explain the three
stages in Git.") asks its rows without the full stop: never "….: working directory?"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Git interview

### Q8. Explain the three areas/stages in Git.

**Ans:**
Git has three main stages a file can exist in:

```
Working Directory  --git add-->  Staging Area  --git commit-->  Repository
```

| Stage | Description |
|-------|-------------|
| Working Directory | Where you edit files |
| Staging Area | Where changes wait for the next commit |
"""


def test_a_full_stop_ending_the_subject_is_left_out() -> None:
    fronts = [n.front for n in facts(build_deck(DOC, "git.md").notes)]
    assert fronts
    assert not any(".:" in front for front in fronts), fronts
