"""An answer opening on the symptom the question is about ("Log messages may appear
like the following:" and the log) is answered by the prose after the printed lines."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_FAQ = """# Loomdb FAQ

## Why do I see `could not open spool` messages when weaving?

Log messages may appear like the following:

```
2024-02-01T13:40:11Z E spooler could not open spool [file=/var/loom/warp-1, errno=24]
```

The machine may have too low a limit on open files. Check and raise the `ulimit -n`
value of the user running Loomdb.

## How do I read the weave log?

The log is written to `/var/loom/weave.log`, for example:

```
2024-02-01T13:40:11Z I weave started
```
"""


def _facts(text: str) -> dict[str, str]:
    return {
        n.front: n.back for n in build_deck(text, "loomdb-faq.md").notes if isinstance(n, FactNote)
    }


def test_the_answer_past_a_symptom_is_the_back() -> None:
    facts = _facts(_FAQ)
    assert facts["Why do I see `could not open spool` messages when weaving?"] == (
        "The machine may have too low a limit on open files. Check and raise the `ulimit -n` "
        "value of the user running Loomdb."
    )


def test_an_answer_with_its_own_example_keeps_its_opening() -> None:
    facts = _facts(_FAQ)
    assert facts["How do I read the weave log?"].startswith(
        "The log is written to `/var/loom/weave.log`"
    )
