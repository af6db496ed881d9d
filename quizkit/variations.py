"""Seeded variations of a scenario: each changes one thing and asks about it.

:func:`variations` derives, from one scenario whose manifests are complete, the
variations a learner should meet (wrong targetPort, selector mismatch, another
namespace, pods not ready, nodePort out of range, traffic policy Local, ...), each
asking one of the five questions. Everything here is pure: the seed is passed in and
recorded on each generated note.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from quizkit.deckfile import Ask, Note, NoteType
from quizkit.manifests import (
    Doc,
    as_dict,
    as_list,
    dump_documents,
    intended_service,
    load_documents,
    namespaced_name,
    port_number,
    slug,
    workload_labels,
)

__all__ = ["LB_PLACEHOLDER", "NODE_PLACEHOLDER", "Variation", "variations"]

# The placeholders' one spelling on a card; quizkit.routing.request reads every other.
NODE_PLACEHOLDER = "<NodeIP>"
LB_PLACEHOLDER = "<EXTERNAL-LB-IP>"
_MAX_UNREADY_PODS = 3


@dataclass(frozen=True, slots=True)
class Variation:
    """A generated scenario note and, for tests and feedback, one manifest that fixes it."""

    note: Note
    known_fix: str | None = None


def _service_doc(docs: list[Doc], key: str) -> Doc | None:
    for doc in docs:
        if doc.get("kind") == "Service" and "/".join(namespaced_name(doc)) == key:
            return doc
    return None


def _deployments(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d.get("kind") == "Deployment"]


def _pods_not_ready(docs: list[Doc], deployment: Doc) -> list[Doc] | None:
    """Replace a Deployment by its pods, each Running but failing its readiness probe
    (None when the Deployment has no pod template to copy)."""
    namespace, name = namespaced_name(deployment)
    spec = as_dict(deployment.get("spec"))
    labels = workload_labels(deployment)
    pod_spec = as_dict(spec.get("template")).get("spec")
    if not labels or not isinstance(pod_spec, dict):
        return None
    replicas = spec.get("replicas", 1)
    count = replicas if isinstance(replicas, int) and not isinstance(replicas, bool) else 1
    out = [d for d in docs if d is not deployment]
    # A few pods show the point; a document's replicas: 100000000 must not build them all.
    for i in range(max(1, min(count, _MAX_UNREADY_PODS))):
        metadata: Doc = {"name": f"{name}-{i}", "labels": dict(labels)}
        if namespace != "default":
            metadata["namespace"] = namespace
        out.append(
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": metadata,
                "spec": copy.deepcopy(pod_spec),
                "status": {
                    "phase": "Running",
                    "conditions": [{"type": "Ready", "status": "False"}],
                },
            }
        )
    return out


def _origin_words(origin: str) -> str:
    if origin.startswith("external"):
        return "A client outside the cluster"
    if origin.startswith("node:"):
        return f"A process on node {origin.split(':', 1)[1]}"
    namespace = origin.split(":", 1)[1].split("/", 1)[0]
    return f"A pod in namespace {namespace}"


def _path_of(target: str) -> str:
    match = re.match(r"^[a-z]+://[^/]+(/.*)?$", target)
    return (match.group(1) or "") if match else ""


def _service_port(service: Doc) -> Doc | None:
    """The Service's first port, when it is a mapping with a usable ``port``."""
    ports = as_list(as_dict(service.get("spec")).get("ports"))
    if ports and isinstance(ports[0], dict) and port_number(ports[0].get("port")):
        return ports[0]
    return None


