"""Hostile input costs bounded work and ends in one clear line (issue: bounded work).

Every superlinear path has a test that asserts on behaviour or size (objects built, probes
made, bytes allocated), never on time.
"""

from __future__ import annotations

import itertools
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.cli import main
from quizkit.errors import ManifestError, QuizkitError, UsageError
from quizkit.routing import evaluate, load, load_manifest_file
from quizkit.routing.apiserver import LowestFree
from quizkit.routing.cluster import MAX_NODES, MAX_PODS_PER_NODE, MAX_SERVICES
from quizkit.routing.loader import MAX_DEPTH, MAX_MANIFEST_BYTES
from quizkit.routing.request import MAX_REQUEST_TEXT, parse_target


def deployment(replicas: int, name: str = "web") -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {
                "metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": "c", "image": "x"}]},
            },
        },
    }


def service(name: str, **spec: Any) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name},
        "spec": {"ports": [{"port": 80}], **spec},
    }


# --- caps at Kubernetes' scalability limits ----------------------------------------------


def test_a_hundred_million_replicas_are_refused_before_any_pod_is_built() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ManifestError) as info:
            load("apiVersion: apps/v1\nkind: Deployment\n" + _spec_with_replicas(100_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(info.value) == (
        "Deployment/default/web: 100,000,000 pods: the evaluator models at most 150,000 "
        "pods in a cluster (Kubernetes' tested limit); lower the replicas"
    )
    assert peak < 5 * 1024 * 1024  # nothing proportional to the replica count was built


def _spec_with_replicas(replicas: int) -> str:
    return (
        "metadata: {name: web}\n"
        f"spec:\n  replicas: {replicas}\n  selector: {{matchLabels: {{app: web}}}}\n"
        "  template:\n    metadata: {labels: {app: web}}\n"
        "    spec: {containers: [{name: c, image: x}]}\n"
    )


def test_pod_cap_counts_every_workload(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quizkit.routing.cluster.MAX_PODS", 10)
    with pytest.raises(ManifestError, match="11 pods"):
        load([deployment(9, "a"), deployment(2, "b")])
    load([deployment(9, "a"), deployment(1, "b")])
    load([deployment(9, "a"), deployment(9, "a")])  # an update replaces its pods


def test_a_node_runs_at_most_110_pods_and_the_rest_stay_pending() -> None:
    node = {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "only"}}
    model = load([node, deployment(MAX_PODS_PER_NODE + 5)])
    pods = model.pods
    assert len(pods) == MAX_PODS_PER_NODE + 5
    assert sum(1 for p in pods if p.ip) == MAX_PODS_PER_NODE
    assert {p.phase for p in pods if not p.ip} == {"Pending"}


def test_node_and_service_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quizkit.routing.cluster.MAX_NODES", 3)
    monkeypatch.setattr("quizkit.routing.cluster.MAX_SERVICES", 3)
    nodes = [{"apiVersion": "v1", "kind": "Node", "metadata": {"name": f"n{i}"}} for i in range(4)]
    with pytest.raises(ManifestError, match="4 Nodes: the evaluator models at most 3"):
        load(nodes)
    load(nodes[:3] + nodes[:1])  # an update is not a new Node
    with pytest.raises(ManifestError, match="more than 3 Services"):
        load([service(f"s{i}") for i in range(4)])
    load([service(f"s{i}") for i in range(3)] + [service("s0")])


# --- allocation is linear ---------------------------------------------------------------


def test_ten_thousand_services_get_distinct_addresses_in_order() -> None:
    model = load([service(f"s{i}") for i in range(MAX_SERVICES)])
    ips = [s.cluster_ip for s in model.services]
    assert len(set(ips)) == MAX_SERVICES
    assert ips[0] == "10.96.0.11"
    assert ips[-1] == "10.96.39.26"  # 11 + 9,999


def test_lowest_free_probes_each_number_a_bounded_number_of_times() -> None:
    held: set[int] = set()
    probes = 0

    def is_held(n: int) -> bool:
        nonlocal probes
        probes += 1
        return n in held

    band = LowestFree(0, 100_000)
    for _ in range(20_000):
        n = band.lowest(is_held, ())
        assert n is not None
        held.add(n)
        band.claim(n)
    assert probes < 3 * 20_000  # a scan from the bottom each time would be 2 * 10**8
    held.discard(7)
    band.release(7)
    assert band.lowest(is_held, ()) == 7
    assert band.lowest(is_held, {7}) == 20_000


def test_released_node_port_is_reused_first() -> None:
    docs = [
        service("a", type="NodePort"),
        service("b", type="NodePort"),
        service("a"),  # back to ClusterIP: 30086 is released
        service("c", type="NodePort"),
    ]
    model = load(docs)
    ports = {s.name: s.ports[0].node_port for s in model.services}
    assert ports == {"a": 0, "b": 30087, "c": 30086}


# --- YAML, numbers and text --------------------------------------------------------------


def test_deep_nesting_is_one_line_with_a_location() -> None:
    with pytest.raises(ManifestError, match=r"^line 1: YAML syntax error: "):
        load("[" * 20_000 + "]" * 20_000)
    with pytest.raises(ManifestError) as info:
        load("a:\n  b: " + "[" * 500 + "]" * 500 + "\n")
    assert str(info.value).endswith(f"YAML syntax error: nested deeper than {MAX_DEPTH} levels")


def test_aliases_cannot_expand_or_loop() -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n"
        for i in range(9)
    )
    with pytest.raises(ManifestError) as info:
        load(laughs)  # ten billion values once expanded, from ten lines
    assert str(info.value) == (
        "line 6: YAML syntax error: more than 1,000,000 values once aliases are expanded"
    )
    with pytest.raises(ManifestError, match="an alias refers to a value that contains it"):
        load("a: &a [*a]\n")


def test_an_integer_of_5000_digits_is_refused_by_line() -> None:
    text = "apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec:\n  ports: [{port: "
    with pytest.raises(ManifestError) as info:
        load(text + "9" * 5000 + "}]\n")
    assert str(info.value) == "line 5: YAML syntax error: an integer of 5000 digits is out of range"


def test_lone_surrogates_never_reach_printed_text() -> None:
    model = load([service("web\ud800")])  # Python data, as a library caller may pass
    (error,) = model.errors
    assert error.object == "Service/default/web\ufffd"
    str(error).encode("utf-8")
    text = 'apiVersion: v1\nkind: Service\nmetadata: {name: "web\\ud800"}\n'
    try:
        errors = load(text).errors  # the pure-Python parser keeps the escape
    except ManifestError as exc:  # libyaml refuses it as a syntax error
        errors = ()
        str(exc).encode("utf-8")
    for err in errors:
        str(err).encode("utf-8")


def test_target_ports_and_lengths_are_bounded() -> None:
    with pytest.raises(UsageError, match=r"port 999999999999 is not in 1\.\.65535"):
        parse_target("web:" + "9" * 2000)
    with pytest.raises(UsageError, match="target of 100,005 characters; at most 2,048"):
        parse_target("http://" + "a" * 99_994 + ":80/")
    with pytest.raises(UsageError):
        evaluate("", "external", "http://x:" + "9" * MAX_REQUEST_TEXT)


# --- files that are not manifests ----------------------------------------------------------


def test_fifo_and_devices_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ManifestError, match=r"not a regular file \(a FIFO\)"):
        load_manifest_file(fifo)  # opening must not wait for a writer
    with pytest.raises(ManifestError, match=r"not a regular file \(a character device\)"):
        load_manifest_file("/dev/urandom")


