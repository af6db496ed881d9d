"""Typed, frozen views of the manifests the evaluator understands.

Decoding is the API server's first step: a value of the wrong JSON type is refused
before any validation runs (``json: cannot unmarshal ...``). :class:`Reader` does that
step and records a :class:`~quizkit.routing.fielderr.Problem` per bad field; the
``decode_*`` functions build the frozen objects the rest of the package works on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from quizkit.routing.fielderr import Problem

__all__ = [
    "Container",
    "ContainerPort",
    "DNSConfig",
    "LBIngress",
    "PodSpecView",
    "Reader",
    "Service",
    "ServicePort",
    "SliceEndpoint",
    "SlicePort",
    "UserSlice",
    "decode_endpoints",
    "decode_pod_spec",
    "decode_service",
    "decode_slice",
]


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return "null" if value is None else type(value).__name__


class Reader:
    """Reads typed fields out of one mapping, recording type errors by field path."""

    def __init__(self, data: object, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            self._bad(path, data, "object")
            data = {}
        self.data: Mapping[str, Any] = data

    def _child(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _bad(self, path: str, value: object, expected: str) -> None:
        self.problems.append(
            Problem(path, f'Invalid value: got "{_type_name(value)}", expected "{expected}"')
        )

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def string(self, key: str, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        self._bad(self._child(key), value, "string")
        return default

    def opt_str(self, key: str) -> str | None:
        return self.string(key) if self.has(key) else None

    def integer(self, key: str, default: int = 0) -> int:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, float) and value.is_integer():
            return int(value)  # YAML 80.0 reaches the API server as JSON 80
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self._bad(self._child(key), value, "integer")
        return default

    def opt_int(self, key: str) -> int | None:
        return self.integer(key) if self.has(key) else None

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        self._bad(self._child(key), value, "boolean")
        return default

    def opt_bool(self, key: str) -> bool | None:
        return self.boolean(key) if self.has(key) else None

    def int_or_str(self, key: str) -> int | str:
        value = self.data.get(key)
        if value is None:
            return 0
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, int | str) and not isinstance(value, bool):
            return value
        self._bad(self._child(key), value, "integer or string")
        return 0

    def str_map(self, key: str) -> dict[str, str] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self._bad(self._child(key), value, "object")
            return None
        out: dict[str, str] = {}
        for k, v in value.items():
            if isinstance(v, str) and isinstance(k, str):
                out[k] = v
            else:
                self._bad(f"{self._child(key)}.{k}", v, "string")
        return out

    def str_list(self, key: str) -> list[str]:
        out: list[str] = []
        for i, item in enumerate(self.items(key)):
            if isinstance(item, str):
                out.append(item)
            else:
                self._bad(f"{self._child(key)}[{i}]", item, "string")
        return out

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self._bad(self._child(key), value, "array")
        return []

    def obj(self, key: str) -> Reader:
        return Reader(self.data.get(key), self._child(key), self.problems)

    def each(self, key: str) -> list[Reader]:
        return [
            Reader(item, f"{self._child(key)}[{i}]", self.problems)
            for i, item in enumerate(self.items(key))
        ]


# --- Service ---------------------------------------------------------------------


@dataclass(frozen=True)
class ServicePort:
    """One entry of ``spec.ports``."""

    name: str
    protocol: str
    port: int
    target_port: int | str
    node_port: int
    app_protocol: str | None = None


@dataclass(frozen=True)
class LBIngress:
    """One ``status.loadBalancer.ingress`` entry."""

    ip: str
    hostname: str
    ip_mode: str


@dataclass(frozen=True)
class Service:
    """A Service as the API server holds it (after defaulting and allocation)."""

    namespace: str
    name: str
    annotations: Mapping[str, str]
    type: str
    cluster_ip: str
    cluster_ips: tuple[str, ...]
    ip_families: tuple[str, ...]
    ip_family_policy: str | None
    selector: Mapping[str, str] | None
    ports: tuple[ServicePort, ...]
    session_affinity: str
    affinity_config_set: bool
    affinity_timeout: int | None
    external_ips: tuple[str, ...]
    external_name: str
    external_traffic_policy: str
    internal_traffic_policy: str | None
    health_check_node_port: int
    lb_source_ranges: tuple[str, ...]
    allocate_lb_node_ports: bool | None
    lb_class: str | None
    publish_not_ready: bool
    ingress: tuple[LBIngress, ...]

    @property
    def key(self) -> str:
        return f"{self.namespace}/{self.name}"

    @property
    def headless(self) -> bool:
        """``isHeadlessService``: ``clusterIPs == ["None"]``."""
        return len(self.cluster_ips) == 1 and self.cluster_ips[0] == "None"


def decode_service(meta: Reader, spec: Reader, status: Reader, namespace: str) -> Service:
    """Decode a Service's metadata, spec and status (no defaulting yet)."""
    ports = tuple(
        ServicePort(
            name=p.string("name"),
            protocol=p.string("protocol"),
            port=p.integer("port"),
            target_port=p.int_or_str("targetPort"),
            node_port=p.integer("nodePort"),
            app_protocol=p.opt_str("appProtocol"),
        )
        for p in spec.each("ports")
    )
    affinity = spec.obj("sessionAffinityConfig")
    client_ip = affinity.obj("clientIP")
    ingress = tuple(
        LBIngress(ip=i.string("ip"), hostname=i.string("hostname"), ip_mode=i.string("ipMode"))
        for i in status.obj("loadBalancer").each("ingress")
    )
    return Service(
        namespace=namespace,
        name=meta.string("name"),
        annotations=meta.str_map("annotations") or {},
        type=spec.string("type"),
        cluster_ip=spec.string("clusterIP"),
        cluster_ips=tuple(spec.str_list("clusterIPs")),
        ip_families=tuple(spec.str_list("ipFamilies")),
        ip_family_policy=spec.opt_str("ipFamilyPolicy"),
        selector=spec.str_map("selector"),
        ports=ports,
        session_affinity=spec.string("sessionAffinity"),
        affinity_config_set=spec.has("sessionAffinityConfig"),
        affinity_timeout=client_ip.opt_int("timeoutSeconds"),
        external_ips=tuple(spec.str_list("externalIPs")),
        external_name=spec.string("externalName"),
        external_traffic_policy=spec.string("externalTrafficPolicy"),
        internal_traffic_policy=spec.opt_str("internalTrafficPolicy"),
        health_check_node_port=spec.integer("healthCheckNodePort"),
        lb_source_ranges=tuple(spec.str_list("loadBalancerSourceRanges")),
        allocate_lb_node_ports=spec.opt_bool("allocateLoadBalancerNodePorts"),
        lb_class=spec.opt_str("loadBalancerClass"),
        publish_not_ready=spec.boolean("publishNotReadyAddresses"),
        ingress=ingress,
    )


