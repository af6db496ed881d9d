"""Scenario questions: runnable manifests, seeded variations, and grading by the evaluator.

The documents teach with a Service manifest and a ``curl`` beside it. This module
turns those into questions whose answers are computed, never typed in by hand:

- :func:`complete_manifests` adds what a document leaves out (the pods behind the
  selector, listening on the targetPort) so the example runs as the document means;
  it never raises, whatever shape a document's Service has.
- :func:`runnable_deck` and :func:`scenario_deck` evaluate every scenario at build
  time: one the evaluator cannot grade is left out and reported, and a variation
  that answers like the scenario as written is dropped.
- :func:`variations` derives seeded variations of one scenario (wrong targetPort,
  selector mismatch, another namespace, pods not ready, nodePort out of range,
  traffic policy Local, ...) and asks one of the five questions about each.
- :func:`grade_scenario` grades any answer by running it through
  :func:`quizkit.routing.evaluate`; feedback shows the evaluator's path for both the
  learner's answer and the right one. Without ``service:`` the Service a card is
  about is :func:`intended_service`; every front end shows a card's request through
  :func:`visible_request`, which hides a ``url`` card's target (its answer).

Everything here is pure: the seed is passed in and recorded on each generated note.
"""

from __future__ import annotations

import copy
import ipaddress
import random
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import yaml

from quizkit.deckfile import Ask, Deck, Note, NoteType
from quizkit.errors import QuizkitError
from quizkit.grading import Verdict
from quizkit.routing.conventions import REASON_CODES

__all__ = [
    "DEFAULT_SEED",
    "LB_PLACEHOLDER",
    "NODE_PLACEHOLDER",
    "REASON_CODES",
    "SCENARIO_DECK",
    "Report",
    "Variation",
    "complete_manifests",
    "expected_answer",
    "grade_scenario",
    "intended_service",
    "runnable_deck",
    "scenario_deck",
    "variations",
    "visible_request",
]

SCENARIO_DECK = "k8s-service-scenarios"
DEFAULT_SEED = 20261122
# The placeholders' one spelling on a card; quizkit.routing.request reads every other.
NODE_PLACEHOLDER = "<NodeIP>"
LB_PLACEHOLDER = "<EXTERNAL-LB-IP>"
_REPLICAS = 2
_MAX_UNREADY_PODS = 3
_NAMED_PORT_NUMBER = 8080
_YES = {"yes", "y", "true", "reachable", "reaches", "arrives", "it arrives", "works"}
_NO = {"no", "n", "false", "unreachable", "not reachable", "fails", "it fails", "does not"}


# Where the build reports a scenario it leaves out: one line, document:line first.
Report = Callable[[str], None]


class ScenarioLike(Protocol):
    """What grading needs of a scenario: a deck ``Note`` or a store ``Card`` both fit."""

    @property
    def ask(self) -> Ask | None: ...
    @property
    def manifests(self) -> str: ...
    @property
    def request(self) -> Mapping[str, str]: ...
    @property
    def service(self) -> str: ...


# -- manifests ------------------------------------------------------------------------

Doc = dict[str, Any]
_CORE_KINDS = {"Service": "v1", "Namespace": "v1", "Pod": "v1", "Deployment": "apps/v1"}
_MANUAL_ENDPOINTS = ("Endpoints", "EndpointSlice")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")  # the evaluator's (kubeadm's default)


def _as_dict(value: Any) -> dict[Any, Any]:
    """``value`` if it is a mapping, else empty: a document may put anything anywhere."""
    return value if isinstance(value, dict) else {}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _load(text: str) -> list[Doc]:
    """The mapping documents of ``text``; none when it is not YAML quizkit can use.

    Aliases are refused: dumping the completed manifests would expand them without
    bound ("billion laughs"), and a Kubernetes example never needs them.
    """
    try:
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, _YAML_LOADER)):
            return []
        return [d for d in yaml.load_all(text, Loader=_YAML_LOADER) if isinstance(d, dict)]
    except (yaml.YAMLError, RecursionError, ValueError):
        return []


