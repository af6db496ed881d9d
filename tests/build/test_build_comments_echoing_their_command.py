"""A comment beside a command that only reads the command's own words back ("# From
file" beside ``--from-file=<file>``) makes no "What does … do?" card; a comment saying
something the command does not ("# Store a password for the app") keeps its card."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# kubectl cheat sheet

## Secret commands

```bash
kubectl create secret generic <name> --from-file=<file_name>      # Key-value pairs of a file
kubectl create configmap <name> --from-env-file=<file_name>       # Env file
```
"""


def test_a_comment_echoing_its_command_makes_no_card() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "cheats.md").notes)]
    assert pairs == [
        (
            "What does `kubectl create secret generic <name> --from-file=<file_name>` do?",
            "Key-value pairs of a file",
        )
    ]


FORMS = """\
# Resources

## Names

You can fetch ReplicaSets with any of the following commands:

```sh
kubectl get rs          # short name
kubectl get replicaset  # singular name
kubectl get replicasets # plural name
```
"""


def test_comments_naming_forms_of_one_command_make_no_card() -> None:
    fronts = [n.front for n in facts(build_deck(FORMS, "names.md").notes)]
    assert not any(front.startswith("What does `kubectl get") for front in fronts)
