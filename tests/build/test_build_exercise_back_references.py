"""A task leaning on an earlier one is asked after it ("(after: Create …)"); a task whose
"this <noun>" names something it set up itself is asked alone, also when a word joining
the clause follows the noun ("remove this label from the pod")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts

TASKS = """# Drills

## Tasks

### Create a pod named cache with image redis

<details><summary>show</summary>

```bash
kubectl run cache --image=redis
```

</details>

### Assuming there is a pod labeled with `env=blue`, remove this label from the pod

<details><summary>show</summary>

```bash
kubectl label po cache env-
```

</details>

### Scale this deployment to 3 replicas

<details><summary>show</summary>

```bash
kubectl scale deploy web --replicas=3
```

</details>
"""


def test_this_noun_set_up_by_the_task_itself_is_asked_alone() -> None:
    fronts = [n.front for n in all_facts(build_deck(TASKS, "drills.md").notes)]
    assert fronts == [
        "Tasks: Create a pod named cache with image redis",
        "Tasks: Assuming there is a pod labeled with `env=blue`, remove this label from the pod",
        # "this deployment" names none the task set up: the earlier task's.
        "Tasks: Scale this deployment to 3 replicas"
        " (after: Create a pod named cache with image redis)",
    ]