def variations(base: Note, seed: int) -> list[Variation]:
    """Seeded variations of one document scenario, each with an ask the evaluator grades.

    ``base`` is a scenario note whose manifests are complete (see
    :func:`complete_manifests`). The same ``base`` and ``seed`` give the same notes.
    A Service of a shape the evaluator would refuse (no usable port, a spec that is
    not a mapping) has none: there is nothing right to vary from.
    """
    rng = random.Random(f"{seed}:{base.id}")
    docs = load_documents(base.manifests)
    key = intended_service(base)
    service = _service_doc(docs, key) if key else None
    deployments = _deployments(docs)
    port = _service_port(service) if service is not None else None
    if service is None or port is None or not deployments or not base.request.get("to"):
        return []
    namespace, name = namespaced_name(service)
    spec = service["spec"]
    svc_type = str(spec.get("type", "ClusterIP"))
    origin = base.request.get("from", "")
    target = base.request["to"]
    tags = tuple(dict.fromkeys([*base.tags, "scenario", slug(svc_type)]))
    prefix = base.id.removeprefix("scenario/")
    out: list[Variation] = []

    def add(
        suffix: str,
        ask: Ask,
        prompt: str,
        manifests: list[Doc] | str,
        *,
        origin_: str = origin,
        target_: str = target,
        known_fix: str | None = None,
    ) -> None:
        text = manifests if isinstance(manifests, str) else dump_documents(manifests)
        note = Note(
            id=f"{prefix}/{suffix}",
            type=NoteType.SCENARIO,
            tags=tags,
            origin=base.origin,
            ask=ask,
            prompt=prompt,
            manifests=text,
            request={"from": origin_, "to": target_},
            service=key,
            seed=seed,
        )
        out.append(Variation(note, known_fix))

    def edited() -> tuple[list[Doc], Doc]:
        """A copy of the manifests and, in it, the Service to vary."""
        copied = copy.deepcopy(docs)
        return copied, _service_doc(copied, key)  # type: ignore[return-value]

    who = _origin_words(origin)
    good = base.manifests
    add(
        "as-written/endpoint",
        Ask.ENDPOINT,
        f"{who} runs: curl {target}. Which pod and container port answer?",
        good,
    )
    add(
        "as-written/url",
        Ask.URL,
        f"{who} wants to reach the {svc_type} Service {name} (namespace {namespace}) on port "
        f"{port['port']}. Give a URL or HOST:PORT that works from there.",
        good,
    )

    # A targetPort the pods do not listen on: the packet arrives and is refused.
    listen = port_number(port.get("targetPort", port["port"]))
    if listen is not None:
        wrong, wrong_service = edited()
        bad_port = listen + rng.choice([1, 2, 10, 100])
        if bad_port > 65535:
            bad_port = listen - 1
        wrong_service["spec"]["ports"][0]["targetPort"] = bad_port
        add(
            "wrong-target-port/reason",
            Ask.REASON,
            f"{who} runs: curl {target}. The Service's targetPort was changed to {bad_port}. "
            "Why does the request fail (or does it)?",
            wrong,
        )

    # A selector that matches nothing: no endpoints. Ask for the fix.
    if as_dict(spec.get("selector")):
        mismatch, mismatch_service = edited()
        selector = mismatch_service["spec"]["selector"]
        label = next(iter(selector))
        selector[label] = f"{selector[label]}-{rng.choice(['v2', 'api', 'svc', 'backend'])}"
        add(
            "selector-mismatch/fix",
            Ask.FIX,
            f"{who} runs: curl {target} and it fails. Edit the manifests so that it reaches "
            f"the pods of Deployment {namespaced_name(deployments[0])[1]}.",
            mismatch,
            known_fix=good,
        )
        add(
            "selector-mismatch/reachable",
            Ask.REACHABLE,
            f"{who} runs: curl {target}. Does the request reach a pod?",
            mismatch,
        )

    # Pods that run but are not ready: the EndpointSlice has no ready endpoint.
    unready_docs = copy.deepcopy(docs)
    not_ready = _pods_not_ready(unready_docs, _deployments(unready_docs)[0])
    if not_ready is not None:
        add(
            "pods-not-ready/reason",
            Ask.REASON,
            f"{who} runs: curl {target}. The pods are Running but their readiness probes "
            "fail. What happens to the request?",
            not_ready,
        )

    if origin.startswith("pod:"):
        # Another namespace: the short name no longer resolves there.
        here = origin.split(":", 1)[1].split("/", 1)[0]
        other = rng.choice([n for n in ("shop", "payments", "frontend", "tools") if n != here])
        moved = [
            *copy.deepcopy(docs),
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": other}},
        ]
        add(
            "other-namespace/reachable",
            Ask.REACHABLE,
            f"A pod in namespace {other} runs: curl {target}. Does it reach the Service?",
            moved,
            origin_=f"pod:{other}/client",
        )
        add(
            "other-namespace/url",
            Ask.URL,
            f"A pod in namespace {other} wants to reach Service {name} (namespace {namespace}) "
            f"on port {port['port']}. Give a URL or HOST:PORT that works from there.",
            moved,
            origin_=f"pod:{other}/client",
            target_=f"http://{name}.{namespace}:{port['port']}{_path_of(target)}",
        )
        # The same Service seen from outside the cluster.
        # Only a target naming the Service by its short name: <NodeIP>.backend is no host.
        outside = re.sub(
            rf"^(\w+://)?{re.escape(name)}(?=[:/]|$)", rf"\g<1>{NODE_PLACEHOLDER}", target
        )
        if outside != target:
            add(
                "from-outside/reachable",
                Ask.REACHABLE,
                f"A client outside the cluster runs: curl {outside}. Does it reach a pod?",
                copy.deepcopy(docs),
                origin_="external",
                target_=outside,
            )

    if svc_type in ("NodePort", "LoadBalancer"):
        _node_port_variations(add, edited, docs, port, who, target, rng)
    else:
        # A ClusterIP Service asked from outside: nothing answers its virtual IP there.
        add(
            "from-outside-clusterip/reason",
            Ask.REASON,
            f"A client outside the cluster runs: curl {target}. What happens?",
            copy.deepcopy(docs),
            origin_="external",
        )
    return out


