"""Step fronts (a lead-in sentence or a ``# comment`` over a command) that name what the
command acts on only by a kind of stuff ("one of the resources") or the kind's last word
("the job") are asked of the kind as the page writes it; a label that only says where to
run the command under it ("Exec in pod:") is no step's action."""

from __future__ import annotations

from tests.build.helpers import facts_by_front

DESCRIBED = """# Deploying the Gizmo App

## Watch the rollout

Once the labels are found, a GizmoRollout resource is created for each workload.

```shell
kubectl get gizmorollouts -n demo
```

This lists their phases. You can get more detail about the workloads by describing
one of the resources:

```shell
kubectl describe gizmorollouts frontend -n demo
```
"""


def test_stuff_noun_takes_the_kind_the_page_writes() -> None:
    cards = facts_by_front(DESCRIBED, "described")
    front = (
        "How do you get more detail about the workloads by describing one of the "
        "GizmoRollout resources?"
    )
    assert front in cards
    assert cards[front].back == "kubectl describe gizmorollouts frontend -n demo"


SCHEDULED = """# Batch exercises

## TimerTasks

Make a timer task named `ticker` that prints the time every minute.

Create the task:

```bash
kubectl create timertask ticker --image=busybox --schedule="*/1 * * * *" -- date
```
"""


def test_last_word_of_the_kind_becomes_the_kind() -> None:
    cards = facts_by_front(SCHEDULED, "scheduled")
    assert list(cards) == ["How do you create a TimerTask?"]
    back = 'kubectl create timertask ticker --image=busybox --schedule="*/1 * * * *" -- date'
    assert cards["How do you create a TimerTask?"].back == back


NAMED_ALREADY = """# Batch exercises

## TimerTasks

Make a timer task named `ticker` that prints the time every minute.

Create the TimerTask:

```bash
kubectl create timertask ticker --image=busybox --schedule="*/1 * * * *" -- date
```
"""


def test_a_front_naming_the_kind_stays_as_written() -> None:
    assert list(facts_by_front(NAMED_ALREADY, "named")) == ["How do you create the TimerTask?"]


UNNAMED = """# Batch exercises

## Exercise 7

Make one that prints the time every minute.

Create the task:

```bash
kubectl create timertask ticker --image=busybox --schedule="*/1 * * * *" -- date
```
"""


def test_no_name_on_the_page_takes_the_heading() -> None:
    assert list(facts_by_front(UNNAMED, "unnamed")) == ["Exercise 7: how do you create the task?"]


WHERE = """# Rotating the root CA

## On the management cluster

Open a shell in the toolbox pod first.

Exec in pod:

```bash
nodectl rotate-ca --nodes 10.0.0.1,10.0.0.2 --dry-run=false
```

Exec into the pod:

```bash
kubectl exec -it toolbox -- sh
```
"""


def test_a_label_saying_where_to_run_is_no_step() -> None:
    cards = facts_by_front(WHERE, "where")
    assert "How do you exec in pod?" not in cards
    # Its verb is the command's own: the label says what it does.
    assert cards["How do you exec into the pod?"].back == "kubectl exec -it toolbox -- sh"


COMMENTED = """# Toolbox notes

## Certificates

```bash
# Run on the control plane node
nodectl rotate-ca --nodes 10.0.0.1

# Run in minikube
kubectl run hello --image=hello:0.1 --image-pull-policy=Never
```
"""


def test_a_comment_saying_where_to_run_is_no_step() -> None:
    cards = facts_by_front(COMMENTED, "commented")
    assert "How do you run on the control plane node?" not in cards
    # Its verb is the command's own (``kubectl run``): it stays a step.
    assert cards["How do you run in minikube?"].back == (
        "kubectl run hello --image=hello:0.1 --image-pull-policy=Never"
    )
