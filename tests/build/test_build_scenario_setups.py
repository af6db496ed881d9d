"""Sections that define the same object again each set up their own cluster.

An exercise collection gives every exercise its own Service and Deployment, often under
the same names; a scenario asked in one exercise runs only that exercise's objects. A
later section that redefines only the Service builds on the workloads already standing.
"""

from __future__ import annotations

from pathlib import Path

from quizkit.build import build_decks
from quizkit.deckfile import ScenarioNote
from quizkit.scenarios import SCENARIO_DECK

SERVICE = """
```yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: {type}
  selector:
    app: web
  ports:
  - port: 80
    targetPort: {port}
```
"""
DEPLOYMENT = """
```yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: shop/{name}:1
        ports:
        - containerPort: {port}
```
"""
REQUEST = "\nFrom a pod in the default namespace:\n\n```bash\ncurl http://web\n```\n"


def scenarios(tmp_path: Path, text: str) -> list[ScenarioNote]:
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    decks = build_decks([page], root=tmp_path)
    return [
        n for d in decks if d.slug != SCENARIO_DECK for n in d.notes if isinstance(n, ScenarioNote)
    ]


def test_two_exercises_defining_one_service_each_run_their_own_objects(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Exercises\n\n## Exercise 1: Rolling update\n"
        + DEPLOYMENT.format(name="rolling", port=8080)
        + SERVICE.format(type="ClusterIP", port=8080)
        + REQUEST
        + "\n## Exercise 2: Canary\n"
        + DEPLOYMENT.format(name="canary", port=9090)
        + SERVICE.format(type="ClusterIP", port=9090)
        + REQUEST,
    )
    assert [(n.request["to"], n.origin.line if n.origin else 0) for n in notes] == [
        ("http://web", 43),
        ("http://web", 87),
    ]
    first, second = notes
    assert "shop/rolling:1" in first.manifests
    assert "shop/canary:1" not in first.manifests
    assert "shop/canary:1" in second.manifests
    assert "shop/rolling:1" not in second.manifests
    assert first.manifests.count("kind: Service") == 1
    assert second.manifests.count("kind: Service") == 1


def test_a_section_redefining_only_the_service_keeps_the_workloads_standing(
    tmp_path: Path,
) -> None:
    # The near miss: the second section changes the Service's type and defines no pods
    # of its own; the Deployment of the first still runs behind it.
    notes = scenarios(
        tmp_path,
        "# Services\n\n## ClusterIP\n"
        + DEPLOYMENT.format(name="app", port=8080)
        + SERVICE.format(type="ClusterIP", port=8080)
        + REQUEST
        + "\n## NodePort\n"
        + SERVICE.format(type="NodePort", port=8080)
        + REQUEST,
    )
    assert len(notes) == 2
    for note in notes:
        assert "shop/app:1" in note.manifests
        assert note.manifests.count("kind: Service") == 1
    assert "type: NodePort" in notes[1].manifests
    assert "type: NodePort" not in notes[0].manifests
