"""A step's words that open on a verb-like word qualifying a noun ("Rollback strategy in
CI/CD:", "# Update strategy for the pods") name a kind of thing, not an action: they are
never asked "How do you rollback strategy …?"; a real imperative beside them still is."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules.common import noun_compound
from tests.helpers import facts

STEPS = """# Release questions

## Deployment

Rollback strategy in CI/CD:

```bash
kubectl rollout undo deployment/web
```

## Pipelines

```bash
# Update strategy for the pods
kubectl rollout status deployment/web
```

## Images

Update the image of the deployment:

```bash
kubectl set image deployment/web web=nginx:1.25
```
"""


def test_noun_phrase_lead_in_is_no_how_do_you_front() -> None:
    fronts = [n.front for n in facts(build_deck(STEPS, "release.md").notes)]
    assert not any("rollback strategy" in f.lower() for f in fronts)
    assert not any("update strategy" in f.lower() for f in fronts)
    # Near-miss: "Update the image …" is an action and keeps its step card.
    assert "How do you update the image of the deployment?" in fronts


def test_noun_compound_reads_the_word_after_the_verb() -> None:
    assert noun_compound("Rollback strategy in CI/CD")
    assert noun_compound("Use cases of sidecars")
    assert not noun_compound("Update the image of the deployment")
    assert not noun_compound("Attach policy to the role")
    assert not noun_compound("Kill process 4242")
