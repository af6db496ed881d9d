"""Scenario manifests as plain documents: read, written, completed, and asked about.

A scenario's manifests are YAML text on the card. This module is everything that reads
or writes that text without evaluating it:

- :func:`load_documents` reads it with the evaluator's own loader
  (:func:`quizkit.routing.loader.load_yaml_documents`, the same limits and the same
  scalars), and refuses text that shares a mapping or list through a YAML alias;
- :func:`dump_documents` writes documents back, object by object, exactly as
  ``yaml.dump_all`` would;
- :func:`complete_manifests` adds what a document leaves out (the pods behind the
  selector, listening on the targetPort) so the example runs as the document means;
- :func:`intended_service` names the Service a scenario is about.

Nothing here raises for a malformed document and nothing loads the evaluator.
"""

from __future__ import annotations

import copy
import ipaddress
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import yaml

from quizkit.notes import Ask
from quizkit.routing.loader import load_yaml_documents

__all__ = [
    "Doc",
    "ScenarioLike",
    "abbreviated",
    "as_dict",
    "as_list",
    "complete_manifests",
    "dump_documents",
    "intended_service",
    "load_documents",
    "namespaced_name",
    "port_number",
    "slug",
    "workload_labels",
]

_REPLICAS = 2
_NAMED_PORT_NUMBER = 8080


class ScenarioLike(Protocol):
    """What grading needs of a scenario: a ``ScenarioNote`` or a store ``Card`` both fit."""

    @property
    def ask(self) -> Ask | None: ...
    @property
    def manifests(self) -> str: ...
    @property
    def request(self) -> Mapping[str, str]: ...
    @property
    def service(self) -> str: ...


Doc = dict[str, Any]
_CORE_KINDS = {"Service": "v1", "Namespace": "v1", "Pod": "v1", "Deployment": "apps/v1"}
_MANUAL_ENDPOINTS = ("Endpoints", "EndpointSlice")
_SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")  # the evaluator's (kubeadm's default)


def as_dict(value: Any) -> dict[Any, Any]:
    """``value`` if it is a mapping, else empty: a document may put anything anywhere."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def load_documents(text: str) -> list[Doc]:
    """The mapping documents of ``text``, read as the evaluator reads them
    (:func:`~quizkit.routing.loader.load_yaml_documents`: its size and depth limits,
    a timestamp kept as the string it is); none when it is not YAML quizkit can use.

    A mapping or list reached twice through a YAML alias is refused: writing the
    completed manifests would expand every copy ("billion laughs"), and a Kubernetes
    example never needs one. (An aliased scalar costs nothing and is kept.)
    """
    try:
        docs = load_yaml_documents(text)
    except (yaml.YAMLError, RecursionError, ValueError):
        return []
    if _shares_a_collection(docs):
        return []
    return [d for d in docs if isinstance(d, dict)]


def _shares_a_collection(docs: list[Any]) -> bool:
    """Whether one dict or list is reached twice: the loader builds an alias of a
    collection as the same object, and any two written ones as different objects.
    Stops at the first repeat, so an alias bomb costs no more than its text."""
    seen: set[int] = set()
    stack: list[Any] = list(docs)
    while stack:
        value = stack.pop()
        if not isinstance(value, dict | list):
            continue
        if id(value) in seen:
            return True
        seen.add(id(value))
        stack.extend(value.values() if isinstance(value, dict) else value)
    return False


class _PlainDumper(yaml.SafeDumper):
    """Never writes anchors: a learner reads (and edits) these manifests."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_documents(docs: Iterable[Doc]) -> str:
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


def namespaced_name(doc: Doc) -> tuple[str, str]:
    meta = as_dict(doc.get("metadata"))
    return str(meta.get("namespace") or "default"), str(meta.get("name") or "")


def workload_labels(doc: Doc) -> dict[Any, Any]:
    if doc.get("kind") == "Pod":
        return dict(as_dict(as_dict(doc.get("metadata")).get("labels")))
    template = as_dict(as_dict(as_dict(doc.get("spec")).get("template")).get("metadata"))
    return dict(as_dict(template.get("labels")))


