"""The cluster state: objects applied in order, as the API server and controllers would.

:func:`build_cluster` applies each manifest in listed order: namespace admission (R27),
decoding, defaulting (R28-R33), allocation (R34-R42), validation (R1-R26), and stores
what survives. The finished :class:`Cluster` is read-only apart from its endpoint
cache and is pre-indexed (services by name, ClusterIP, nodePort, external address;
pods by name, IP and label) so that one request costs a few dictionary look-ups.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from quizkit.errors import ManifestError
from quizkit.routing.apiserver import (
    NODE_PORT_MAX,
    NODE_PORT_MIN,
    SERVICE_CIDR,
    Allocators,
    apply_service,
)
from quizkit.routing.conventions import DEFAULT_NODES
from quizkit.routing.decode import decode_error
from quizkit.routing.fielderr import (
    Problem,
    duplicate,
    forbidden,
    invalid,
    is_dns1123_label,
    is_dns1123_subdomain,
    is_valid_ip,
    is_valid_port_num,
    not_supported,
    required,
    too_many,
)
from quizkit.routing.loader import go_string
from quizkit.routing.objects import (
    Container,
    PodSpecView,
    Reader,
    Service,
    SliceEndpoint,
    UserSlice,
    decode_endpoints,
    decode_pod_spec,
    decode_service,
    decode_slice,
)
from quizkit.routing.result import FieldError
from quizkit.routing.validation import (
    non_special_ip,
    validate_labels,
    validate_name,
    validate_pod_spec,
    validate_workload_selector,
)

__all__ = [
    "BUILTIN_NAMESPACES",
    "CLUSTER_DOMAIN",
    "DEFAULT_NODES",
    "NODE_PORT_MAX",
    "NODE_PORT_MIN",
    "SERVICE_CIDR",
    "Cluster",
    "EndpointRecord",
    "Node",
    "Pod",
    "ServiceEndpoints",
    "build_cluster",
]

CLUSTER_DOMAIN = "cluster.local"
POD_CIDR = ipaddress.ip_network("10.244.0.0/16")
BUILTIN_NAMESPACES = ("default", "kube-system", "kube-public")
#: Declared Nodes without an InternalIP get 192.168.10.11, .12, ... in order.
FIRST_NODE_IP = ipaddress.ip_address("192.168.10.11")
FIRST_POD_HOST = 10
#: The kubelet's default ``--max-pods``: a node runs at most 110 pods; later ones stay
#: Pending without an IP (the scheduler finds no room).
MAX_PODS_PER_NODE = 110
MAX_POD_HOST = FIRST_POD_HOST + MAX_PODS_PER_NODE - 1
# Kubernetes' tested scalability limits for one cluster (sig-scalability thresholds): the
# evaluator refuses manifests beyond them with one clear error instead of building, say,
# a hundred million pods from one `replicas:` line.
MAX_NODES = 5000
MAX_PODS = 150_000
MAX_SERVICES = 10_000
#: discovery/v1 validation: at most 1,000 endpoints per slice, 100 addresses each.
MAX_SLICE_ENDPOINTS = 1000
MAX_SLICE_ADDRESSES = 100


@dataclass(frozen=True)
class Node:
    """A node: its name, InternalIP and index (which also picks its /24 of pod IPs)."""

    name: str
    ip: str
    index: int


@dataclass(frozen=True)
class Pod:
    """A pod as the cluster runs it."""

    namespace: str
    name: str
    labels: Mapping[str, str]
    node_name: str
    ip: str | None
    phase: str
    ready: bool
    terminating: bool
    spec: PodSpecView
    seq: int

    @property
    def key(self) -> str:
        return f"{self.namespace}/{self.name}"

    @property
    def containers(self) -> tuple[Container, ...]:
        """Regular containers, then restartable init containers (``FindPort`` order)."""
        return self.spec.containers + self.spec.init_containers

    def listens(self, port: int, protocol: str) -> bool:
        """M1: a pod accepts connections only on a (containerPort, protocol) it declares."""
        return any(
            p.container_port == port and p.protocol == protocol
            for c in self.containers
            for p in c.ports
        )

    def find_port(self, name: str, protocol: str) -> int | None:
        """R47: ``FindPort``: a named port by name and protocol, first container first."""
        for c in self.containers:
            for p in c.ports:
                if p.name == name and p.protocol == protocol:
                    return p.container_port
        return None


@dataclass(frozen=True)
class EndpointRecord:
    """One endpoint of one Service port, as kube-proxy sees it."""

    ip: str
    port: int
    node: str
    ready: bool
    serving: bool
    terminating: bool
    pod: Pod | None
    listens: bool


@dataclass(frozen=True)
class DNSRecord:
    """A headless Service's A record: an endpoint address and its hostname."""

    ip: str
    hostname: str
    ready: bool
    pod: Pod | None


