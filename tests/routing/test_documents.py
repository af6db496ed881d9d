"""The bundled documents' own manifests and access examples, with backing pods added.

The Service manifests are taken from the YAML blocks of ``data/*.md`` (parsed with
markdown-it-py), so the tests stay in step with the documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt

from quizkit.routing import Reason, evaluate

DATA = Path(__file__).resolve().parents[2] / "data"


def yaml_blocks(name: str) -> list[dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    docs = [
        yaml.safe_load(t.content) for t in tokens if t.type == "fence" and t.info.strip() == "yaml"
    ]
    return [d for d in docs if isinstance(d, dict) and d.get("kind") == "Service"]


ORDER_DOC = "service-types-clusterip-nodeport-loadbalancer.md"
PAIR_DOC = "clusterip-vs-nodeport.md"


def backing(app: str, port: int, replicas: int = 2) -> dict[str, object]:
    """A Deployment whose pods carry ``app`` and listen on ``port``."""
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": app},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": app}},
            "template": {
                "metadata": {"labels": {"app": app}},
                "spec": {
                    "containers": [
                        {"name": app, "image": f"{app}:1", "ports": [{"containerPort": port}]}
                    ]
                },
            },
        },
    }


def order_service(kind: str) -> dict[str, object]:
    services = {s["spec"]["type"]: s for s in yaml_blocks(ORDER_DOC)}
    return services[kind]


def test_documents_have_the_three_order_services() -> None:
    kinds = [s["spec"]["type"] for s in yaml_blocks(ORDER_DOC)]
    assert kinds == ["ClusterIP", "NodePort", "LoadBalancer"]


def test_cluster_ip_reachable_inside() -> None:
    manifests = [backing("order", 8081), order_service("ClusterIP")]
    result = evaluate(manifests, "pod:default/payment", "http://order-service/orders/123")
    assert result.valid
    assert result.reachable is True
    assert result.service == "default/order-service"
    assert [h.kind for h in result.hops] == ["cluster-ip", "pod"]
    assert {(e.pod, e.port) for e in result.endpoints} == {
        ("default/order-0", 8081),
        ("default/order-1", 8081),
    }


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://order-service/orders/123", Reason.NXDOMAIN),
        ("http://10.96.0.11/orders/123", Reason.UNROUTABLE),
        ("http://<NodeIP>:30080/orders/123", Reason.NOT_LISTENING),
    ],
)
def test_cluster_ip_not_reachable_from_outside(target: str, reason: Reason) -> None:
    manifests = [backing("order", 8081), order_service("ClusterIP")]
    result = evaluate(manifests, "external", target)
    assert result.reachable is False
    assert result.reason is reason


@pytest.mark.parametrize("node_ip", ["<NodeIP>", "192.168.10.11", "192.168.10.12"])
def test_node_port_from_outside_on_any_node(node_ip: str) -> None:
    manifests = [backing("order", 8081), order_service("NodePort")]
    result = evaluate(manifests, "external", f"http://{node_ip}:30080/orders/123")
    assert result.reachable is True
    first = result.hops[0]
    assert first.kind == "node-port"
    assert first.address.endswith(":30080")
    assert result.path().startswith("external -> ")
    assert result.hops[-1].address.endswith(":8081")


def test_node_port_still_has_a_cluster_ip_inside() -> None:
    manifests = [backing("order", 8081), order_service("NodePort")]
    result = evaluate(manifests, "pod:default/payment", "http://order-service/orders/123")
    assert result.reachable is True
    assert result.hops[0].kind == "cluster-ip"


def test_load_balancer_via_external_lb_ip() -> None:
    lb = order_service("LoadBalancer")
    provisioned = {**lb, "status": {"loadBalancer": {"ingress": [{"ip": "203.0.113.10"}]}}}
    result = evaluate(
        [backing("order", 8081), provisioned], "external", "http://<EXTERNAL-LB-IP>/orders/123"
    )
    assert result.reachable is True
    assert [h.kind for h in result.hops] == ["load-balancer", "cluster-ip", "pod"]
    assert result.hops[0].address == "203.0.113.10:80"


def test_load_balancer_pending_without_cloud_address() -> None:
    result = evaluate(
        [backing("order", 8081), order_service("LoadBalancer")],
        "external",
        "http://<EXTERNAL-LB-IP>/orders/123",
    )
    assert result.reachable is False
    assert result.reason is Reason.LB_PENDING


def test_load_balancer_also_opens_a_node_port() -> None:
    lb = order_service("LoadBalancer")
    result = evaluate([backing("order", 8081), lb], "external", "http://<NodeIP>:30086/orders/1")
    assert result.reachable is True
    assert result.hops[0].kind == "node-port"


def test_pair_document_examples() -> None:
    services = yaml_blocks(PAIR_DOC)
    manifests = [backing("backend", 8080), backing("frontend", 8080), *services]
    inside = evaluate(manifests, "pod:default/frontend-0", "backend-service:80")
    assert inside.reachable is True
    outside = evaluate(manifests, "external", "http://<NodeIP>:30007/")
    assert outside.reachable is True
    assert outside.service == "default/frontend-service"
    blocked = evaluate(manifests, "external", "backend-service:80")
    assert blocked.reachable is False