class _PlainDumper(yaml.SafeDumper):
    """Never writes anchors: a learner reads (and edits) these manifests."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(docs: Iterable[Doc]) -> str:
    """``docs`` as one YAML stream, written as ``yaml.dump_all`` with
    :class:`_PlainDumper` writes it.

    The seeded variations of a scenario differ from it in one or two objects, so each
    object is written once (:func:`_dump_object`) and the stream is joined from them:
    PyYAML writes a non-empty mapping the same on its own as after ``---``. An empty
    mapping is written ``--- {}`` after a separator, so a stream holding one is
    written whole.
    """
    docs = list(docs)
    if all(isinstance(d, dict) and d for d in docs):
        return "---\n".join(_dump_object(d) for d in docs)
    return _dump_stream(docs)


def _dump_stream(docs: list[Any]) -> str:
    return yaml.dump_all(
        docs, Dumper=_PlainDumper, sort_keys=False, default_flow_style=False, width=1000
    )


# Objects written recently, by their repr: the same repr is the same object to PyYAML
# (the loaders make only dicts, lists, strings, numbers, booleans, None, bytes, dates
# and sets, and their reprs tell types and values apart). Strings are immutable, so a
# cached text is never shared mutable state. Objects with a long repr are not kept:
# their writing costs more than a look-up saves, and they would pin memory.
_DUMPED: OrderedDict[str, str] = OrderedDict()
_DUMPED_SIZE = 512
_DUMPED_MAX_REPR = 64 * 1024
_DUMPED_LOCK = threading.Lock()  # builds may run in a bot's worker threads


def _dump_object(doc: Doc) -> str:
    key = repr(doc)
    with _DUMPED_LOCK:
        text = _DUMPED.get(key)
        if text is not None:
            _DUMPED.move_to_end(key)
            return text
    text = _dump_stream([doc])
    if len(key) <= _DUMPED_MAX_REPR:
        with _DUMPED_LOCK:
            _DUMPED[key] = text
            if len(_DUMPED) > _DUMPED_SIZE:
                _DUMPED.popitem(last=False)
    return text


def _meta(doc: Doc) -> tuple[str, str]:
    meta = _as_dict(doc.get("metadata"))
    return str(meta.get("namespace") or "default"), str(meta.get("name") or "")


def _labels_of_workload(doc: Doc) -> dict[Any, Any]:
    if doc.get("kind") == "Pod":
        return dict(_as_dict(_as_dict(doc.get("metadata")).get("labels")))
    template = _as_dict(_as_dict(_as_dict(doc.get("spec")).get("template")).get("metadata"))
    return dict(_as_dict(template.get("labels")))


def _selects(selector: Mapping[Any, Any], labels: Mapping[Any, Any]) -> bool:
    return bool(selector) and all(str(labels.get(k)) == str(v) for k, v in selector.items())


def _port_number(value: Any) -> int | None:
    """A port as Kubernetes accepts it (an int in 1..65535), else None (``.inf``, ``80.5``,
    ``true`` and ``[80]`` are what malformed documents hold)."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535:
        return value
    return None


def _container_port(port: Any) -> Doc | None:
    """The container port that a Service port's targetPort asks the pods to listen on."""
    if not isinstance(port, dict):
        return None
    target = port.get("targetPort", port.get("port"))
    if isinstance(target, str) and re.fullmatch(r"[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?", target):
        if target.isdigit():
            number = _port_number(int(target))
            entry: Doc = {"containerPort": number} if number else {}
        else:
            entry = {"name": target, "containerPort": _NAMED_PORT_NUMBER}
    else:
        number = _port_number(target)
        entry = {"containerPort": number} if number else {}
    if not entry:
        return None
    protocol = port.get("protocol", "TCP")
    if protocol in ("UDP", "SCTP"):
        entry["protocol"] = protocol
    return entry


def _backing_deployment(service: Doc) -> Doc | None:
    """A Deployment whose pods the Service selects, listening where it sends traffic."""
    spec = _as_dict(service.get("spec"))
    selector = _as_dict(spec.get("selector"))
    if not selector or spec.get("type") == "ExternalName":
        return None
    namespace, svc_name = _meta(service)
    ports: list[Doc] = []
    for port in _as_list(spec.get("ports")):
        entry = _container_port(port)
        if entry is not None and entry not in ports:
            ports.append(entry)
    labels = {str(k): str(v) for k, v in selector.items()}
    app = selector.get("app") or selector.get("app.kubernetes.io/name")
    name = _slug(str(app or next(iter(labels.values())) or svc_name))
    metadata: Doc = {"name": name or "app"}
    if namespace != "default":
        metadata["namespace"] = namespace
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata,
        "spec": {
            "replicas": _REPLICAS,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [{"name": name, "image": f"example/{name}:1.0", "ports": ports}]
                },
            },
        },
    }