@dataclass(frozen=True)
class ServiceEndpoints:
    """All endpoints of a Service: per (port name, protocol), and for DNS."""

    by_port: Mapping[tuple[str, str], tuple[EndpointRecord, ...]]
    dns: tuple[DNSRecord, ...]


@dataclass
class Cluster:
    """The applied state, its errors and warnings, and the look-up indexes."""

    nodes: list[Node] = field(default_factory=list)
    namespaces: set[str] = field(default_factory=lambda: set(BUILTIN_NAMESPACES))
    services: dict[str, Service] = field(default_factory=dict)
    pods: dict[str, Pod] = field(default_factory=dict)
    slices: dict[str, UserSlice] = field(default_factory=dict)
    legacy_endpoints: dict[str, tuple[UserSlice, ...]] = field(default_factory=dict)
    deployments: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: list[FieldError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)
    refused_types: dict[str, str] = field(default_factory=dict)
    alloc: Allocators = field(default_factory=Allocators)
    _seq: int = 0
    _pod_hosts: dict[str, int] = field(default_factory=dict)
    _bare_pods: int = 0
    # indexes, built by finish()
    node_by_name: dict[str, Node] = field(default_factory=dict)
    node_by_ip: dict[str, Node] = field(default_factory=dict)
    service_by_cluster_ip: dict[str, Service] = field(default_factory=dict)
    services_by_external_ip: dict[str, list[Service]] = field(default_factory=dict)
    services_by_lb_ip: dict[str, list[Service]] = field(default_factory=dict)
    service_by_node_port: dict[int, Service] = field(default_factory=dict)
    pods_by_ip: dict[str, list[Pod]] = field(default_factory=dict)
    pods_by_label: dict[tuple[str, str, str], list[Pod]] = field(default_factory=dict)
    pods_by_namespace: dict[str, list[Pod]] = field(default_factory=dict)
    pods_by_node: dict[str, list[Pod]] = field(default_factory=dict)
    slices_by_service: dict[str, list[UserSlice]] = field(default_factory=dict)
    _endpoints: dict[str, ServiceEndpoints] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors

    # --- reporting --------------------------------------------------------------

    def refuse(self, obj: str, problems: Iterable[Problem]) -> None:
        # objects passed as Python data may carry lone surrogates, which cannot be printed
        shown = go_string(obj)
        for p in problems:
            self.errors.append(FieldError(shown, go_string(p.field), go_string(p.message)))
        self.refused.add(obj)

    # --- indexes ------------------------------------------------------------------

    def finish(self) -> None:
        """Build the look-up indexes once everything is applied."""
        self.node_by_name = {n.name: n for n in self.nodes}
        self.node_by_ip = {n.ip: n for n in self.nodes}
        for svc in self.services.values():
            if svc.type == "ExternalName" or svc.headless or not svc.cluster_ip:
                continue  # R56: kube-proxy skips these
            self.service_by_cluster_ip[svc.cluster_ip] = svc
            for ip in svc.external_ips:
                self.services_by_external_ip.setdefault(ip, []).append(svc)
            for ing in svc.ingress:
                if ing.ip:
                    self.services_by_lb_ip.setdefault(ing.ip, []).append(svc)
            for sp in svc.ports:
                if sp.node_port:
                    self.service_by_node_port[sp.node_port] = svc
        for pod in sorted(self.pods.values(), key=lambda p: p.seq):
            self.pods_by_namespace.setdefault(pod.namespace, []).append(pod)
            self.pods_by_node.setdefault(pod.node_name, []).append(pod)
            if pod.ip:
                self.pods_by_ip.setdefault(pod.ip, []).append(pod)
            for k, v in pod.labels.items():
                self.pods_by_label.setdefault((pod.namespace, k, v), []).append(pod)
        for sl in self.slices.values():
            if sl.service_name:
                key = f"{sl.namespace}/{sl.service_name}"
                self.slices_by_service.setdefault(key, []).append(sl)
        for key, mirrored in self.legacy_endpoints.items():
            owner = self.services.get(key)
            if owner is not None and not owner.selector:
                # the mirroring controller copies Endpoints only for selectorless Services
                self.slices_by_service.setdefault(key, []).extend(mirrored)

    # --- endpoints (EndpointSlice controller + kube-proxy's slice cache) -----------

    def selected_pods(self, svc: Service) -> list[Pod]:
        """R44: pods of the Service's namespace carrying every selector pair."""
        assert svc.selector
        lists = [self.pods_by_label.get((svc.namespace, k, v), []) for k, v in svc.selector.items()]
        smallest = min(lists, key=len)
        sel = svc.selector
        return [p for p in smallest if all(p.labels.get(k) == v for k, v in sel.items())]

    def endpoints(self, svc: Service) -> ServiceEndpoints:
        """Endpoints of a Service, computed once and cached (R43-R49)."""
        cached = self._endpoints.get(svc.key)
        if cached is None:
            cached = self._compute_endpoints(svc)
            self._endpoints[svc.key] = cached
        return cached

    def _compute_endpoints(self, svc: Service) -> ServiceEndpoints:
        by_port: dict[tuple[str, str], list[EndpointRecord]] = {
            (sp.name, sp.protocol): [] for sp in svc.ports
        }
        dns: list[DNSRecord] = []
        if svc.type == "ExternalName":
            return ServiceEndpoints({}, ())  # R43
        if svc.selector:
            for pod in self.selected_pods(svc):
                if not pod_in_endpoints(pod, svc, self.node_by_name):
                    continue
                serving = pod.ready
                ready = svc.publish_not_ready or (serving and not pod.terminating)  # R46
                hostname = ""
                if pod.spec.hostname and pod.spec.subdomain == svc.name:  # R48
                    hostname = pod.spec.hostname
                assert pod.ip is not None
                dns.append(DNSRecord(pod.ip, hostname, ready, pod))
                for sp in svc.ports:
                    port = target_port_for(pod, sp.target_port, sp.protocol)
                    if port is None:
                        continue  # R47: no such named port, no traffic on it
                    by_port[(sp.name, sp.protocol)].append(
                        EndpointRecord(
                            pod.ip,
                            port,
                            pod.node_name,
                            ready,
                            serving,
                            pod.terminating,
                            pod,
                            pod.listens(port, sp.protocol),
                        )
                    )
        for sl in self.slices_by_service.get(svc.key, []):
            if sl.address_type != "IPv4":
                continue
            for ep in sl.endpoints:
                if not ep.addresses:
                    continue
                ref = self.pods.get(ep.pod) if ep.pod else None
                dns.append(DNSRecord(ep.addresses[0], ep.hostname, ep.ready, ref))
                for slp in sl.ports:
                    key = (slp.name, slp.protocol)  # R49: matched by (name, protocol)
                    if key in by_port and slp.port is not None:
                        by_port[key].append(
                            EndpointRecord(
                                ep.addresses[0],
                                slp.port,
                                ep.node_name,
                                ep.ready,
                                ep.serving,
                                ep.terminating,
                                ref,
                                True,  # M1: hand-made endpoints are assumed to listen
                            )
                        )
        return ServiceEndpoints({k: tuple(v) for k, v in by_port.items()}, tuple(dns))


