"""Seeded variations of a scenario: an ordered table of named rules.

:func:`variations` derives, from one scenario whose manifests are complete, the
variations a learner should meet. Each is made by one rule of :data:`RULES`, a small
function whose docstring names the Kubernetes behaviour it teaches (a targetPort
nobody listens on, a selector that matches no pod, another namespace, pods not
ready, a nodePort out of range, traffic policy Local, ...), asking one of the five
questions about one change.

Each rule draws from its own generator, seeded from the deck seed, the scenario's
note id and the rule's name: adding, removing or reordering a rule never changes what
another one draws. A rule never changes a document; it builds new ones with
:func:`edited`, which copies only the containers along the path it sets.
Everything here is pure: the seed is passed in and recorded on each generated note.
"""

from __future__ import annotations

import inspect
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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
from quizkit.notes import Ask, ScenarioNote
from quizkit.routing.conventions import DEFAULT_NODES

__all__ = [
    "LB_PLACEHOLDER",
    "NODE_PLACEHOLDER",
    "RULES",
    "Draft",
    "Scenario",
    "Variation",
    "VariationRule",
    "edited",
    "variations",
]

# The placeholders' one spelling on a card; quizkit.routing.request reads every other.
NODE_PLACEHOLDER = "<NodeIP>"
LB_PLACEHOLDER = "<EXTERNAL-LB-IP>"
_MAX_UNREADY_PODS = 3
_NODE_PORT_TYPES = ("NodePort", "LoadBalancer")


@dataclass(frozen=True, slots=True)
class Variation:
    """A generated scenario note and, for tests and feedback, one manifest that fixes it."""

    note: ScenarioNote
    known_fix: str | None = None


@dataclass(frozen=True, slots=True)
class Scenario:
    """What every rule reads: one scenario as written, its manifests parsed once.

    ``docs`` are shared by all rules and never changed (a rule builds new documents
    with :func:`edited`); ``key`` names the Service the scenario is about
    (``namespace/name``), ``service`` is its index in ``docs`` and ``deployment`` that
    of the first Deployment (None for a Service without a selector or endpoints made by
    hand: nothing answers it, and the rules that change its pods ask nothing).
    """

    base: ScenarioNote
    docs: tuple[Doc, ...]
    key: str
    service: int
    deployment: int | None
    port: Mapping[str, Any]
    origin: str
    target: str

    @classmethod
    def of(cls, base: ScenarioNote) -> Scenario | None:
        """``base`` as the rules read it; None when there is nothing right to vary from (no
        Service of a usable shape, no target, no Deployment unless the Service has no
        selector and no endpoints made by hand)."""
        docs = tuple(load_documents(base.manifests))
        key = intended_service(base)
        services = [
            i
            for i, d in enumerate(docs)
            if d.get("kind") == "Service" and "/".join(namespaced_name(d)) == key
        ]
        deployments = [i for i, d in enumerate(docs) if d.get("kind") == "Deployment"]
        if not key or not services or not base.request.get("to"):
            return None
        if not deployments and not _without_endpoints(docs, docs[services[0]]):
            return None
        ports = as_list(as_dict(docs[services[0]].get("spec")).get("ports"))
        if not ports or not isinstance(ports[0], dict) or not port_number(ports[0].get("port")):
            return None
        return cls(
            base=base,
            docs=docs,
            key=key,
            service=services[0],
            deployment=deployments[0] if deployments else None,
            port=ports[0],
            origin=base.request.get("from", ""),
            target=base.request["to"],
        )

    @property
    def spec(self) -> Mapping[str, Any]:
        """The Service's spec (a mapping: a scenario without one has no variations)."""
        return as_dict(self.docs[self.service].get("spec"))

    @property
    def namespace(self) -> str:
        return namespaced_name(self.docs[self.service])[0]

    @property
    def name(self) -> str:
        return namespaced_name(self.docs[self.service])[1]

    @property
    def type(self) -> str:
        return str(self.spec.get("type", "ClusterIP"))

    @property
    def selectorless(self) -> bool:
        """Whether the Service has no selector and no endpoints made by hand: Kubernetes
        gives it no endpoints at all (R43), so no pod ever answers it."""
        return _without_endpoints(self.docs, self.docs[self.service])

    @property
    def who(self) -> str:
        """The origin in words, to start a prompt with."""
        return _origin_words(self.origin)


@dataclass(frozen=True, slots=True)
class Draft:
    """One question a rule asks: its ask, prompt and manifests (documents, or text as
    it stands), and the request's origin and target when they are not the scenario's."""

    ask: Ask
    prompt: str
    manifests: Sequence[Doc] | str
    origin: str | None = None
    target: str | None = None
    known_fix: str | None = None