# --- Pod specs (Pods and Deployment templates) --------------------------------------


@dataclass(frozen=True)
class ContainerPort:
    """One ``ports`` entry of a container."""

    name: str
    container_port: int
    protocol: str
    host_port: int


@dataclass(frozen=True)
class Container:
    """A container (or a restartable init container) and the ports it declares."""

    name: str
    ports: tuple[ContainerPort, ...]
    init: bool = False


@dataclass(frozen=True)
class DNSConfig:
    """``spec.dnsConfig``: what the kubelet adds to (or, with ``dnsPolicy: None``, puts
    alone into) the pod's resolv.conf."""

    nameservers: tuple[str, ...]
    searches: tuple[str, ...]
    options: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class PodSpecView:
    """The parts of a pod spec that networking depends on."""

    containers: tuple[Container, ...]
    init_containers: tuple[Container, ...]
    node_name: str
    host_network: bool
    dns_policy: str
    hostname: str
    subdomain: str
    dns_config: DNSConfig | None = None


def _containers(spec: Reader, key: str, init: bool) -> tuple[Container, ...]:
    out = []
    for c in spec.each(key):
        restartable = c.string("restartPolicy") == "Always"
        if init and not restartable:
            # Only sidecars (restartable init containers) serve traffic.
            ports: tuple[ContainerPort, ...] = ()
        else:
            ports = tuple(
                ContainerPort(
                    name=p.string("name"),
                    container_port=p.integer("containerPort"),
                    protocol=p.string("protocol", "TCP"),
                    host_port=p.integer("hostPort"),
                )
                for p in c.each("ports")
            )
        out.append(Container(name=c.string("name"), ports=ports, init=init))
    return tuple(out)