def pod_in_endpoints(pod: Pod, svc: Service, nodes: Mapping[str, Node]) -> bool:
    """R45: not Succeeded/Failed, has an IP, and (unless publishNotReadyAddresses) runs
    on a Node that exists (ESUT ``ShouldPodBeInEndpoints``; ESR node lookup)."""
    if pod.phase in ("Succeeded", "Failed") or not pod.ip:
        return False
    return svc.publish_not_ready or pod.node_name in nodes


def target_port_for(pod: Pod, target: int | str, protocol: str) -> int | None:
    """R47: an int targetPort as-is; a name through ``FindPort`` (ESU ``getEndpointPorts``)."""
    if isinstance(target, int):
        return target
    return pod.find_port(target, protocol)


# === applying manifests ================================================================

Doc = Mapping[str, Any]


def _object_key(kind: str, namespace: str | None, name: str) -> str:
    return f"{kind}/{namespace}/{name}" if namespace is not None else f"{kind}/{name}"


def build_cluster(docs: Sequence[Doc]) -> Cluster:
    """Apply documents in listed order (M6); Nodes are registered first."""
    cluster = Cluster()
    node_docs = [d for d in docs if d.get("kind") == "Node"]
    node_names = {
        str(d.get("metadata", {}).get("name"))
        for d in node_docs
        if isinstance(d.get("metadata"), Mapping)
    }
    if len(node_names) > MAX_NODES:
        raise ManifestError(
            f"{len(node_names):,} Nodes: the evaluator models at most {MAX_NODES:,} "
            "(Kubernetes' tested limit for one cluster)"
        )
    if node_docs:
        for doc in node_docs:
            if not _decoded(cluster, doc):
                continue
            _apply_node(cluster, doc)
    else:
        cluster.nodes = [Node(n, ip, i) for i, (n, ip) in enumerate(DEFAULT_NODES)]
    cluster.node_by_name = {n.name: n for n in cluster.nodes}
    for doc in docs:
        kind = doc.get("kind")
        if kind == "Node":
            continue
        handler = _HANDLERS.get(str(kind))
        api = str(doc.get("apiVersion", ""))
        if handler is None or api not in _API_VERSIONS[str(kind)]:
            meta = doc.get("metadata")
            name = meta.get("name", "") if isinstance(meta, Mapping) else ""
            cluster.warnings.append(
                go_string(f"ignored {kind}/{name} ({api or 'no apiVersion'}): kind not modelled")
            )
            continue
        if _decoded(cluster, doc):
            handler(cluster, doc)
    cluster.finish()
    return cluster