def test_oversized_manifest_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(MAX_MANIFEST_BYTES + 1)
    with pytest.raises(ManifestError, match="files up to 8 MB are read"):
        load_manifest_file(big)


def test_cli_route_on_urandom_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["route", "/dev/urandom", "--from", "external", "--to", "web:80"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "quizkit: error: /dev/urandom: cannot read manifest file: "
        "not a regular file (a character device)"
    ]


def test_origins_with_stray_bytes_are_refused() -> None:
    with pytest.raises(UsageError, match="unknown origin"):
        evaluate("", "pod:default/client\udcff", "web:80")


def test_five_thousand_nodes_load_in_order_with_valid_addresses() -> None:
    nodes = [
        {"apiVersion": "v1", "kind": "Node", "metadata": {"name": f"n{i}"}}
        for i in range(MAX_NODES)
    ]
    nodes.append(nodes[3])  # an update keeps the node's place
    model = load(nodes)
    assert [n.name for n in model.nodes] == [f"n{i}" for i in range(MAX_NODES)]
    assert model.nodes[0].ip == "192.168.10.11"
    assert model.nodes[-1].ip == "192.168.29.146"  # 192.168.10.11 + 4,999


def test_a_large_legacy_endpoints_object_is_checked_per_address() -> None:
    addresses = [{"ip": f"10.1.{i // 250}.{i % 250 + 1}"} for i in range(20_000)]
    endpoints = {
        "apiVersion": "v1",
        "kind": "Endpoints",
        "metadata": {"name": "ext"},
        "subsets": [
            {
                "addresses": addresses,
                "notReadyAddresses": [{"ip": "10.2.0.1"}, {"ip": "127.0.0.1"}],
                "ports": [{"port": 80}],
            }
        ],
    }
    (error,) = load([endpoints]).errors
    assert error.field == "subsets[0].notReadyAddresses[1].ip"


