"""A shell comment asked as a step whose subject is only in its command (the kind
``kubectl`` acts on, the chart ``helm`` installs) is asked under its section's heading;
one naming its subject stays as written. Read from a synthetic document that has the
shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_OVENS = """# Ovens on a cluster

## Start a batch of Kiln ovens

```bash
# Start two ovens at 1200 degrees each:
helm install night-shift pottery/kiln --version 1.4.0 \\
  --set heat=1200 \\
  --set replicas=2

# Follow the progress as it warms up
kubectl get kilnovens -w

# List the kiln ovens in every namespace
kubectl get kilnovens -A

# Create a test namespace
kubectl create ns glazing
```
"""


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "ovens.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_step_naming_nothing_its_command_acts_on_is_asked_under_its_section() -> None:
    cards = _facts(_OVENS)
    assert cards["Start a batch of Kiln ovens: how do you follow the progress as it warms up?"] == (
        "kubectl get kilnovens -w"
    )
    assert cards[
        "Start a batch of Kiln ovens: how do you start two ovens at 1200 degrees each with helm?"
    ].startswith("helm install night-shift pottery/kiln")


def test_a_step_naming_its_subject_stays_as_written() -> None:
    cards = _facts(_OVENS)
    assert cards["How do you list the kiln ovens in every namespace?"] == "kubectl get kilnovens -A"
    assert cards["How do you create a test namespace?"] == "kubectl create ns glazing"