def selects(selector: Mapping[Any, Any], labels: Mapping[Any, Any]) -> bool:
    return bool(selector) and all(str(labels.get(k)) == str(v) for k, v in selector.items())


def port_number(value: Any) -> int | None:
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
            number = port_number(int(target))
            entry: Doc = {"containerPort": number} if number else {}
        else:
            entry = {"name": target, "containerPort": _NAMED_PORT_NUMBER}
    else:
        number = port_number(target)
        entry = {"containerPort": number} if number else {}
    if not entry:
        return None
    protocol = port.get("protocol", "TCP")
    if protocol in ("UDP", "SCTP"):
        entry["protocol"] = protocol
    return entry


def _backing_deployment(service: Doc) -> Doc | None:
    """A Deployment whose pods the Service selects, listening where it sends traffic."""
    spec = as_dict(service.get("spec"))
    selector = as_dict(spec.get("selector"))
    if not selector or spec.get("type") == "ExternalName":
        return None
    namespace, svc_name = namespaced_name(service)
    ports: list[Doc] = []
    for port in as_list(spec.get("ports")):
        entry = _container_port(port)
        if entry is not None and entry not in ports:
            ports.append(entry)
    labels = {str(k): str(v) for k, v in selector.items()}
    app = selector.get("app") or selector.get("app.kubernetes.io/name")
    name = slug(str(app or next(iter(labels.values())) or svc_name))
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
    if doc.get("kind") != "Service" or as_dict(doc.get("spec")).get("type") != "LoadBalancer":
        return False
    return not as_dict(as_dict(doc.get("status")).get("loadBalancer")).get("ingress")


