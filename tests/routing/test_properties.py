"""Property tests of the evaluator (Hypothesis)."""

from __future__ import annotations

import copy
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.routing import RouteResult, load

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

namespaces = st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True).filter(
    lambda n: n not in ("default", "kube-system", "kube-public", "svc", "pod", "cluster", "local")
)


def deployment(ns: str, name: str, app: str, replicas: int, port: int) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": ns},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": app}},
            "template": {
                "metadata": {"labels": {"app": app}},
                "spec": {
                    "containers": [
                        {
                            "name": "c",
                            "image": "x",
                            "ports": [{"name": "http", "containerPort": port}],
                        }
                    ]
                },
            },
        },
    }


def service(
    ns: str, name: str, app: str, svc_type: str, target: int | str, node_port: int
) -> dict[str, Any]:
    port: dict[str, Any] = {"port": 80, "targetPort": target}
    if svc_type != "ClusterIP" and node_port:
        port["nodePort"] = node_port
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": ns},
        "spec": {"type": svc_type, "selector": {"app": app}, "ports": [port]},
    }


TARGET_PORTS: st.SearchStrategy[int | str] = st.sampled_from([8080, 9090, "http", "metrics"])


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[dict[str, Any]], str, str, str]:
    ns = draw(namespaces)
    docs: list[dict[str, Any]] = [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}
    ]
    for i in range(draw(st.integers(1, 3))):
        app = draw(st.sampled_from(["web", "api", "db"]))
        docs.append(
            deployment(
                ns, f"d{i}", app, draw(st.integers(0, 3)), draw(st.sampled_from([8080, 9090]))
            )
        )
    for i in range(draw(st.integers(1, 3))):
        docs.append(
            service(
                ns,
                f"s{i}",
                draw(st.sampled_from(["web", "api", "db"])),
                draw(st.sampled_from(["ClusterIP", "NodePort", "LoadBalancer"])),
                draw(TARGET_PORTS),
                draw(st.sampled_from([0, 30080, 30081, 40000])),
            )
        )
    svc = f"s{draw(st.integers(0, 2))}"
    origin = draw(
        st.sampled_from(["external", f"pod:{ns}/client", "node:node-b", f"pod:{ns}/d0-0"])
    )
    target = draw(
        st.sampled_from(
            [
                f"http://{svc}/",
                f"http://{svc}.{ns}/x",
                f"{svc}.{ns}.svc.cluster.local:80",
                "http://<NodeIP>:30080/",
                "<NodeIP>:30086",
                "10.96.0.12:80",
                "http://<EXTERNAL-LB-IP>/",
            ]
        )
    )
    return docs, origin, target, ns


def rename(docs: list[dict[str, Any]], old: str, new: str) -> list[dict[str, Any]]:
    out = copy.deepcopy(docs)
    for doc in out:
        meta = doc["metadata"]
        if doc["kind"] == "Namespace":
            meta["name"] = new
        elif meta.get("namespace") == old:
            meta["namespace"] = new
    return out


def summary(result: RouteResult, ns: str) -> dict[str, Any]:
    """The result with the namespace replaced by a marker."""
    text = result.to_json()
    return {"json": text.replace(f"/{ns}/", "/NS/").replace(f'"{ns}/', '"NS/')}


@SETTINGS
@given(scenarios(), namespaces)
def test_renaming_a_namespace_changes_nothing(
    scenario: tuple[list[dict[str, Any]], str, str, str], other: str
) -> None:
    docs, origin, target, ns = scenario
    before = load(docs).route(origin, target)
    renamed = rename(docs, ns, other)
    new_target = re.sub(rf"\.{ns}(?=[./:]|$)", f".{other}", target)
    after = load(renamed).route(origin.replace(f":{ns}/", f":{other}/"), new_target)
    assert summary(before, ns) == summary(after, other)
    assert before.reason == after.reason


@SETTINGS
@given(
    scenarios(),
    st.dictionaries(
        st.sampled_from(["team", "tier", "zone"]), st.sampled_from(["a", "b"]), max_size=2
    ),
    st.sampled_from(["node-a", "node-b", ""]),
)
def test_an_unselected_pod_never_changes_endpoints(
    scenario: tuple[list[dict[str, Any]], str, str, str], labels: dict[str, str], node: str
) -> None:
    docs, origin, target, ns = scenario
    before = load(docs).route(origin, target)
    stray: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "stray", "namespace": ns, "labels": labels},
        "spec": {"containers": [{"name": "c", "image": "x", "ports": [{"containerPort": 8080}]}]},
    }
    if node:
        stray["spec"]["nodeName"] = node
    after = load([*docs, stray]).route(origin, target)
    assert after.endpoints == before.endpoints
    assert after.to_dict() == before.to_dict()


node_port_values = st.one_of(
    st.just(0),
    st.integers(29990, 30010),
    st.integers(32760, 32770),
    st.sampled_from([30080, 30086, 30087]),
)


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["NodePort", "LoadBalancer", "LoadBalancer-local", "ClusterIP"]),
            st.lists(
                st.tuples(
                    st.sampled_from([53, 80, 443]),
                    st.sampled_from(["TCP", "UDP"]),
                    node_port_values,
                ),
                min_size=1,
                max_size=3,
            ),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_allocated_node_ports_are_in_range_and_unique(
    specs: list[tuple[str, list[tuple[int, str, int]]]],
) -> None:
    docs = []
    for i, (kind, ports) in enumerate(specs):
        spec: dict[str, Any] = {"type": kind.split("-")[0], "ports": []}
        if kind == "LoadBalancer-local":
            spec["externalTrafficPolicy"] = "Local"
        for j, (port, proto, node_port) in enumerate(ports):
            entry: dict[str, Any] = {"name": f"p{j}", "port": port, "protocol": proto}
            if node_port:
                entry["nodePort"] = node_port
            spec["ports"].append(entry)
        docs.append(
            {"apiVersion": "v1", "kind": "Service", "metadata": {"name": f"s{i}"}, "spec": spec}
        )
    model = load(docs)
    owners: dict[int, str] = {}
    for svc in model.services:
        number_of: dict[int, int] = {}
        held = [p.node_port for p in svc.ports if p.node_port]
        for p in svc.ports:
            if p.node_port:
                # only ports with the same number may share a nodePort (R38, R39)
                assert number_of.setdefault(p.node_port, p.port) == p.port
        if svc.health_check_node_port:
            assert svc.health_check_node_port not in held
            held.append(svc.health_check_node_port)
        for value in set(held):
            assert 30000 <= value <= 32767
            assert owners.setdefault(value, svc.key) == svc.key
        if svc.type == "ClusterIP":
            assert held == []