def _dns_config(spec: Reader) -> DNSConfig | None:
    if not spec.has("dnsConfig"):
        return None
    config = spec.obj("dnsConfig")
    return DNSConfig(
        nameservers=tuple(config.str_list("nameservers")),
        searches=tuple(config.str_list("searches")),
        options=tuple((o.string("name"), o.opt_str("value")) for o in config.each("options")),
    )


def decode_pod_spec(spec: Reader) -> PodSpecView:
    """Decode a pod spec; container port protocol defaults to TCP (R25)."""
    return PodSpecView(
        containers=_containers(spec, "containers", init=False),
        init_containers=_containers(spec, "initContainers", init=True),
        node_name=spec.string("nodeName"),
        host_network=spec.boolean("hostNetwork"),
        dns_policy=spec.string("dnsPolicy", "ClusterFirst"),
        hostname=spec.string("hostname"),
        subdomain=spec.string("subdomain"),
        dns_config=_dns_config(spec),
    )


# --- hand-made EndpointSlices -------------------------------------------------------


@dataclass(frozen=True)
class SlicePort:
    """An EndpointSlice port: kube-proxy matches it by (name, protocol)."""

    name: str
    protocol: str
    port: int | None


@dataclass(frozen=True)
class SliceEndpoint:
    """An EndpointSlice endpoint; missing ready/serving count as true (R49)."""

    addresses: tuple[str, ...]
    ready: bool
    serving: bool
    terminating: bool
    node_name: str
    hostname: str
    pod: str | None


@dataclass(frozen=True)
class UserSlice:
    """An EndpointSlice written by hand (or by another controller)."""

    namespace: str
    name: str
    service_name: str
    address_type: str
    endpoints: tuple[SliceEndpoint, ...]
    ports: tuple[SlicePort, ...]


def decode_slice(meta: Reader, body: Reader, namespace: str) -> UserSlice:
    """Decode an EndpointSlice (``discovery.k8s.io/v1``)."""
    labels = meta.str_map("labels") or {}
    endpoints = []
    for e in body.each("endpoints"):
        cond = e.obj("conditions")
        ref = e.obj("targetRef")
        pod = None
        if ref.string("kind") == "Pod" and ref.string("name"):
            pod = f"{ref.string('namespace', namespace)}/{ref.string('name')}"
        endpoints.append(
            SliceEndpoint(
                addresses=tuple(e.str_list("addresses")),
                ready=cond.boolean("ready", True),
                serving=cond.boolean("serving", True),
                terminating=cond.boolean("terminating", False),
                node_name=e.string("nodeName"),
                hostname=e.string("hostname"),
                pod=pod,
            )
        )
    ports = tuple(
        SlicePort(
            name=p.string("name"), protocol=p.string("protocol", "TCP"), port=p.opt_int("port")
        )
        for p in body.each("ports")
    )
    return UserSlice(
        namespace=namespace,
        name=meta.string("name"),
        service_name=labels.get("kubernetes.io/service-name", ""),
        address_type=body.string("addressType"),
        endpoints=tuple(endpoints),
        ports=ports,
    )


def decode_endpoints(meta: Reader, body: Reader, namespace: str) -> tuple[UserSlice, ...]:
    """Decode a legacy ``v1/Endpoints`` into the slices the EndpointSlice mirroring controller
    would write: one per subset; ``addresses`` are ready, ``notReadyAddresses`` are not
    (pkg/controller/endpointslicemirroring ``reconcilerHelper``)."""
    name = meta.string("name")
    out = []
    for subset in body.each("subsets"):
        ports = tuple(
            SlicePort(
                name=p.string("name"), protocol=p.string("protocol", "TCP"), port=p.opt_int("port")
            )
            for p in subset.each("ports")
        )
        endpoints = []
        for key, ready in (("addresses", True), ("notReadyAddresses", False)):
            for a in subset.each(key):
                ref = a.obj("targetRef")
                pod = None
                if ref.string("kind") == "Pod" and ref.string("name"):
                    pod = f"{ref.string('namespace', namespace)}/{ref.string('name')}"
                endpoints.append(
                    SliceEndpoint(
                        addresses=(a.string("ip"),),
                        ready=ready,
                        serving=ready,
                        terminating=False,
                        node_name=a.string("nodeName"),
                        hostname=a.string("hostname"),
                        pod=pod,
                    )
                )
        out.append(UserSlice(namespace, name, name, "IPv4", tuple(endpoints), ports))
    return tuple(out)