def _decoded(cluster: Cluster, doc: Doc) -> bool:
    """Decoding runs before admission and validation: a value of the wrong JSON type
    refuses the object with the decoder's one message (:mod:`quizkit.routing.decode`)."""
    kind = str(doc.get("kind"))
    message = decode_error(kind, str(doc.get("apiVersion", "")), doc)
    if message is None:
        return True
    meta = doc.get("metadata")
    meta = meta if isinstance(meta, Mapping) else {}
    name = meta.get("name") if isinstance(meta.get("name"), str) else ""
    namespace = None
    if kind not in ("Namespace", "Node"):
        raw = meta.get("namespace")
        namespace = raw if isinstance(raw, str) and raw else "default"
    obj = _object_key(kind, namespace, str(name))
    cluster.refuse(obj, [Problem("", message)])
    if kind == "Service":
        spec = doc.get("spec")
        raw_type = spec.get("type") if isinstance(spec, Mapping) else None
        cluster.refused_types[obj] = raw_type if isinstance(raw_type, str) else "ClusterIP"
    return False


def _admit(
    cluster: Cluster, kind: str, doc: Doc
) -> tuple[str, str, str, Reader, list[Problem]] | None:
    """Read metadata; R27: the NamespaceLifecycle admission plugin refuses objects in a
    namespace that does not exist (plugin/pkg/admission/namespace/lifecycle)."""
    problems: list[Problem] = []
    meta = Reader(doc.get("metadata"), "metadata", problems)
    name = meta.string("name")
    namespace = meta.string("namespace") or "default"
    obj = _object_key(kind, namespace, name)
    if namespace not in cluster.namespaces:
        cluster.refuse(obj, [Problem("metadata.namespace", f'namespaces "{namespace}" not found')])
        return None
    return obj, namespace, name, meta, problems


def _apply_namespace(cluster: Cluster, doc: Doc) -> None:
    problems: list[Problem] = []
    meta = Reader(doc.get("metadata"), "metadata", problems)
    name = meta.string("name")
    problems += validate_name(name, is_dns1123_label)
    if problems:
        cluster.refuse(_object_key("Namespace", None, name), problems)
        return
    cluster.namespaces.add(name)


def _apply_node(cluster: Cluster, doc: Doc) -> None:
    problems: list[Problem] = []
    meta = Reader(doc.get("metadata"), "metadata", problems)
    status = Reader(doc.get("status"), "status", problems)
    name = meta.string("name")
    problems += validate_name(name, is_dns1123_subdomain)
    ip = ""
    for i, addr in enumerate(status.each("addresses")):
        if addr.string("type") == "InternalIP" and not ip:
            ip = addr.string("address")
            problems += [invalid(f"status.addresses[{i}].address", ip, m) for m in is_valid_ip(ip)]
    if problems:
        cluster.refuse(_object_key("Node", None, name), problems)
        return
    # a node's index is its position in cluster.nodes: an update replaces it in place
    existing = cluster.node_by_name.get(name)
    if existing is not None:
        node = Node(name, ip or existing.ip, existing.index)
        cluster.nodes[existing.index] = node
    else:
        index = len(cluster.nodes)
        node = Node(name, ip or str(FIRST_NODE_IP + index), index)
        cluster.nodes.append(node)
    cluster.node_by_name[name] = node