Apply = Callable[[Scenario, random.Random], Iterable[Draft]]


@dataclass(frozen=True, slots=True)
class VariationRule:
    """A named rule: ``apply`` drafts the questions about one change to a scenario.

    ``name`` is the middle part of each note id it makes
    (``<scenario>/<name>/<ask>``) and the rule's share of the seed, so it stays fixed
    once decks are studied.
    """

    name: str
    apply: Apply

    @property
    def doc(self) -> str:
        """What the rule teaches: its function's docstring."""
        return inspect.getdoc(self.apply) or ""

    def generator(self, seed: int, note_id: str) -> random.Random:
        """The rule's own draws for one scenario: from (deck seed, note id, rule name)."""
        return random.Random(f"{seed}:{note_id}:{self.name}")


def edited(node: Any, path: Sequence[str | int], value: Any) -> Any:
    """A new ``node`` with ``value`` at ``path`` (keys of mappings, indexes of lists).

    The mappings and lists along the path are copied and everything else is shared,
    so ``node`` itself is never changed. A key that exists keeps its place in the
    mapping, a new one comes last (as an assignment would put it), so the written
    manifest differs from the original only where the rule meant it to.
    """
    if not path:
        return value
    key, rest = path[0], path[1:]
    if isinstance(node, list) and isinstance(key, int):
        return [edited(item, rest, value) if i == key else item for i, item in enumerate(node)]
    mapping = as_dict(node)
    return {**mapping, key: edited(mapping.get(key), rest, value)}


def _with_edits(docs: Sequence[Doc], *edits: tuple[int, Sequence[str | int], Any]) -> list[Doc]:
    """``docs`` with each (document index, path, value) edit applied, as new documents."""
    out = list(docs)
    for index, path, value in edits:
        out[index] = edited(out[index], path, value)
    return out


def _without_endpoints(docs: Sequence[Doc], service: Doc) -> bool:
    """Whether ``service`` has no selector (nor is ExternalName) and no Endpoints or
    EndpointSlice of the manifests names it."""
    spec = service.get("spec")
    if not isinstance(spec, dict) or spec.get("selector") or spec.get("type") == "ExternalName":
        return False
    namespace, name = namespaced_name(service)
    for doc in docs:
        kind = doc.get("kind")
        if kind not in ("Endpoints", "EndpointSlice") or namespaced_name(doc)[0] != namespace:
            continue
        labels = as_dict(as_dict(doc.get("metadata")).get("labels"))
        owner = labels.get("kubernetes.io/service-name") if kind == "EndpointSlice" else None
        if (owner if kind == "EndpointSlice" else namespaced_name(doc)[1]) == name:
            return False
    return True


def _pods_not_ready(docs: Sequence[Doc], index: int) -> list[Doc] | None:
    """``docs`` with the Deployment at ``index`` replaced by its pods, each Running but
    failing its readiness probe (None when the Deployment has no pod template to copy)."""
    deployment = docs[index]
    namespace, name = namespaced_name(deployment)
    spec = as_dict(deployment.get("spec"))
    labels = workload_labels(deployment)
    pod_spec = as_dict(spec.get("template")).get("spec")
    if not labels or not isinstance(pod_spec, dict):
        return None
    replicas = spec.get("replicas", 1)
    count = replicas if isinstance(replicas, int) and not isinstance(replicas, bool) else 1
    out = [d for i, d in enumerate(docs) if i != index]
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
                "spec": pod_spec,  # shared, never changed: each pod is written in full
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


# -- the rules, in the order their notes appear -----------------------------------------


