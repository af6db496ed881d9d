"""Services read from what ``kubectl get services`` prints make scenarios only when the
scenario states nothing the page contradicts or never wrote.

A row abbreviates a Service the page made; the Service the page writes out in a manifest
is that manifest (also behind a fence hidden by a zero-width character), a row whose
type and ports disagree spells a Service Kubernetes refuses, the API server's own
``kubernetes`` Service has no pods, and a chart's resource listing is the chart's.
"""

from __future__ import annotations

from pathlib import Path

from quizkit.build import build_decks
from quizkit.build.source import repair_text
from quizkit.deckfile import ScenarioNote
from quizkit.scenarios import SCENARIO_DECK

ZWSP = "\u200b"
MANIFEST = """apiVersion: v1
kind: Service
metadata:
  name: greeter
spec:
  type: ClusterIP
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: greeter
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: greeter
spec:
  replicas: 3
  selector:
    matchLabels:
      app: greeter
  template:
    metadata:
      labels:
        app: greeter
    spec:
      containers:
      - name: greeter
        image: shop/greeter:2
        ports:
        - containerPort: 8080
"""
HEADER = "NAME         TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)        AGE"


def scenarios(tmp_path: Path, text: str) -> list[ScenarioNote]:
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    decks = build_decks([page], root=tmp_path)
    return [
        n for d in decks if d.slug != SCENARIO_DECK for n in d.notes if isinstance(n, ScenarioNote)
    ]


def asked(notes: list[ScenarioNote]) -> list[tuple[str, str, str]]:
    return [(n.id, n.request["from"], n.request["to"]) for n in notes]


def listing(*rows: str, command: str = "kubectl get services") -> str:
    return f"```\n{command}\n```\n\nThe output:\n\n```\n{HEADER}\n" + "\n".join(rows) + "\n```\n"


def test_a_fence_hidden_by_a_zero_width_space_is_repaired_keeping_every_line() -> None:
    text = f"# Page\n\n```\n{ZWSP}```yaml\nkind: Service\n{ZWSP}```\n```\n\n{ZWSP}## Next\n"
    assert repair_text(text) == "# Page\n\n\n```yaml\nkind: Service\n```\n\n\n## Next\n"


def test_a_fence_showing_a_hidden_fence_among_other_lines_keeps_it() -> None:
    # A Markdown lesson showing a fence inside its code block: the author's text.
    text = f"```markdown\nWrite:\n{ZWSP}```python\nprint(1)\n{ZWSP}```\n```\n"
    assert repair_text(text) == text


def test_the_manifest_in_a_zero_width_fence_is_the_service_not_its_printed_rows(
    tmp_path: Path,
) -> None:
    notes = scenarios(
        tmp_path,
        "# Greeter\n\n## Deploy\n\nCreate `greeter.yaml`:\n\n"
        f"```\n{ZWSP}```\n{MANIFEST}{ZWSP}```\n```\n\n"
        + listing("greeter      ClusterIP   10.96.85.236   <none>        80:31623/TCP   35s")
        + "\nList every Service again:\n\n"
        + listing(
            "greeter      ClusterIP   10.96.85.236   <none>        80:31623/TCP   54s",
            command="kubectl get svc",
        ),
    )
    assert asked(notes) == [
        ("scenario/greeter/inside-via-clusterip", "pod:default/client", "http://greeter:80")
    ]
    assert notes[0].manifests == MANIFEST
    assert notes[0].origin is not None
    assert notes[0].origin.line == 8


def test_a_row_of_a_service_whose_manifest_cannot_be_read_makes_no_scenario(
    tmp_path: Path,
) -> None:
    template = MANIFEST.replace("replicas: 3", "replicas: {{ .Values.replicas }}")
    notes = scenarios(
        tmp_path,
        f"# Greeter\n\n```yaml\n{template}```\n\n"
        + listing("greeter      ClusterIP   10.96.85.236   <none>        80/TCP         35s"),
    )
    assert notes == []