def _lb_pending(doc: Doc) -> bool:
    if doc.get("kind") != "Service" or _as_dict(doc.get("spec")).get("type") != "LoadBalancer":
        return False
    return not _as_dict(_as_dict(doc.get("status")).get("loadBalancer")).get("ingress")


def _fill_in(docs: list[Doc]) -> bool:
    """Write into the documents what a tutorial's abbreviated snippet leaves out; True
    when anything was written.

    - ``apiVersion`` of a core kind (``kind: Service`` alone is how snippets start);
    - a selector ``app: NAME`` on a Service that has none, unless the manifests give
      it endpoints by hand (an Endpoints or EndpointSlice object): the snippet meant
      "a Service in front of the app", and without it no request would ever arrive;
    - an ingress address from 203.0.113.0/24 on a LoadBalancer, as a cloud provider
      would assign it (without one the evaluator rightly says lb-pending);
    - no ``clusterIP`` that the evaluator's service range (10.96.0.0/12) cannot hold:
      the document's cluster had another range, and the example is not about it;
    - the container port a Service sends to, on pods it selects whose containers declare
      no ports at all: Kubernetes does not need them declared (the text says where the
      app listens; the evaluator only believes a declared port).
    """
    changed = False
    manual = any(d.get("kind") in _MANUAL_ENDPOINTS for d in docs)
    pending = 0
    for doc in docs:
        kind = doc.get("kind")
        if isinstance(kind, str) and kind in _CORE_KINDS and "apiVersion" not in doc:
            doc["apiVersion"] = _CORE_KINDS[kind]
            changed = True
        if kind != "Service" or not isinstance(doc.get("spec"), dict):
            continue
        spec = doc["spec"]
        name = _meta(doc)[1]
        if "selector" not in spec and spec.get("type") != "ExternalName" and not manual and name:
            spec["selector"] = {"app": name}
            changed = True
        if _foreign_cluster_ip(spec):
            spec.pop("clusterIP", None)
            spec.pop("clusterIPs", None)
            changed = True
        if _lb_pending(doc):
            doc["status"] = {"loadBalancer": {"ingress": [{"ip": f"203.0.113.{10 + pending}"}]}}
            pending += 1
            changed = True
        changed |= _declare_ports(doc, docs)
    return changed


def _foreign_cluster_ip(spec: Mapping[Any, Any]) -> bool:
    """Whether the spec asks for a clusterIP outside the evaluator's service range."""
    wanted = spec.get("clusterIP")
    if not isinstance(wanted, str) or wanted in ("", "None"):
        return False
    try:
        return ipaddress.ip_address(wanted) not in _SERVICE_CIDR
    except ValueError:
        return False  # not an address at all: the evaluator says why it is refused


def _declare_ports(service: Doc, docs: list[Doc]) -> bool:
    """Declare the Service's target ports on the portless containers of the pods it
    selects (see :func:`_fill_in`); True when any was declared."""
    selector = _as_dict(_as_dict(service.get("spec")).get("selector"))
    ports = [
        p for p in map(_container_port, _as_list(_as_dict(service.get("spec")).get("ports"))) if p
    ]
    if not selector or not ports:
        return False
    changed = False
    for doc in docs:
        if doc.get("kind") not in ("Pod", "Deployment") or _meta(doc)[0] != _meta(service)[0]:
            continue
        if not _selects(selector, _labels_of_workload(doc)):
            continue
        spec = _as_dict(doc.get("spec"))
        if doc.get("kind") == "Deployment":
            spec = _as_dict(_as_dict(spec.get("template")).get("spec"))
        containers = [c for c in _as_list(spec.get("containers")) if isinstance(c, dict)]
        if containers and not any("ports" in c for c in containers):
            containers[0]["ports"] = copy.deepcopy(ports)
            changed = True
    return changed