# --- fuzzing: any value anywhere is a result or one QuizkitError ---------------------------

JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
PATHS: list[tuple[str | int, ...]] = [
    ("metadata", "name"),
    ("metadata", "labels"),
    ("metadata", "namespace"),
    ("spec",),
    ("spec", "type"),
    ("spec", "ports"),
    ("spec", "ports", 0, "port"),
    ("spec", "ports", 0, "targetPort"),
    ("spec", "ports", 0, "nodePort"),
    ("spec", "ports", 0, "name"),
    ("spec", "ports", 0, "protocol"),
    ("spec", "selector"),
    ("spec", "selector", "matchExpressions"),
    ("spec", "clusterIP"),
    ("spec", "clusterIPs"),
    ("spec", "ipFamilies"),
    ("spec", "ipFamilyPolicy"),
    ("spec", "externalIPs"),
    ("spec", "externalName"),
    ("spec", "externalTrafficPolicy"),
    ("spec", "healthCheckNodePort"),
    ("spec", "loadBalancerSourceRanges"),
    ("spec", "sessionAffinity"),
    ("spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"),
    ("spec", "replicas"),
    ("spec", "template", "metadata", "labels"),
    ("spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"),
    ("spec", "template", "spec", "containers", 0, "ports", 0, "hostPort"),
    ("spec", "containers"),
    ("spec", "containers", 0, "ports"),
    ("spec", "dnsPolicy"),
    ("spec", "dnsConfig"),
    ("spec", "dnsConfig", "options"),
    ("spec", "hostNetwork"),
    ("status", "loadBalancer", "ingress", 0, "ip"),
    ("status", "conditions"),
    ("status", "podIP"),
    ("subsets", 0, "addresses", 0, "ip"),
    ("subsets",),
    ("endpoints", 0, "addresses"),
    ("endpoints", 0, "conditions"),
    ("addressType",),
]


def _set_path(doc: dict[str, Any], path: tuple[str | int, ...], value: object) -> None:
    node: Any = doc
    for step, following in itertools.pairwise(path):
        child: dict[str, Any] | list[dict[str, Any]] = {} if isinstance(following, str) else [{}]
        if isinstance(step, int):
            node = node[0]
        else:
            node = node.setdefault(step, child)
            if isinstance(node, list) and not node:
                node.append({})
    last = path[-1]
    if isinstance(last, int):
        node[0] = value
    else:
        node[last] = value


@st.composite
def hostile_docs(draw: st.DrawFn) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = [deployment(2), service("web", selector={"app": "web"})]
    for _ in range(draw(st.integers(1, 4))):
        base = draw(st.sampled_from(["Service", "Pod", "Deployment", "EndpointSlice", "Endpoints"]))
        api = {"Deployment": "apps/v1", "EndpointSlice": "discovery.k8s.io/v1"}.get(base, "v1")
        doc: dict[str, Any] = {"apiVersion": api, "kind": base, "metadata": {"name": "web"}}
        if base == "Service":
            doc["spec"] = {"type": "NodePort", "ports": [{"port": 80}], "selector": {"app": "web"}}
        _set_path(doc, draw(st.sampled_from(PATHS)), draw(JSONISH))
        docs.append(doc)
    return docs


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hostile_docs(),
    st.sampled_from(
        ["http://web/", "web:8080", "<NodeIP>:30080", "127.0.0.1:80", "<EXTERNAL-LB-IP>:80"]
    ),
)
def test_any_value_in_any_field_is_a_result_or_one_error(
    docs: list[dict[str, Any]], target: str
) -> None:
    try:
        model = load(docs)
    except QuizkitError as exc:
        message = str(exc)
        model = None
    if model is None:
        assert "\n" not in message
        return
    for error in model.errors:
        str(error).encode("utf-8")
    result = model.route("pod:default/client", target)
    result.to_json()