# --- Services ----------------------------------------------------------------------------


def _apply_service(cluster: Cluster, doc: Doc) -> None:
    """Admission, decoding, then the API server's create or update pipeline
    (:func:`quizkit.routing.apiserver.apply_service`)."""
    admitted = _admit(cluster, "Service", doc)
    if admitted is None:
        spec = doc.get("spec")
        raw_type = spec.get("type") if isinstance(spec, Mapping) else None
        cluster.refused_types[cluster.errors[-1].object] = str(raw_type or "ClusterIP")
        return
    obj, namespace, _name, meta, problems = admitted
    spec = Reader(doc.get("spec"), "spec", problems)
    status = Reader(doc.get("status"), "status", problems)
    svc = decode_service(meta, spec, status, namespace)
    cluster.refused_types[obj] = svc.type or "ClusterIP"
    if problems:
        cluster.refuse(obj, problems)
        return
    old = cluster.services.get(svc.key)
    if old is None and len(cluster.services) >= MAX_SERVICES:
        raise ManifestError(
            f"more than {MAX_SERVICES:,} Services: the evaluator models one cluster within "
            "Kubernetes' tested limits",
            field=obj,
        )
    svc = _valid_ingress(cluster, obj, svc)
    svc, problems = apply_service(cluster.alloc, svc, old)
    if problems:
        cluster.refuse(obj, problems)
        return
    cluster.services[svc.key] = svc
    cluster.refused.discard(obj)
    cluster.refused_types.pop(obj, None)


def _valid_ingress(cluster: Cluster, obj: str, svc: Service) -> Service:
    """The manifest's ``status.loadBalancer`` stands for the cloud controller's status
    write, which the API server validates on its own (VAL ``ValidateLoadBalancerStatus``):
    an entry with a bad ``ip`` or ``hostname`` is not written, so the Service stays
    pending for it; the model says so in a warning."""
    kept = []
    for i, ing in enumerate(svc.ingress):
        path = f"status.loadBalancer.ingress[{i}]"
        why = is_valid_ip(ing.ip) if ing.ip else []
        if ing.hostname:
            why = why + is_dns1123_subdomain(ing.hostname)
            if not is_valid_ip(ing.hostname):
                why.append("must be a DNS name, not an IP address")
        if why:
            shown = ing.ip if ing.ip and is_valid_ip(ing.ip) else ing.hostname
            cluster.warnings.append(go_string(f"ignored {obj} {path} ({shown!r}): {why[0]}"))
        else:
            kept.append(ing)
    return replace(svc, ingress=tuple(kept)) if len(kept) != len(svc.ingress) else svc


# --- Pods and Deployments ---------------------------------------------------------------


def _next_pod_ip(cluster: Cluster, node: Node) -> str | None:
    host = cluster._pod_hosts.get(node.name, FIRST_POD_HOST)
    if host > MAX_POD_HOST or node.index > 255:
        return None  # the node's /24 of pod IPs is exhausted: the pod stays Pending
    cluster._pod_hosts[node.name] = host + 1
    return f"10.244.{node.index}.{host}"


def peek_pod_ip(cluster: Cluster, node: Node) -> str:
    """The IP the next pod on ``node`` would get (used for ad-hoc client pods)."""
    host = cluster._pod_hosts.get(node.name, FIRST_POD_HOST)
    return f"10.244.{node.index}.{min(host, MAX_POD_HOST)}"


def _place(cluster: Cluster, index: int) -> str:
    return cluster.nodes[index % len(cluster.nodes)].name if cluster.nodes else ""


def _make_pod(
    cluster: Cluster,
    namespace: str,
    name: str,
    labels: Mapping[str, str],
    spec: PodSpecView,
    node_name: str,
    status: Reader | None,
    terminating: bool,
) -> Pod:
    node = cluster.node_by_name.get(node_name)
    given_ip = status.string("podIP") if status is not None else ""
    phase = status.string("phase") if status is not None else ""
    ip: str | None
    if spec.host_network and node is not None:
        ip = node.ip
    elif given_ip:
        ip = given_ip
    elif node is not None and phase in ("", "Running", "Pending"):
        ip = _next_pod_ip(cluster, node) if phase != "Pending" else None
    else:
        ip = None
    if not phase:
        phase = "Running" if ip and node is not None else "Pending"
    ready = phase == "Running"
    if status is not None:
        for cond in status.each("conditions"):
            if cond.string("type") == "Ready":
                ready = cond.string("status") == "True"
    cluster._seq += 1
    return Pod(
        namespace, name, dict(labels), node_name, ip, phase, ready, terminating, spec, cluster._seq
    )