def complete_manifests(text: str) -> str:
    """The document's manifests plus what makes them runnable, appended after them.

    For every Service with a selector that no Pod or Deployment in the text matches,
    a Deployment of two pods is added whose labels are the selector and whose
    containers listen on each targetPort (a named targetPort becomes a named
    container port 8080). Namespaces that are used but not declared are declared.
    What :func:`_fill_in` lists is written into the documents themselves. The
    document's own text is kept verbatim at the top unless something had to be
    written into it.

    Never raises: text that is not YAML, or objects of any malformed shape, are left
    as they are for the evaluator to refuse with a reason.
    """
    docs = _load(text)
    if _fill_in(docs):
        text = _dump(docs)
    workloads = [d for d in docs if d.get("kind") in ("Pod", "Deployment")]
    added: list[Doc] = []
    declared = {_meta(d)[1] for d in docs if d.get("kind") == "Namespace"}
    builtin = {"default", "kube-system", "kube-public"}
    namespaces: list[Doc] = []
    for doc in docs:
        namespace = _meta(doc)[0]
        if namespace not in builtin | declared:
            namespaces.append(
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}}
            )
            declared.add(namespace)
    for doc in docs:
        if doc.get("kind") != "Service":
            continue
        selector = _as_dict(_as_dict(doc.get("spec")).get("selector"))
        namespace = _meta(doc)[0]
        if any(
            _meta(w)[0] == namespace and _selects(selector, _labels_of_workload(w))
            for w in workloads + added
        ):
            continue
        backing = _backing_deployment(doc)
        if backing is not None:
            added.append(backing)
    if not added and not namespaces:
        return text
    # Objects are applied in listed order: namespaces first, the document, then its pods.
    parts = [_dump(namespaces)] if namespaces else []
    parts.append(text if text.endswith("\n") else text + "\n")
    if added:
        parts.append(_dump(added))
    return "---\n".join(parts)


# -- variations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Variation:
    """A generated scenario note and, for tests and feedback, one manifest that fixes it."""

    note: Note
    known_fix: str | None = None


def _service_doc(docs: list[Doc], key: str) -> Doc | None:
    for doc in docs:
        if doc.get("kind") == "Service" and "/".join(_meta(doc)) == key:
            return doc
    return None


def _first_service(docs: list[Doc]) -> Doc | None:
    return next((d for d in docs if d.get("kind") == "Service"), None)


def _deployments(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d.get("kind") == "Deployment"]