def _node_port_variations(
    add: Callable[..., None],
    edited: Callable[[], tuple[list[Doc], Doc]],
    docs: list[Doc],
    port: Doc,
    who: str,
    target: str,
    rng: random.Random,
) -> None:
    """A nodePort outside the range, and externalTrafficPolicy Local with one pod."""
    node_port = port_number(port.get("nodePort"))
    good = dump_documents(docs)
    if node_port is not None:
        out_of_range, service = edited()
        bad = rng.choice([29999, 32768, 8080, 80])
        service["spec"]["ports"][0]["nodePort"] = bad
        moved_target = target.replace(str(node_port), str(bad))
        add(
            "node-port-out-of-range/reachable",
            Ask.REACHABLE,
            f"The Service's nodePort was set to {bad} and the manifests applied. "
            f"{who} runs: curl {moved_target}. Does it reach a pod?",
            out_of_range,
            target_=moved_target,
        )
        add(
            "node-port-out-of-range/fix",
            Ask.FIX,
            f"The Service's nodePort was set to {bad} and the API server refuses it. "
            f"Edit the manifests so that {who.lower()} reaches the pods with curl {target}.",
            out_of_range,
            known_fix=good,
        )
    local, service = edited()
    deployment = _deployments(local)[0]
    if node_port is None or not isinstance(deployment.get("spec"), dict):
        return
    # externalTrafficPolicy Local with one pod: only the node that runs it answers.
    service["spec"]["externalTrafficPolicy"] = "Local"
    deployment["spec"]["replicas"] = 1
    nodes = [
        {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": f"node-{letter}"},
            "status": {"addresses": [{"type": "InternalIP", "address": address}]},
        }
        for letter, address in (("a", "192.168.10.11"), ("b", "192.168.10.12"))
    ]
    node_ip = rng.choice(["192.168.10.11", "192.168.10.12"])
    local_target = f"http://{node_ip}:{node_port}{_path_of(target)}"
    add(
        "traffic-policy-local/reachable",
        Ask.REACHABLE,
        f"externalTrafficPolicy is Local and the single pod runs on node-a "
        f"(192.168.10.11). A client outside the cluster runs: curl {local_target}. "
        "Does it reach the pod?",
        [*nodes, *local],
        origin_="external",
        target_=local_target,
    )
