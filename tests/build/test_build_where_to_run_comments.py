"""A shell block's first-line comment that only says where to run it ("# Run this command
on the node where the kettle daemon runs") is no step question: the step's own sentence
asks, or no card is made (seen on a task page: five such cards, all judged
unanswerable). A comment saying what the command does still asks. Synthetic document."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """# Run a kettle daemon

1. Restart the kettle daemon:

   ```shell
   # Run this command on the host where the kettle daemon is running
   systemctl restart kettled
   ```

2. List the kettles the daemon knows about:

   ```shell
   # Run these commands as root on the host
   kettlectl ps
   ```

## Descaling

Scale builds up inside a kettle over a few weeks of hard water.

```shell
# Create the namespace for the kettles
kubectl create namespace kettles
```
"""


def test_a_comment_saying_only_where_to_run_asks_nothing() -> None:
    facts = [
        (n.front, n.back) for n in build_deck(_PAGE, "kettle.md").notes if isinstance(n, FactNote)
    ]
    assert facts == [
        ("How do you restart the kettle daemon?", "systemctl restart kettled"),
        ("How do you list the kettles the daemon knows about?", "kettlectl ps"),
        ("How do you create the namespace for the kettles?", "kubectl create namespace kettles"),
    ]