def _pods_not_ready(docs: list[Doc], deployment: Doc) -> list[Doc] | None:
    """Replace a Deployment by its pods, each Running but failing its readiness probe
    (None when the Deployment has no pod template to copy)."""
    namespace, name = _meta(deployment)
    spec = _as_dict(deployment.get("spec"))
    labels = _labels_of_workload(deployment)
    pod_spec = _as_dict(spec.get("template")).get("spec")
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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


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
    ports = _as_list(_as_dict(service.get("spec")).get("ports"))
    if ports and isinstance(ports[0], dict) and _port_number(ports[0].get("port")):
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
    docs = _load(base.manifests)
    key = intended_service(base)
    service = _service_doc(docs, key) if key else None
    deployments = _deployments(docs)
    port = _service_port(service) if service is not None else None
    if service is None or port is None or not deployments or not base.request.get("to"):
        return []
    namespace, name = _meta(service)
    spec = service["spec"]
    svc_type = str(spec.get("type", "ClusterIP"))
    origin = base.request.get("from", "")
    target = base.request["to"]
    tags = tuple(dict.fromkeys([*base.tags, "scenario", _slug(svc_type)]))
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
        text = manifests if isinstance(manifests, str) else _dump(manifests)
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
    listen = _port_number(port.get("targetPort", port["port"]))
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
    if _as_dict(spec.get("selector")):
        mismatch, mismatch_service = edited()
        selector = mismatch_service["spec"]["selector"]
        label = next(iter(selector))
        selector[label] = f"{selector[label]}-{rng.choice(['v2', 'api', 'svc', 'backend'])}"
        add(
            "selector-mismatch/fix",
            Ask.FIX,
            f"{who} runs: curl {target} and it fails. Edit the manifests so that it reaches "
            f"the pods of Deployment {_meta(deployments[0])[1]}.",
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
    node_port = _port_number(port.get("nodePort"))
    good = _dump(docs)
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


def _ungradable(note: Note) -> str | None:
    """Why the evaluator cannot grade ``note`` (None when it can)."""
    outcome = _outcome(note)
    return outcome if isinstance(outcome, str) else None


def _outcome(note: Note) -> tuple[str, str] | str:
    """What a learner must answer to ``note`` and the evaluator's reason for it, or
    why the evaluator cannot grade it."""
    try:
        answer, result = expected_answer(note)
    except QuizkitError as exc:
        return str(exc)
    return str(answer), str(result.reason)


def _report_skip(report: Report | None, note: Note, why: str) -> None:
    if report is None:
        return
    where = note.origin.document if note.origin else "?"
    if note.origin is not None and note.origin.line is not None:
        where += f":{note.origin.line}"
    report(f"{where}: scenario {note.id} not written: {why}")


def runnable_deck(deck: Deck, report: Report | None = None) -> Deck:
    """``deck`` with each scenario's manifests completed and every scenario checked.

    A scenario the evaluator cannot grade (an origin or target it cannot use,
    manifests it cannot read) is left out and ``report`` is called with one line
    naming the document, the line and why.
    """
    if not any(n.type is NoteType.SCENARIO for n in deck.notes):
        return deck
    notes: list[Note] = []
    for note in deck.notes:
        if note.type is NoteType.SCENARIO:
            note = replace(note, manifests=complete_manifests(note.manifests))
            why = _ungradable(note)
            if why is not None:
                _report_skip(report, note, why)
                continue
        notes.append(note)
    return replace(deck, notes=tuple(notes))


def scenario_deck(
    decks: Sequence[Deck], seed: int = DEFAULT_SEED, report: Report | None = None
) -> Deck | None:
    """The deck of seeded variations of every scenario in ``decks`` (None if there are none).

    Every variation is evaluated here: one the evaluator cannot grade is left out
    (and reported, as :func:`runnable_deck` does), and one whose answer and reason
    equal those of the scenario as written, asked the same way, is dropped because
    it teaches nothing the as-written card does not.
    """
    notes: list[Note] = []
    seen: set[str] = set()
    for deck in decks:
        for note in deck.notes:
            if note.type is not NoteType.SCENARIO:
                continue
            # The scenario as written, asked each way once (several variations share an ask).
            as_asked: dict[Ask | None, tuple[str, str] | str] = {}
            for variation in variations(note, seed):
                candidate = variation.note
                if candidate.id in seen:  # two decks with the same example: keep the first
                    continue
                outcome = _outcome(candidate)
                if isinstance(outcome, str):
                    _report_skip(report, candidate, outcome)
                    continue
                as_written = "/as-written/" in f"/{candidate.id}"
                if not as_written and candidate.ask is not Ask.URL:
                    if candidate.ask not in as_asked:
                        same = replace(note, ask=candidate.ask, service=candidate.service)
                        as_asked[candidate.ask] = _outcome(same)
                    if as_asked[candidate.ask] == outcome:
                        continue
                seen.add(candidate.id)
                notes.append(replace(candidate, id=f"{deck.slug}/{candidate.id}"))
    if not notes:
        return None
    return Deck(
        slug=SCENARIO_DECK,
        title="Kubernetes Services: scenarios",
        notes=tuple(notes),
        source=", ".join(d.source for d in decks if d.source),
    )


# -- grading --------------------------------------------------------------------------


class _PreferPods(random.Random):
    """An endpoint "picker" for the evaluator that follows the pods a learner named.

    kube-proxy picks any endpoint; the feedback path should show the one the
    learner answered (``backend-1``), not always the first (``backend-0``).
    """

    def __init__(self, pods: set[str]) -> None:
        super().__init__(0)
        self.pods = pods

    def choice(self, seq: Any) -> Any:
        for item in seq:
            if getattr(getattr(item, "pod", None), "key", None) in self.pods:
                return item
        return seq[0]


def _route(
    manifests: str,
    request: Mapping[str, str],
    to: str | None = None,
    rng: random.Random | None = None,
) -> Any:
    from quizkit.routing import evaluate

    target = to or request["to"]
    return evaluate(manifests, request["from"], target, request.get("protocol", "TCP"), rng=rng)


# The evaluator's details cite its rule table ("... has no endpoints (R59)"); a
# learner has no use for those ids.
_RULE_IDS = re.compile(r" \((?:[RM]\d+(?:-R?\d+)?(?:, )?)+\)")


def intended_service(scenario: ScenarioLike) -> str:
    """The Service a scenario is about, as ``namespace/name`` ("" when it defines none).

    ``service:`` when the card says; else the Service its target names (the host's
    first label, and its second as the namespace when given), else the one whose
    clusterIP the target is, else the first Service of its manifests. No evaluation:
    a broken variation's request reaches nothing, and it is still about its Service.
    """
    if scenario.service:
        return scenario.service
    services = [d for d in _load(scenario.manifests) if d.get("kind") == "Service"]
    if not services:
        return ""
    target = scenario.request.get("to", "")
    host = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", target.strip())
    host = re.split(r"[:/?#]", host, maxsplit=1)[0].lower()
    labels = host.split(".")
    for doc in services:
        namespace, name = _meta(doc)
        if labels[0] == name and (len(labels) == 1 or labels[1] in (namespace, "")):
            return f"{namespace}/{name}"
        if host and _as_dict(doc.get("spec")).get("clusterIP") == host:
            return f"{namespace}/{name}"
    return "/".join(_meta(services[0]))


def visible_request(scenario: ScenarioLike) -> dict[str, str]:
    """The request as every front end shows it before the answer.

    A ``url`` card's target is its answer, so ``to`` is left out and ``service``
    names the Service to reach instead; every other ask shows the request as it is.
    """
    request = dict(scenario.request)
    if scenario.ask is Ask.URL:
        request.pop("to", None)
        service = intended_service(scenario)
        if service:
            request["service"] = service
    return request


def _verdict_text(result: Any) -> str:
    text = str(result.describe())
    if not result.valid:
        text += " (refused: " + "; ".join(str(e) for e in result.errors) + ")"
    return _RULE_IDS.sub("", text)


def _endpoint_label(endpoint: Any) -> str:
    return f"{endpoint.pod or endpoint.ip}:{endpoint.port}"


def expected_answer(scenario: ScenarioLike) -> tuple[str | list[str], Any]:
    """The right answer of a scenario and the evaluator's result it comes from."""
    result = _route(scenario.manifests, scenario.request)
    ask = scenario.ask or Ask.REACHABLE
    if ask is Ask.REACHABLE:
        if result.reachable is None:
            return "leaves the cluster (ExternalName)", result
        return ("yes" if result.reachable else "no"), result
    if ask is Ask.ENDPOINT:
        if not result.reachable:
            return "none", result
        return [_endpoint_label(e) for e in result.endpoints], result
    if ask is Ask.REASON:
        return str(result.reason), result
    if ask is Ask.URL:
        return scenario.request["to"], result
    target = intended_service(scenario) or "the Service"
    return (
        f"manifests that are valid and take {scenario.request['from']} → "
        f"{scenario.request['to']} to the pods behind {target}",
        result,
    )


def _yes_no(text: str) -> bool | None:
    words = re.sub(r"[^a-z ]+", " ", text.lower()).split()
    phrase = " ".join(words)
    if phrase in _YES or (words and words[0] in {"yes", "y"}):
        return True
    if phrase in _NO or (words and words[0] in {"no", "n"}) or "not reach" in phrase:
        return False
    return None


def _grade_reachable(scenario: ScenarioLike, response: str) -> Verdict:
    expected, result = expected_answer(scenario)
    answer = _yes_no(response)
    if answer is None:
        return Verdict(False, expected, f"Answer yes or no. The evaluator: {_verdict_text(result)}")
    correct = answer == result.reachable
    lead = "Right" if correct else "Wrong"
    return Verdict(correct, expected, f"{lead}: {_verdict_text(result)}")


def _names_a_pod(text: str) -> bool:
    """Whether ``text`` holds something shaped like a pod name (``web-0``, ``api-7f9c-2``):
    a letter, then later in the same run of ``[a-z0-9-]`` a hyphen before a digit.

    Linear in ``len(text)``: the regex ``[a-z][a-z0-9-]*-\\d+`` this replaces
    backtracked quadratically on a long run without a match (``"x" * n``).
    """
    for run in re.findall(r"[a-z0-9-]+", text):
        letter = re.search(r"[a-z]", run)
        if letter is not None and re.search(r"-\d", run[letter.start() + 1 :]):
            return True
    return False


def _grade_endpoint(scenario: ScenarioLike, response: str) -> Verdict:
    expected, result = expected_answer(scenario)
    text = response.lower()
    if not result.reachable:
        correct = bool(re.search(r"\b(none|no pod|nothing|no endpoint)", text))
        return Verdict(
            correct, expected, f"{'Right' if correct else 'Wrong'}: {_verdict_text(result)}"
        )
    ports = {int(p) for p in re.findall(r"\b(\d{1,5})\b", text)}
    named = {
        e.pod
        for e in result.endpoints
        if e.pod and (e.pod.lower() in text or e.pod.split("/", 1)[1].lower() in text)
    }
    wrong_pod = _names_a_pod(text) and not named
    good = [e for e in result.endpoints if e.port in ports and (not named or e.pod in named)]
    correct = bool(good) and not wrong_pod
    if named:  # the path through the pod the learner named
        result = _route(scenario.manifests, scenario.request, rng=_PreferPods(named))
    if not ports:
        note = "Name the pod and the container port, e.g. web-0:8080."
    elif correct:
        note = "Right"
    else:
        note = "Wrong"
    return Verdict(correct, expected, f"{note}: {_verdict_text(result)}")


def _grade_reason(scenario: ScenarioLike, response: str) -> Verdict:
    expected, result = expected_answer(scenario)
    answer = re.sub(r"[\s_]+", "-", response.strip().lower())
    if answer not in REASON_CODES:
        return Verdict(
            False,
            expected,
            f"Pick one of: {', '.join(REASON_CODES)}. The evaluator: {_verdict_text(result)}",
        )
    correct = answer == expected
    return Verdict(correct, expected, f"{'Right' if correct else 'Wrong'}: {_verdict_text(result)}")


def _grade_url(scenario: ScenarioLike, response: str) -> Verdict:
    expected, right = expected_answer(scenario)
    intended = intended_service(scenario)
    try:
        mine = _route(scenario.manifests, scenario.request, to=response.strip())
    except QuizkitError as exc:
        return Verdict(False, expected, f"Not a usable URL or HOST:PORT: {exc}")
    correct = bool(mine.reachable) and mine.service == intended
    if correct:
        return Verdict(True, expected, f"Right: {_verdict_text(mine)}")
    got = f"that goes to Service {mine.service}" if mine.service else "it reaches no Service"
    if mine.service == intended:
        got = "it names the right Service but does not arrive"
    return Verdict(
        False,
        expected,
        f"Wrong, {got}: {_verdict_text(mine)}. A right answer: {_verdict_text(right)}",
    )


def _grade_fix(scenario: ScenarioLike, response: str) -> Verdict:
    expected, _ = expected_answer(scenario)
    intended = intended_service(scenario)
    backing = {
        f"{_meta(d)[0]}/{_meta(d)[1]}"
        for d in _load(scenario.manifests)
        if d.get("kind") in ("Deployment", "Pod")
    }
    try:
        after = _route(response, scenario.request)
    except QuizkitError as exc:  # YAML syntax errors arrive as ManifestError with a line
        return Verdict(False, expected, f"Your manifests could not be used: {exc}")
    problems = []
    if not after.valid:
        problems.append("the API server refuses " + "; ".join(str(e) for e in after.errors))
    if not after.reachable:
        problems.append(f"the request does not arrive ({after.reason})")
    if after.service != intended:
        problems.append(f"it is served by {after.service or 'no Service'}, not {intended}")
    strays = [
        e.pod
        for e in after.endpoints
        if e.pod is not None and not any(e.pod == b or e.pod.startswith(b + "-") for b in backing)
    ]
    if strays:
        problems.append("it lands on pods that were not in the scenario: " + ", ".join(strays))
    if problems:
        return Verdict(
            False, expected, "Not fixed: " + "; ".join(problems) + f". Now: {_verdict_text(after)}"
        )
    return Verdict(True, expected, f"Fixed: {_verdict_text(after)}")


_GRADERS = {
    Ask.REACHABLE: _grade_reachable,
    Ask.ENDPOINT: _grade_endpoint,
    Ask.URL: _grade_url,
    Ask.REASON: _grade_reason,
    Ask.FIX: _grade_fix,
}


def grade_scenario(scenario: ScenarioLike, response: str) -> Verdict:
    """Grade ``response`` to a scenario by running it through the evaluator.

    Never raises for a bad answer: an unparsable URL or manifest is a wrong answer
    with a message saying why.
    """
    ask = scenario.ask or Ask.REACHABLE
    if not response.strip():
        expected, result = expected_answer(scenario)
        return Verdict(False, expected, f"No answer given. The evaluator: {_verdict_text(result)}")
    return _GRADERS[ask](scenario, response)
