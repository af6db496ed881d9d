"""The public API: exports, JSON contract, loading, bad input."""

from __future__ import annotations

import json
import random

import pytest

import quizkit.routing as routing
from quizkit.errors import ManifestError, QuizkitError, UsageError
from quizkit.routing import Reason, evaluate, load, load_manifest_file, parse_manifests
from tests.routing.helpers import WEB


def test_public_names_are_pinned() -> None:
    assert routing.__all__ == sorted(routing.__all__)
    assert {"evaluate", "load", "load_manifest_file", "RouteResult", "Reason"} <= set(
        routing.__all__
    )


def test_json_has_exactly_the_contract_keys() -> None:
    result = evaluate(WEB, "external", "http://<NodeIP>:30080/")
    data = json.loads(result.to_json())
    assert list(data) == ["valid", "errors", "reachable", "reason", "service", "endpoints", "hops"]
    assert data["valid"] is False
    assert data["errors"] == [
        {
            "object": "Service/default/api-np",
            "field": "spec.ports[0].nodePort",
            "message": "Invalid value: 30080: provided port is already allocated",
        }
    ]
    assert data["reachable"] is True
    assert data["reason"] == "ok"
    assert data["service"] == "default/web-np"
    assert data["endpoints"][1] == {"pod": "default/web-1", "ip": "10.244.1.10", "port": 8080}
    assert data["hops"] == [
        {"kind": "node-port", "address": "192.168.10.11:30080"},
        {"kind": "cluster-ip", "address": "10.96.0.11:80"},
        {"kind": "pod", "address": "10.244.0.10:8080"},
    ]


def test_readable_path() -> None:
    result = evaluate(WEB, "external", "192.168.10.12:30080")
    assert result.path() == (
        "external -> 192.168.10.12:30080 (NodePort) -> 10.96.0.11:80 (ClusterIP) "
        "-> default/web-0 10.244.0.10:8080"
    )
    assert result.describe().endswith("reachable (ok)")
    assert result.endpoint is not None
    assert result.endpoint.pod == "default/web-0"


def test_rng_picks_among_endpoints_without_globals() -> None:
    model = load(WEB)
    picks = {
        model.route("external", "<NodeIP>:30080", rng=random.Random(seed)).hops[-1].address
        for seed in range(20)
    }
    assert picks == {"10.244.0.10:8080", "10.244.1.10:8080"}


def test_reason_vocabulary_is_small_and_stable() -> None:
    assert [str(r) for r in Reason] == [
        "ok",
        "invalid",
        "nxdomain",
        "external-name",
        "lb-pending",
        "unroutable",
        "no-such-port",
        "no-endpoints",
        "dropped-by-policy",
        "not-listening",
    ]


def test_external_name_is_null_reachable_in_json() -> None:
    manifests = [
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "db"},
            "spec": {"type": "ExternalName", "externalName": "db.example.com"},
        }
    ]
    data = evaluate(manifests, "pod:default/app", "db:5432").to_dict()
    assert data["reachable"] is None
    assert data["reason"] == "external-name"


def test_parsed_objects_and_single_mapping() -> None:
    docs = parse_manifests(WEB)
    assert [d["kind"] for d in docs] == ["Deployment", "Service", "Service"]
    assert evaluate(docs[1], "node:node-a", "<NodeIP>:30080").reason is Reason.NO_ENDPOINTS


def test_list_kind_is_expanded() -> None:
    listed = {"apiVersion": "v1", "kind": "List", "items": parse_manifests(WEB)}
    assert evaluate([listed], "external", "<NodeIP>:30080").reachable is True


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # An unclosed bracket is reported on the line where it opens.
        ("apiVersion: v1\nkind: Service\nmetadata: {name: web\n", 3),
        ("kind: Pod\n---\napiVersion: v1\nkind: [Service\n", 4),
        ("kind: Pod\nmetadata: {name: [web}\nspec: {}\n", 2),
    ],
)
def test_yaml_syntax_error_names_the_line(text: str, line: int) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifests(text, file="bad.yaml")
    assert info.value.file == "bad.yaml"
    assert info.value.line == line
    assert str(info.value).startswith(f"bad.yaml:{line}: YAML syntax error")


def test_document_that_is_not_an_object() -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifests("kind: Pod\n---\n- just\n- a list\n", file="x.yaml")
    assert info.value.line == 2
    assert "document 2" in str(info.value)


def test_document_without_kind() -> None:
    with pytest.raises(ManifestError, match="kind"):
        parse_manifests("apiVersion: v1\nmetadata: {name: x}\n")


