"""What the routing tests share: a small NodePort cluster and the golden case corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

WEB = """\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web-np}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
---
apiVersion: v1
kind: Service
metadata: {name: api-np}
spec:
  type: NodePort
  selector: {app: api}
  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
"""

HERE = Path(__file__).parent
CASES = HERE / "cases"
SNIPPETS: dict[str, str] = yaml.safe_load((CASES / "_snippets.yaml").read_text(encoding="utf-8"))


def all_cases() -> list[dict[str, Any]]:
    """Every case of ``cases/*.yaml`` (not the ``_snippets``), with the file it is in."""
    out = []
    for path in sorted(CASES.glob("[!_]*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            case["file"] = path.name
            out.append(case)
    return out


ALL_CASES = all_cases()


def manifests_of(case: dict[str, Any]) -> str:
    """A case's manifests as one YAML stream, its ``"@name"`` snippets filled in."""
    items = case["manifests"]
    if isinstance(items, str):
        items = [items]
    return "---\n".join(SNIPPETS[i[1:]] if i.startswith("@") else i for i in items)