def _apply_pod(cluster: Cluster, doc: Doc) -> None:
    admitted = _admit(cluster, "Pod", doc)
    if admitted is None:
        return
    obj, namespace, name, meta, problems = admitted
    labels = meta.str_map("labels") or {}
    spec_reader = Reader(doc.get("spec"), "spec", problems)
    spec = decode_pod_spec(spec_reader)
    status = Reader(doc.get("status"), "status", problems)
    if not problems:
        problems += validate_name(name, is_dns1123_subdomain)
        problems += validate_labels(labels, "metadata.labels")
        problems += validate_pod_spec(spec, "spec")
        pod_ip = status.string("podIP")
        if pod_ip:
            problems += [invalid("status.podIP", pod_ip, m) for m in is_valid_ip(pod_ip)]
    key = f"{namespace}/{name}"
    old = cluster.pods.get(key)
    if not problems and old is not None and _pod_spec_key(old.spec) != _pod_spec_key(spec):
        problems.append(
            forbidden(
                "spec",
                "pod updates may not change fields other than `spec.containers[*].image`,"
                "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
                "`spec.tolerations` (only additions to existing tolerations),"
                "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was "
                "previously negative)",
            )
        )
    if problems:
        cluster.refuse(obj, problems)
        return
    terminating = meta.has("deletionTimestamp")
    if old is not None:
        pod = replace(
            old,
            labels=dict(labels),
            terminating=terminating,
            phase=status.string("phase") or old.phase,
            ready=_ready_from(status, old.ready),
            ip=status.string("podIP") or old.ip,
        )
        cluster.pods[key] = pod
        return
    _check_pod_count(cluster, 1, obj)
    node_name = spec.node_name
    if not node_name:
        node_name = _place(cluster, cluster._bare_pods)
        cluster._bare_pods += 1
    cluster.pods[key] = _make_pod(
        cluster, namespace, name, labels, spec, node_name, status, terminating
    )
    cluster.refused.discard(obj)


def _check_pod_count(cluster: Cluster, more: int, obj: str) -> None:
    """Refuse to model more than :data:`MAX_PODS` pods (one ``replicas:`` line must not
    build a hundred million)."""
    if len(cluster.pods) + more > MAX_PODS:
        raise ManifestError(
            f"{len(cluster.pods) + more:,} pods: the evaluator models at most {MAX_PODS:,} "
            "pods in a cluster (Kubernetes' tested limit); lower the replicas",
            field=obj,
        )


def _ready_from(status: Reader, default: bool) -> bool:
    for cond in status.each("conditions"):
        if cond.string("type") == "Ready":
            return cond.string("status") == "True"
    return default


def _pod_spec_key(spec: PodSpecView) -> tuple[Any, ...]:
    return (spec.containers, spec.init_containers, spec.host_network, spec.node_name)


def match_selector(
    labels: Mapping[str, str], match: Mapping[str, str], exprs: Sequence[Reader]
) -> bool:
    """A ``metav1.LabelSelector``: matchLabels and In/NotIn/Exists/DoesNotExist."""
    if any(labels.get(k) != v for k, v in match.items()):
        return False
    for e in exprs:
        key, op, values = e.string("key"), e.string("operator"), e.str_list("values")
        present = key in labels
        if (
            (op == "In" and (not present or labels[key] not in values))
            or (op == "NotIn" and present and labels[key] in values)
            or (op == "Exists" and not present)
            or (op == "DoesNotExist" and present)
        ):
            return False
    return True


def _selector_text(spec: Reader, match: Mapping[str, str] | None) -> str:
    """Go's ``%#v`` of the dereferenced ``metav1.LabelSelector`` ("" when absent)."""
    if not spec.has("selector"):
        return ""
    if match is None:
        labels = "map[string]string(nil)"
    else:
        pairs = ", ".join(f'"{k}":"{v}"' for k, v in sorted(match.items()))
        labels = "map[string]string{" + pairs + "}"
    exprs = "[]v1.LabelSelectorRequirement(nil)"
    return f"v1.LabelSelector{{MatchLabels:{labels}, MatchExpressions:{exprs}}}"