def test_yaml_tags_are_not_constructed() -> None:
    with pytest.raises(ManifestError):
        parse_manifests("!!python/object/apply:os.system ['true']\n")


def test_unreadable_file(tmp_path: object) -> None:
    with pytest.raises(ManifestError, match="cannot read"):
        load_manifest_file("/nonexistent/manifests.yaml")


@pytest.mark.parametrize(
    "origin", ["outside", "pod:web", "pod:/web", "node:", "external:1.2.3", "Pod:a/b"]
)
def test_unknown_origin_lists_forms(origin: str) -> None:
    with pytest.raises(UsageError, match="external, external:IP, node:NAME, pod:NAMESPACE/NAME"):
        evaluate(WEB, origin, "web:80")


@pytest.mark.parametrize(
    "target", ["web", "ftp://web/x", "web:0", "web:99999", "http://we b/", "/orders"]
)
def test_unknown_target_form(target: str) -> None:
    with pytest.raises(UsageError) as info:
        evaluate(WEB, "external", target)
    assert isinstance(info.value, QuizkitError)


def test_unknown_target_lists_accepted_forms() -> None:
    with pytest.raises(UsageError, match="HOST:PORT"):
        evaluate(WEB, "external", "web")


def test_unknown_node_origin() -> None:
    with pytest.raises(UsageError, match="node-a, node-b"):
        evaluate(WEB, "node:node-z", "web:80")


def test_unknown_protocol() -> None:
    with pytest.raises(UsageError, match="TCP, UDP, SCTP"):
        evaluate(WEB, "external", "web:80", protocol="ICMP")


def test_adhoc_pod_needs_an_existing_namespace() -> None:
    with pytest.raises(UsageError, match="shop"):
        evaluate(WEB, "pod:shop/client", "web-np:80")


def test_model_exposes_allocations() -> None:
    model = load(WEB)
    svc = model.service("default/web-np")
    assert svc is not None
    assert svc.cluster_ip == "10.96.0.11"
    assert [p.node_port for p in svc.ports] == [30080]
    assert model.pod_ip("default/web-1") == "10.244.1.10"
    assert [n.name for n in model.nodes] == ["node-a", "node-b"]
    assert [(p.key, p.node_name, p.ip) for p in model.pods] == [
        ("default/web-0", "node-a", "10.244.0.10"),
        ("default/web-1", "node-b", "10.244.1.10"),
    ]


def test_evaluate_answers_from_a_kept_cluster_as_a_fresh_load_does() -> None:
    """evaluate keeps clusters by manifest text (a build asks many questions of one
    text); each answer equals one from a cluster loaded for that question alone."""
    from quizkit.routing import model as model_module

    requests = [
        ("external", "http://<NodeIP>:30080/"),
        ("pod:default/client", "web-np:80"),
        ("pod:default/client", "api-np:80"),
        ("external", "192.168.10.12:30080"),
        ("node:node-b", "10.96.0.11:80"),
    ]
    for origin, target in requests * 2:  # the second round reads the kept cluster
        assert evaluate(WEB, origin, target) == load(WEB).route(origin, target)
    assert model_module._CLUSTERS._clusters.get(WEB) is not None
    chosen = evaluate(WEB, "external", "192.168.10.12:30080", rng=random.Random(7))
    assert chosen == load(WEB).route("external", "192.168.10.12:30080", rng=random.Random(7))


def test_kept_clusters_are_bounded_in_number_and_size() -> None:
    from quizkit.routing import model as model_module

    size = model_module.CACHED_CLUSTERS
    texts = [WEB.replace("name: web-np", f"name: web-{i}") for i in range(size + 5)]
    for text in texts:
        evaluate(text, "external", "http://<NodeIP>:30080/")
    kept = model_module._CLUSTERS._clusters
    assert len(kept) == size
    assert texts[0] not in kept  # the least recently used went first
    assert texts[-1] in kept
    many = WEB.replace("replicas: 2", f"replicas: {model_module.CACHED_CLUSTER_OBJECTS}")
    assert evaluate(many, "pod:default/client", "web-np:80").reachable is True
    assert many not in kept  # a big cluster is not kept after its call


def test_refused_text_is_refused_every_time_and_never_kept() -> None:
    from quizkit.routing import model as model_module

    for _ in range(2):
        with pytest.raises(ManifestError, match="line 2"):
            evaluate("kind: Service\n  bad: [", "external", "http://<NodeIP>:30080/")
    assert "kind: Service\n  bad: [" not in model_module._CLUSTERS._clusters