def test_a_clusterip_row_with_a_node_port_makes_no_scenario(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Shop\n\n"
        + listing(
            "cart         ClusterIP   10.96.85.236   <none>        80:31623/TCP   35s",
            "orders       NodePort    10.96.99.130   <none>        80:30303/TCP   12s",
        ),
    )
    # The NodePort row agrees with itself: it still makes its scenarios.
    assert asked(notes) == [
        ("scenario/orders/inside-via-nodeport", "pod:default/client", "http://orders:80"),
        ("scenario/orders/outside-via-nodeport", "external", "http://<NodeIP>:30303"),
    ]
    assert "nodePort: 30303" in notes[0].manifests
    assert "cart" not in notes[0].manifests


def test_the_api_servers_kubernetes_service_makes_no_scenario(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Shop\n\n"
        + listing(
            "kubernetes   ClusterIP   10.96.0.1      <none>        443/TCP        5m",
            "cart         ClusterIP   10.96.85.236   <none>        8080/TCP       35s",
        ),
    )
    assert asked(notes) == [
        ("scenario/cart/inside-via-clusterip", "pod:default/client", "http://cart:8080")
    ]
    assert "kubernetes" not in notes[0].manifests


def test_a_service_named_kubernetes_in_another_namespace_is_the_documents(
    tmp_path: Path,
) -> None:
    notes = scenarios(
        tmp_path,
        "# Shop\n\n"
        + listing(
            "kubernetes   ClusterIP   10.96.0.40     <none>        8080/TCP       5m",
            command="kubectl get services -n docs",
        ),
    )
    assert asked(notes) == [
        ("scenario/kubernetes/inside-via-clusterip", "pod:docs/client", "http://kubernetes:8080")
    ]


def test_a_release_listing_of_its_resources_makes_no_scenario(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Ingress\n\n```\nhelm install stable/edge --name edge\n```\n\nThe output:\n\n"
        "```\nNAME:   edge\nSTATUS: DEPLOYED\n\nRESOURCES:\n==> v1/Service\n"
        "NAME          TYPE          CLUSTER-IP     EXTERNAL-IP  PORT(S)  AGE\n"
        "edge-backend  ClusterIP     10.96.221.49   <none>       80/TCP   0s\n\n"
        "==> v1/Deployment\nNAME          READY  UP-TO-DATE  AVAILABLE  AGE\n"
        "edge-backend  0/1    1           0          0s\n```\n",
    )
    assert notes == []


def test_a_service_listed_twice_makes_one_scenario(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Shop\n\n"
        + listing("cart         ClusterIP   10.96.85.236   <none>        8080/TCP       35s")
        + "\nAfter the second deployment:\n\n"
        + listing("cart         ClusterIP   10.96.85.236   <none>        8080/TCP       54s"),
    )
    assert asked(notes) == [
        ("scenario/cart/inside-via-clusterip", "pod:default/client", "http://cart:8080")
    ]


def test_a_headless_row_stays_headless(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Shop\n\n"
        + listing("ledger       ClusterIP   None           <none>        5432/TCP       35s"),
    )
    assert asked(notes) == [
        ("scenario/ledger/inside-via-clusterip", "pod:default/client", "http://ledger:5432")
    ]
    assert "clusterIP: None" in notes[0].manifests


def test_an_external_name_row_is_its_external_name(tmp_path: Path) -> None:
    notes = scenarios(
        tmp_path,
        "# Shop\n\n"
        + listing("billing      ExternalName   <none>   billing.example.com   443/TCP   35s")
        + "\nFrom a pod:\n\n```bash\ncurl https://billing:443\n```\n",
    )
    assert [n.manifests for n in notes] == [
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: billing\nspec:\n"
        "  type: ExternalName\n  ports:\n  - port: 443\n    protocol: TCP\n"
        "  externalName: billing.example.com\n"
    ]