def _apply_workload(cluster: Cluster, doc: Doc, kind: str) -> None:
    """M5: a Deployment stands for N Ready pods ``<name>-0..N-1`` placed round-robin; a
    StatefulSet likewise, each pod with hostname ``<pod>`` and subdomain ``serviceName``;
    a DaemonSet for one pod ``<name>-<node>`` per node."""
    admitted = _admit(cluster, kind, doc)
    if admitted is None:
        return
    obj, namespace, name, _meta, problems = admitted
    spec = Reader(doc.get("spec"), "spec", problems)
    replicas = spec.integer("replicas", 1)
    service_name = spec.string("serviceName")
    sel = spec.obj("selector")
    match = sel.str_map("matchLabels")
    exprs = sel.each("matchExpressions")
    template = spec.obj("template")
    labels = template.obj("metadata").str_map("labels") or {}
    pod_spec = decode_pod_spec(template.obj("spec"))
    if not problems:
        problems += validate_name(name, is_dns1123_subdomain)
        if replicas < 0 and kind != "DaemonSet":
            problems.append(
                invalid("spec.replicas", replicas, "must be greater than or equal to 0")
            )
        problems += validate_workload_selector(
            kind,
            match,
            len(exprs),
            match_selector(labels, match or {}, exprs),
            labels,
            _selector_text(spec, match),
        )
        problems += validate_labels(labels, "spec.template.metadata.labels")
        problems += validate_pod_spec(pod_spec, "spec.template.spec")
    if problems:
        cluster.refuse(obj, problems)
        return
    key = f"{kind}/{namespace}/{name}"
    wanted = len(cluster.nodes) if kind == "DaemonSet" else replicas
    _check_pod_count(cluster, wanted - len(cluster.deployments.get(key, ())), obj)
    for old in cluster.deployments.get(key, ()):
        cluster.pods.pop(old, None)
    if kind == "DaemonSet":
        placements = [(f"{name}-{node.name}", node.name) for node in cluster.nodes]
    else:
        placements = [
            (f"{name}-{i}", pod_spec.node_name or _place(cluster, i)) for i in range(replicas)
        ]
    keys = []
    for pod_name, node_name in placements:
        spec_view = pod_spec
        if kind == "StatefulSet":
            spec_view = replace(pod_spec, hostname=pod_name, subdomain=service_name)
        cluster.pods[f"{namespace}/{pod_name}"] = _make_pod(
            cluster, namespace, pod_name, labels, spec_view, node_name, None, False
        )
        keys.append(f"{namespace}/{pod_name}")
    cluster.deployments[key] = tuple(keys)
    cluster.refused.discard(obj)


def _apply_slice(cluster: Cluster, doc: Doc) -> None:
    admitted = _admit(cluster, "EndpointSlice", doc)
    if admitted is None:
        return
    obj, namespace, name, meta, problems = admitted
    body = Reader(doc, "", problems)
    sl = decode_slice(meta, body, namespace)
    if not problems:
        problems += validate_name(name, is_dns1123_subdomain)
        types = ("FQDN", "IPv4", "IPv6")
        if not sl.address_type:
            problems.append(required("addressType"))
        elif sl.address_type not in types:
            problems.append(not_supported("addressType", sl.address_type, types))
        if len(sl.endpoints) > MAX_SLICE_ENDPOINTS:
            problems.append(too_many("endpoints", len(sl.endpoints), MAX_SLICE_ENDPOINTS))
        for i, ep in enumerate(sl.endpoints if len(sl.endpoints) <= MAX_SLICE_ENDPOINTS else ()):
            if not ep.addresses:
                problems.append(
                    required(f"endpoints[{i}].addresses", "must contain at least 1 address")
                )
            elif len(ep.addresses) > MAX_SLICE_ADDRESSES:
                problems.append(
                    too_many(f"endpoints[{i}].addresses", len(ep.addresses), MAX_SLICE_ADDRESSES)
                )
            if sl.address_type == "IPv4":
                for j, addr in enumerate(ep.addresses):
                    path = f"endpoints[{i}].addresses[{j}]"
                    try:
                        ok = ipaddress.ip_address(addr).version == 4
                    except ValueError:
                        ok = False
                    if not ok:
                        problems.append(invalid(path, addr, "must be a valid IPv4 address"))
                    else:
                        problems += non_special_ip(path, addr)
            problems += _endpoint_names(ep, f"endpoints[{i}]", hostname_first=False)
        names: set[str] = set()
        for i, p in enumerate(sl.ports):
            if p.name:
                problems += [
                    invalid(f"ports[{i}].name", p.name, m) for m in is_dns1123_label(p.name)
                ]
                if p.name in names:
                    problems.append(duplicate(f"ports[{i}].name", p.name))
                names.add(p.name)
            if p.port is not None:
                problems += [
                    invalid(f"ports[{i}].port", p.port, m) for m in is_valid_port_num(p.port)
                ]
            if p.protocol not in ("SCTP", "TCP", "UDP"):
                problems.append(
                    not_supported(f"ports[{i}].protocol", p.protocol, ("SCTP", "TCP", "UDP"))
                )
    if problems:
        cluster.refuse(obj, problems)
        return
    cluster.slices[f"{namespace}/{name}"] = sl
    cluster.refused.discard(obj)