def as_written(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """The scenario unchanged: which pods and container port answer the request (the
    Service's selector, targetPort and EndpointSlice), and every address that reaches
    the Service from that origin (cluster DNS names, the ClusterIP, a node's nodePort).
    A Service without a selector has neither: the control plane makes EndpointSlices
    only from a selector, so the question is what happens (``no-endpoints``; its name
    still resolves to the ClusterIP)."""
    if s.selectorless:
        yield Draft(
            Ask.REASON,
            f"{s.who} runs: curl {s.target}. The Service {s.name} has no selector. "
            "What happens to the request?",
            s.base.manifests,
        )
        return
    yield Draft(
        Ask.ENDPOINT,
        f"{s.who} runs: curl {s.target}. Which pod and container port answer?",
        s.base.manifests,
    )
    yield Draft(
        Ask.URL,
        f"{s.who} wants to reach the {s.type} Service {s.name} (namespace {s.namespace}) "
        f"on port {s.port['port']}. Give a URL or HOST:PORT that works from there.",
        s.base.manifests,
    )


def wrong_target_port(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """A targetPort nobody listens on: kube-proxy forwards the packet to a pod, and the
    pod refuses it (``not-listening``)."""
    listen = port_number(s.port.get("targetPort", s.port["port"]))
    if listen is None or s.selectorless:  # no pod to refuse it: nothing changes
        return
    bad_port = listen + rng.choice([1, 2, 10, 100])
    if bad_port > 65535:
        bad_port = listen - 1
    yield Draft(
        Ask.REASON,
        f"{s.who} runs: curl {s.target}. The Service's targetPort was changed to {bad_port}. "
        "Why does the request fail (or does it)?",
        _with_edits(s.docs, (s.service, ("spec", "ports", 0, "targetPort"), bad_port)),
    )


def selector_mismatch(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """A selector that matches no pod: the EndpointSlice controller finds no endpoints
    (``no-endpoints``), and the learner repairs the selector."""
    selector = as_dict(s.spec.get("selector"))
    if not selector or s.deployment is None:
        return
    label = next(iter(selector))
    changed = f"{selector[label]}-{rng.choice(['v2', 'api', 'svc', 'backend'])}"
    mismatch = _with_edits(s.docs, (s.service, ("spec", "selector", label), changed))
    deployment = namespaced_name(s.docs[s.deployment])[1]
    yield Draft(
        Ask.FIX,
        f"{s.who} runs: curl {s.target} and it fails. Edit the manifests so that it reaches "
        f"the pods of Deployment {deployment}.",
        mismatch,
        known_fix=s.base.manifests,
    )
    yield Draft(
        Ask.REACHABLE,
        f"{s.who} runs: curl {s.target}. Does the request reach a pod?",
        mismatch,
    )


def pods_not_ready(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """Pods that run but fail their readiness probe are not ready endpoints of the
    EndpointSlice, so kube-proxy has nothing to send the request to."""
    if s.deployment is None:
        return
    not_ready = _pods_not_ready(s.docs, s.deployment)
    if not_ready is None:
        return
    yield Draft(
        Ask.REASON,
        f"{s.who} runs: curl {s.target}. The pods are Running but their readiness probes "
        "fail. What happens to the request?",
        not_ready,
    )


def other_namespace(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """Cluster DNS searches the client's own namespace first: the Service's short name
    does not resolve from another namespace (``nxdomain``), ``name.namespace`` does."""
    if not s.origin.startswith("pod:"):
        return
    here = s.origin.split(":", 1)[1].split("/", 1)[0]
    other = rng.choice([n for n in ("shop", "payments", "frontend", "tools") if n != here])
    moved = [*s.docs, {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": other}}]
    client = f"pod:{other}/client"
    yield Draft(
        Ask.REACHABLE,
        f"A pod in namespace {other} runs: curl {s.target}. Does it reach the Service?",
        moved,
        origin=client,
    )
    if s.selectorless:  # no address works: nothing answers the Service from anywhere
        return
    yield Draft(
        Ask.URL,
        f"A pod in namespace {other} wants to reach Service {s.name} (namespace "
        f"{s.namespace}) on port {s.port['port']}. Give a URL or HOST:PORT that works "
        "from there.",
        moved,
        origin=client,
        target=f"http://{s.name}.{s.namespace}:{s.port['port']}{_path_of(s.target)}",
    )


def from_outside(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """A pod-side URL tried from outside the cluster, at a node's address: only a
    NodePort (or LoadBalancer) Service answers there."""
    if not s.origin.startswith("pod:"):
        return
    # Only a target naming the Service by its short name: <NodeIP>.backend is no host.
    outside = re.sub(
        rf"^(\w+://)?{re.escape(s.name)}(?=[:/]|$)", rf"\g<1>{NODE_PLACEHOLDER}", s.target
    )
    if outside == s.target:
        return
    yield Draft(
        Ask.REACHABLE,
        f"A client outside the cluster runs: curl {outside}. Does it reach a pod?",
        s.docs,
        origin="external",
        target=outside,
    )


def from_outside_clusterip(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """A ClusterIP Service asked from outside the cluster: an outside client uses no
    cluster DNS and nothing answers the virtual IP there."""
    if s.type in _NODE_PORT_TYPES:
        return
    yield Draft(
        Ask.REASON,
        f"A client outside the cluster runs: curl {s.target}. What happens?",
        s.docs,
        origin="external",
    )


def node_port_out_of_range(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """A nodePort outside 30000-32767: the API server refuses the Service, so nothing
    listens on the node; the learner moves it back into the range."""
    node_port = port_number(s.port.get("nodePort"))
    if s.type not in _NODE_PORT_TYPES or node_port is None or s.selectorless:
        return
    bad = rng.choice([29999, 32768, 8080, 80])
    out_of_range = _with_edits(s.docs, (s.service, ("spec", "ports", 0, "nodePort"), bad))
    moved_target = s.target.replace(str(node_port), str(bad))
    yield Draft(
        Ask.REACHABLE,
        f"The Service's nodePort was set to {bad} and the manifests applied. "
        f"{s.who} runs: curl {moved_target}. Does it reach a pod?",
        out_of_range,
        target=moved_target,
    )
    yield Draft(
        Ask.FIX,
        f"The Service's nodePort was set to {bad} and the API server refuses it. "
        f"Edit the manifests so that {s.who.lower()} reaches the pods with curl {s.target}.",
        out_of_range,
        known_fix=dump_documents(s.docs),
    )


def traffic_policy_local(s: Scenario, rng: random.Random) -> Iterable[Draft]:
    """externalTrafficPolicy Local with one pod: kube-proxy drops external traffic on a
    node without a local endpoint, so only the node that runs the pod answers."""
    node_port = port_number(s.port.get("nodePort"))
    if s.type not in _NODE_PORT_TYPES or node_port is None or s.deployment is None:
        return
    deployment = s.docs[s.deployment]
    if not isinstance(deployment.get("spec"), dict):
        return
    local = _with_edits(
        s.docs,
        (s.service, ("spec", "externalTrafficPolicy"), "Local"),
        (s.deployment, ("spec", "replicas"), 1),
    )
    # The evaluator's default nodes, declared so the learner sees them; the single pod
    # goes to the first.
    nodes = [
        {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": name},
            "status": {"addresses": [{"type": "InternalIP", "address": address}]},
        }
        for name, address in DEFAULT_NODES
    ]
    # Always a node WITHOUT the pod: asking about the pod's own node answers like the
    # as-written card (reachable), and the build drops a variation that teaches nothing.
    node_ip = rng.choice([address for _, address in DEFAULT_NODES[1:]])
    local_target = f"http://{node_ip}:{node_port}{_path_of(s.target)}"
    first_name, first_ip = DEFAULT_NODES[0]
    yield Draft(
        Ask.REACHABLE,
        f"externalTrafficPolicy is Local and the single pod runs on {first_name} "
        f"({first_ip}). A client outside the cluster runs: curl {local_target}. "
        "Does it reach the pod?",
        [*nodes, *local],
        origin="external",
        target=local_target,
    )


#: Every rule, in the order its notes appear in a deck.
RULES: tuple[VariationRule, ...] = (
    VariationRule("as-written", as_written),
    VariationRule("wrong-target-port", wrong_target_port),
    VariationRule("selector-mismatch", selector_mismatch),
    VariationRule("pods-not-ready", pods_not_ready),
    VariationRule("other-namespace", other_namespace),
    VariationRule("from-outside", from_outside),
    VariationRule("from-outside-clusterip", from_outside_clusterip),
    VariationRule("node-port-out-of-range", node_port_out_of_range),
    VariationRule("traffic-policy-local", traffic_policy_local),
)


def variations(
    base: ScenarioNote, seed: int, rules: Sequence[VariationRule] = RULES
) -> list[Variation]:
    """Seeded variations of one document scenario, each with an ask the evaluator grades.

    ``base`` is a scenario note whose manifests are complete (see
    :func:`~quizkit.manifests.complete_manifests`). The same ``base`` and ``seed`` give
    the same notes, rule by rule: each of ``rules`` draws from its own generator
    (:meth:`VariationRule.generator`). A Service of a shape the evaluator would refuse
    (no usable port, a spec that is not a mapping) has none: there is nothing right to
    vary from.
    """
    scenario = Scenario.of(base)
    if scenario is None:
        return []
    tags = tuple(dict.fromkeys([*base.tags, "scenario", slug(scenario.type)]))
    prefix = base.id.removeprefix("scenario/")
    out: list[Variation] = []
    for rule in rules:
        for draft in rule.apply(scenario, rule.generator(seed, base.id)):
            manifests = draft.manifests
            note = ScenarioNote(
                id=f"{prefix}/{rule.name}/{draft.ask.value}",
                tags=tags,
                origin=base.origin,
                ask=draft.ask,
                prompt=draft.prompt,
                manifests=manifests if isinstance(manifests, str) else dump_documents(manifests),
                request={
                    "from": draft.origin or scenario.origin,
                    "to": draft.target or scenario.target,
                },
                service=scenario.key,
                seed=seed,
            )
            out.append(Variation(note, draft.known_fix))
    return out