def _fill_in(docs: list[Doc]) -> bool:
    """Write into the documents what a tutorial's abbreviated snippet leaves out; True
    when anything was written.

    - ``apiVersion`` of a core kind (``kind: Service`` alone is how snippets start);
    - a selector ``app: NAME`` on an abbreviated Service (:func:`abbreviated`) that has
      none, unless the manifests give it endpoints by hand (an Endpoints or
      EndpointSlice object): the snippet meant "a Service in front of the app". A
      complete manifest without a selector is deliberate (a Service only its DNS name
      is needed of, or one whose endpoints are managed elsewhere) and stays as
      written: Kubernetes gives it no endpoints, and the cards say so;
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
        snippet = abbreviated(doc)  # read before apiVersion is written in
        if isinstance(kind, str) and kind in _CORE_KINDS and "apiVersion" not in doc:
            doc["apiVersion"] = _CORE_KINDS[kind]
            changed = True
        if kind != "Service" or not isinstance(doc.get("spec"), dict):
            continue
        spec = doc["spec"]
        name = namespaced_name(doc)[1]
        if (
            snippet
            and "selector" not in spec
            and spec.get("type") != "ExternalName"
            and not manual
            and name
        ):
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


def abbreviated(doc: Mapping[Any, Any]) -> bool:
    """Whether ``doc`` is a snippet rather than a manifest ``kubectl apply`` accepts as
    written: it has no ``apiVersion``, or no ``metadata`` mapping with a ``name``.

    Tutorials abbreviate (``kind: Service`` and its ports, a ``spec:`` fragment under a
    heading); what such a snippet leaves out was meant, not left out on purpose. A
    complete manifest says everything its author meant, including what it omits.
    """
    metadata = doc.get("metadata")
    return (
        "apiVersion" not in doc
        or not isinstance(metadata, dict)
        or not isinstance(metadata.get("name"), str)
        or not metadata["name"]
    )


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
    selector = as_dict(as_dict(service.get("spec")).get("selector"))
    ports = [
        p for p in map(_container_port, as_list(as_dict(service.get("spec")).get("ports"))) if p
    ]
    if not selector or not ports:
        return False
    changed = False
    for doc in docs:
        if (
            doc.get("kind") not in ("Pod", "Deployment")
            or namespaced_name(doc)[0] != namespaced_name(service)[0]
        ):
            continue
        if not selects(selector, workload_labels(doc)):
            continue
        spec = as_dict(doc.get("spec"))
        if doc.get("kind") == "Deployment":
            spec = as_dict(as_dict(spec.get("template")).get("spec"))
        containers = [c for c in as_list(spec.get("containers")) if isinstance(c, dict)]
        if containers and not any("ports" in c for c in containers):
            containers[0]["ports"] = copy.deepcopy(ports)
            changed = True
    return changed


_RUNS_PODS = frozenset({"Pod", "Deployment", "StatefulSet", "DaemonSet"})


def complete_manifests(text: str) -> str:
    """The document's manifests plus what makes them runnable, appended after them.

    For every Service with a selector (its own, or the one :func:`_fill_in` gives an
    abbreviated Service) that no Pod, Deployment, StatefulSet or DaemonSet in the text
    matches, a Deployment of two pods is added whose labels are the
    selector and whose containers listen on each targetPort (a named targetPort
    becomes a named container port 8080). Namespaces that are used but not declared are declared.
    What :func:`_fill_in` lists is written into the documents themselves. The
    document's own text is kept verbatim at the top unless something had to be
    written into it.

    Never raises: text that is not YAML, or objects of any malformed shape, are left
    as they are for the evaluator to refuse with a reason.
    """
    docs = load_documents(text)
    if _fill_in(docs):
        text = dump_documents(docs)
    # Every kind whose pods the evaluator runs: a Service in front of a StatefulSet the
    # document defines needs no invented Deployment.
    workloads = [d for d in docs if d.get("kind") in _RUNS_PODS]
    added: list[Doc] = []
    declared = {namespaced_name(d)[1] for d in docs if d.get("kind") == "Namespace"}
    builtin = {"default", "kube-system", "kube-public"}
    namespaces: list[Doc] = []
    for doc in docs:
        namespace = namespaced_name(doc)[0]
        if namespace not in builtin | declared:
            namespaces.append(
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}}
            )
            declared.add(namespace)
    for doc in docs:
        if doc.get("kind") != "Service":
            continue
        selector = as_dict(as_dict(doc.get("spec")).get("selector"))
        namespace = namespaced_name(doc)[0]
        if any(
            namespaced_name(w)[0] == namespace and selects(selector, workload_labels(w))
            for w in workloads + added
        ):
            continue
        backing = _backing_deployment(doc)
        if backing is not None:
            added.append(backing)
    if not added and not namespaces:
        return text
    # Objects are applied in listed order: namespaces first, the document, then its pods.
    parts = [dump_documents(namespaces)] if namespaces else []
    parts.append(text if text.endswith("\n") else text + "\n")
    if added:
        parts.append(dump_documents(added))
    return "---\n".join(parts)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def intended_service(scenario: ScenarioLike) -> str:
    """The Service a scenario is about, as ``namespace/name`` ("" when it defines none).

    ``service:`` when the card says; else the Service its target names (the host's
    first label, and its second as the namespace when given), else the one whose
    clusterIP the target is, else the first Service of its manifests. No evaluation:
    a broken variation's request reaches nothing, and it is still about its Service.
    """
    if scenario.service:
        return scenario.service
    services = [d for d in load_documents(scenario.manifests) if d.get("kind") == "Service"]
    if not services:
        return ""
    target = scenario.request.get("to", "")
    host = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", target.strip())
    host = re.split(r"[:/?#]", host, maxsplit=1)[0].lower()
    labels = host.split(".")
    for doc in services:
        namespace, name = namespaced_name(doc)
        if labels[0] == name and (len(labels) == 1 or labels[1] in (namespace, "")):
            return f"{namespace}/{name}"
        if host and as_dict(doc.get("spec")).get("clusterIP") == host:
            return f"{namespace}/{name}"
    return "/".join(namespaced_name(services[0]))