def _endpoint_names(ep: SliceEndpoint, path: str, hostname_first: bool) -> list[Problem]:
    """An endpoint's ``nodeName`` is a node name (a DNS subdomain) and its ``hostname`` a
    DNS label; slices check the node first (discovery validation ``validateEndpoints``),
    legacy Endpoints the hostname (VAL ``validateEndpointAddress``)."""
    node: list[Problem] = []
    host: list[Problem] = []
    if ep.node_name:
        node = [
            invalid(f"{path}.nodeName", ep.node_name, m) for m in is_dns1123_subdomain(ep.node_name)
        ]
    if ep.hostname:
        host = [invalid(f"{path}.hostname", ep.hostname, m) for m in is_dns1123_label(ep.hostname)]
    return host + node if hostname_first else node + host


def _apply_endpoints(cluster: Cluster, doc: Doc) -> None:
    """Legacy ``v1/Endpoints``: validated (VAL ``ValidateEndpoints``: IPs valid and not
    special, ports 1..65535 with a protocol) and kept for mirroring."""
    admitted = _admit(cluster, "Endpoints", doc)
    if admitted is None:
        return
    obj, namespace, name, meta, problems = admitted
    body = Reader(doc, "", problems)
    mirrored = decode_endpoints(meta, body, namespace)
    if not problems:
        problems += validate_name(name, is_dns1123_subdomain)
        for i, sl in enumerate(mirrored):
            ready_count = sum(1 for e in sl.endpoints if e.ready)  # addresses come first
            for j, ep in enumerate(sl.endpoints):
                ip = ep.addresses[0]
                kind = "addresses" if ep.ready else "notReadyAddresses"
                index = j if ep.ready else j - ready_count
                path = f"subsets[{i}].{kind}[{index}].ip"
                msgs = is_valid_ip(ip)
                problems += [invalid(path, ip, m) for m in msgs]
                problems += _endpoint_names(ep, path.removesuffix(".ip"), hostname_first=True)
                if not msgs:
                    problems += non_special_ip(path, ip)
            for j, p in enumerate(sl.ports):
                if p.port is not None:
                    problems += [
                        invalid(f"subsets[{i}].ports[{j}].port", p.port, m)
                        for m in is_valid_port_num(p.port)
                    ]
                if p.protocol not in ("SCTP", "TCP", "UDP"):
                    problems.append(
                        not_supported(
                            f"subsets[{i}].ports[{j}].protocol", p.protocol, ("SCTP", "TCP", "UDP")
                        )
                    )
    if problems:
        cluster.refuse(obj, problems)
        return
    cluster.legacy_endpoints[f"{namespace}/{name}"] = mirrored
    cluster.refused.discard(obj)


_HANDLERS: dict[str, Callable[[Cluster, Doc], None]] = {
    "DaemonSet": lambda c, d: _apply_workload(c, d, "DaemonSet"),
    "Deployment": lambda c, d: _apply_workload(c, d, "Deployment"),
    "StatefulSet": lambda c, d: _apply_workload(c, d, "StatefulSet"),
    "Endpoints": _apply_endpoints,
    "Namespace": _apply_namespace,
    "Service": _apply_service,
    "Pod": _apply_pod,
    "EndpointSlice": _apply_slice,
}

_API_VERSIONS: dict[str, tuple[str, ...]] = {
    "DaemonSet": ("apps/v1",),
    "StatefulSet": ("apps/v1",),
    "Endpoints": ("v1",),
    "Namespace": ("v1",),
    "Service": ("v1",),
    "Pod": ("v1",),
    "Deployment": ("apps/v1",),
    "EndpointSlice": ("discovery.k8s.io/v1",),
}
