"""A step told as "You can then get …:" is asked without its place in the walkthrough:
"How do you get the current ReplicaSets deployed?", never "How do you then get …?"."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# ReplicaSet

## Example

Create the ReplicaSet:

```shell
kubectl apply -f https://kubernetes.io/examples/controllers/frontend.yaml
```

You can then get the current ReplicaSets deployed:

```shell
kubectl get rs
```
"""


def test_a_then_step_is_asked_without_then() -> None:
    fronts = [n.front for n in facts(build_deck(DOC, "rs.md").notes)]
    assert "How do you get the current ReplicaSets deployed?" in fronts
    assert not any(" then " in front for front in fronts)
