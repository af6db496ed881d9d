"""Exercises under headings that only number them ("## Question: 8"), the task written
out (its own sub-heading, prose, a quoted task, requirement bullets) and answered under
an "#### Answer:" heading: the task is asked without the number, the answer section
answers; a task of such a set without an answer makes no card; two sections sharing a
number stay two questions."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Practice questions

## Question:1

### Create a deployment with the following parameters:

* Name the deployment web and run 3 replicas
* Use the image nginx:1.25

#### Answer:

* kubectl create deployment web --image=nginx:1.25 --replicas=3

---

## Question: 2

> List all persistent volumes sorted by capacity

#### Answer:

* kubectl get pv --sort-by=.spec.capacity.storage

## Question: 2

> Drain the node named worker-2 for maintenance

#### Answer:

* kubectl drain worker-2 --ignore-daemonsets

## Question: 3

> Ensure one pod of nginx runs on every node

* Do not override any taints
"""


def test_a_numbered_task_is_asked_and_its_answer_heading_answers() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "practice.md").notes)]
    assert [back for _, back in pairs] == [
        "• kubectl create deployment web --image=nginx:1.25 --replicas=3",
        "• kubectl get pv --sort-by=.spec.capacity.storage",
        "• kubectl drain worker-2 --ignore-daemonsets",
    ]
    assert pairs[0][0].startswith("Create a deployment with the following parameters:\n")
    assert "• Name the deployment web and run 3 replicas" in pairs[0][0]
    assert "List all persistent volumes sorted by capacity" in pairs[1][0]
    assert "Drain the node named worker-2 for maintenance" in pairs[2][0]
    assert not [front for front, _ in pairs if "Question" in front or "one pod of nginx" in front]
