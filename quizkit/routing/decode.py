"""Decoding, the API server's first step: a value of the wrong JSON type refuses the object.

The API server decodes the request body into Go structs before admission, defaulting or
validation. A value of the wrong JSON type stops there with a 400 whose message names
the Go struct, the JSON path without indexes and the Go type
(``encoding/json`` ``UnmarshalTypeError`` through ``sigs.k8s.io/json``; the handler's
``transformDecodeError`` adds the prefix)::

    Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string
    into Go struct field ServicePort.spec.ports.port of type int32

Only the earliest error in document order is reported, and it carries no field path.
:func:`decode_error` walks a manifest against a small schema of the fields the evaluator
reads (unknown fields are ignored, as without strict field validation).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["decode_error"]

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


@dataclass(frozen=True)
class Scalar:
    """A string-kind field (``kind`` "string"), an integer (``int``), a bool or an
    int-or-string; ``go`` is the Go type as ``reflect`` prints it (``v1.Protocol``)."""

    kind: str
    go: str
    bounds: tuple[int, int] = INT32


@dataclass(frozen=True)
class Struct:
    """A Go struct: its name (for the message) and its JSON fields."""

    name: str
    go: str
    fields: dict[str, Type] = field(default_factory=dict)


@dataclass(frozen=True)
class Slice:
    elem: Type
    go: str


@dataclass(frozen=True)
class StrMap:
    go: str = "map[string]string"


Type = Scalar | Struct | Slice | StrMap

STRING = Scalar("string", "string")
INT = Scalar("int", "int32")
BOOL = Scalar("bool", "bool")
INT_OR_STRING = Scalar("intstr", "int32")
STRINGS = Slice(STRING, "[]string")


def _str(go: str) -> Scalar:
    return Scalar("string", go)


OBJECT_META = Struct(
    "ObjectMeta",
    "v1.ObjectMeta",
    {
        "name": STRING,
        "generateName": STRING,
        "namespace": STRING,
        "labels": StrMap(),
        "annotations": StrMap(),
        # metav1.Time decodes its JSON string itself: a non-string fails inside it
        "deletionTimestamp": STRING,
    },
)
LABEL_SELECTOR = Struct(
    "LabelSelector",
    "v1.LabelSelector",
    {
        "matchLabels": StrMap(),
        "matchExpressions": Slice(
            Struct(
                "LabelSelectorRequirement",
                "v1.LabelSelectorRequirement",
                {"key": STRING, "operator": _str("v1.LabelSelectorOperator"), "values": STRINGS},
            ),
            "[]v1.LabelSelectorRequirement",
        ),
    },
)
OBJECT_REFERENCE = Struct(
    "ObjectReference",
    "v1.ObjectReference",
    {"kind": STRING, "namespace": STRING, "name": STRING},
)

SERVICE_PORT = Struct(
    "ServicePort",
    "v1.ServicePort",
    {
        "name": STRING,
        "protocol": _str("v1.Protocol"),
        "appProtocol": STRING,
        "port": INT,
        "targetPort": INT_OR_STRING,
        "nodePort": INT,
    },
)
SERVICE = Struct(
    "Service",
    "v1.Service",
    {
        "metadata": OBJECT_META,
        "spec": Struct(
            "ServiceSpec",
            "v1.ServiceSpec",
            {
                "ports": Slice(SERVICE_PORT, "[]v1.ServicePort"),
                "selector": StrMap(),
                "clusterIP": STRING,
                "clusterIPs": STRINGS,
                "type": _str("v1.ServiceType"),
                "externalIPs": STRINGS,
                "sessionAffinity": _str("v1.ServiceAffinity"),
                "loadBalancerIP": STRING,
                "loadBalancerSourceRanges": STRINGS,
                "externalName": STRING,
                "externalTrafficPolicy": _str("v1.ServiceExternalTrafficPolicy"),
                "healthCheckNodePort": INT,
                "publishNotReadyAddresses": BOOL,
                "sessionAffinityConfig": Struct(
                    "SessionAffinityConfig",
                    "v1.SessionAffinityConfig",
                    {
                        "clientIP": Struct(
                            "ClientIPConfig", "v1.ClientIPConfig", {"timeoutSeconds": INT}
                        )
                    },
                ),
                "ipFamilies": Slice(_str("v1.IPFamily"), "[]v1.IPFamily"),
                "ipFamilyPolicy": _str("v1.IPFamilyPolicy"),
                "allocateLoadBalancerNodePorts": BOOL,
                "loadBalancerClass": STRING,
                "internalTrafficPolicy": _str("v1.ServiceInternalTrafficPolicy"),
                "trafficDistribution": STRING,
            },
        ),
        "status": Struct(
            "ServiceStatus",
            "v1.ServiceStatus",
            {
                "loadBalancer": Struct(
                    "LoadBalancerStatus",
                    "v1.LoadBalancerStatus",
                    {
                        "ingress": Slice(
                            Struct(
                                "LoadBalancerIngress",
                                "v1.LoadBalancerIngress",
                                {
                                    "ip": STRING,
                                    "hostname": STRING,
                                    "ipMode": _str("v1.LoadBalancerIPMode"),
                                },
                            ),
                            "[]v1.LoadBalancerIngress",
                        )
                    },
                )
            },
        ),
    },
)

CONTAINER = Struct(
    "Container",
    "v1.Container",
    {
        "name": STRING,
        "image": STRING,
        "restartPolicy": _str("v1.ContainerRestartPolicy"),
        "ports": Slice(
            Struct(
                "ContainerPort",
                "v1.ContainerPort",
                {
                    "name": STRING,
                    "hostPort": INT,
                    "containerPort": INT,
                    "protocol": _str("v1.Protocol"),
                    "hostIP": STRING,
                },
            ),
            "[]v1.ContainerPort",
        ),
    },
)
POD_SPEC = Struct(
    "PodSpec",
    "v1.PodSpec",
    {
        "containers": Slice(CONTAINER, "[]v1.Container"),
        "initContainers": Slice(CONTAINER, "[]v1.Container"),
        "nodeName": STRING,
        "hostNetwork": BOOL,
        "dnsPolicy": _str("v1.DNSPolicy"),
        "hostname": STRING,
        "subdomain": STRING,
        "dnsConfig": Struct(
            "PodDNSConfig",
            "v1.PodDNSConfig",
            {
                "nameservers": STRINGS,
                "searches": STRINGS,
                "options": Slice(
                    Struct(
                        "PodDNSConfigOption",
                        "v1.PodDNSConfigOption",
                        {"name": STRING, "value": STRING},
                    ),
                    "[]v1.PodDNSConfigOption",
                ),
            },
        ),
    },
)
POD = Struct(
    "Pod",
    "v1.Pod",
    {
        "metadata": OBJECT_META,
        "spec": POD_SPEC,
        "status": Struct(
            "PodStatus",
            "v1.PodStatus",
            {
                "phase": _str("v1.PodPhase"),
                "podIP": STRING,
                "conditions": Slice(
                    Struct(
                        "PodCondition",
                        "v1.PodCondition",
                        {"type": _str("v1.PodConditionType"), "status": _str("v1.ConditionStatus")},
                    ),
                    "[]v1.PodCondition",
                ),
            },
        ),
    },
)
POD_TEMPLATE = Struct(
    "PodTemplateSpec", "v1.PodTemplateSpec", {"metadata": OBJECT_META, "spec": POD_SPEC}
)


def _workload(kind: str, extra: dict[str, Type]) -> Struct:
    spec = {"selector": LABEL_SELECTOR, "template": POD_TEMPLATE, **extra}
    return Struct(
        kind,
        f"v1.{kind}",
        {"metadata": OBJECT_META, "spec": Struct(f"{kind}Spec", f"v1.{kind}Spec", spec)},
    )


ENDPOINT_SLICE = Struct(
    "EndpointSlice",
    "v1.EndpointSlice",
    {
        "metadata": OBJECT_META,
        "addressType": _str("v1.AddressType"),
        "endpoints": Slice(
            Struct(
                "Endpoint",
                "v1.Endpoint",
                {
                    "addresses": STRINGS,
                    "conditions": Struct(
                        "EndpointConditions",
                        "v1.EndpointConditions",
                        {"ready": BOOL, "serving": BOOL, "terminating": BOOL},
                    ),
                    "hostname": STRING,
                    "targetRef": OBJECT_REFERENCE,
                    "nodeName": STRING,
                },
            ),
            "[]v1.Endpoint",
        ),
        "ports": Slice(
            Struct(
                "EndpointPort",
                "v1.EndpointPort",
                {"name": STRING, "protocol": _str("v1.Protocol"), "port": INT},
            ),
            "[]v1.EndpointPort",
        ),
    },
)
ENDPOINT_ADDRESSES = Slice(
    Struct(
        "EndpointAddress",
        "v1.EndpointAddress",
        {"ip": STRING, "hostname": STRING, "nodeName": STRING, "targetRef": OBJECT_REFERENCE},
    ),
    "[]v1.EndpointAddress",
)
ENDPOINTS = Struct(
    "Endpoints",
    "v1.Endpoints",
    {
        "metadata": OBJECT_META,
        "subsets": Slice(
            Struct(
                "EndpointSubset",
                "v1.EndpointSubset",
                {
                    "addresses": ENDPOINT_ADDRESSES,
                    "notReadyAddresses": ENDPOINT_ADDRESSES,
                    "ports": Slice(
                        Struct(
                            "EndpointPort",
                            "v1.EndpointPort",
                            {"name": STRING, "port": INT, "protocol": _str("v1.Protocol")},
                        ),
                        "[]v1.EndpointPort",
                    ),
                },
            ),
            "[]v1.EndpointSubset",
        ),
    },
)
NODE = Struct(
    "Node",
    "v1.Node",
    {
        "metadata": OBJECT_META,
        "status": Struct(
            "NodeStatus",
            "v1.NodeStatus",
            {
                "addresses": Slice(
                    Struct(
                        "NodeAddress",
                        "v1.NodeAddress",
                        {"type": _str("v1.NodeAddressType"), "address": STRING},
                    ),
                    "[]v1.NodeAddress",
                )
            },
        ),
    },
)

SCHEMAS: dict[str, Struct] = {
    "Service": SERVICE,
    "Pod": POD,
    "Deployment": _workload("Deployment", {"replicas": INT}),
    "StatefulSet": _workload("StatefulSet", {"replicas": INT, "serviceName": STRING}),
    "DaemonSet": _workload("DaemonSet", {}),
    "EndpointSlice": ENDPOINT_SLICE,
    "Endpoints": ENDPOINTS,
    "Node": NODE,
    "Namespace": Struct("Namespace", "v1.Namespace", {"metadata": OBJECT_META}),
}


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string"  # YAML values with no JSON form (dates, binary) arrive as strings


def _number_text(value: float) -> str:
    """A number as the decoder sees it: ``sigs.k8s.io/yaml`` keeps integers that fit int64
    and turns the rest into float64, which ``encoding/json`` writes in the shortest form,
    with an exponent only below 1e-6 or from 1e21 up."""
    if isinstance(value, int) and INT64[0] <= value <= INT64[1]:
        return str(value)
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return "NaN" if number != number else ("+Inf" if number > 0 else "-Inf")
    size = abs(number)
    if size != 0 and (size < 1e-6 or size >= 1e21):
        mantissa, _, exponent = f"{number!r}".partition("e")
        if not exponent:
            mantissa, _, exponent = f"{number:e}".partition("e")
        sign, digits = exponent[0], exponent[1:].lstrip("0") or "0"
        return f"{mantissa}e{sign}{digits}"
    return format(Decimal(repr(number)), "f")


class _Walk:
    """Depth-first walk in document order; stops at the first mismatch."""

    def __init__(self) -> None:
        self.error: tuple[str, str, str, str] | None = None

    def bad(self, value: str, struct: str, path: list[str], go: str) -> None:
        self.error = (value, struct, ".".join(path), go)

    def check(self, value: object, kind: Type, struct: str, path: list[str]) -> None:
        if value is None or self.error is not None:
            return  # JSON null leaves a Go value untouched
        if isinstance(kind, Struct):
            if not isinstance(value, Mapping):
                self.bad(_json_kind(value), struct, path, kind.go)
                return
            for key, item in value.items():
                child = kind.fields.get(key) if isinstance(key, str) else None
                if child is not None:
                    self.check(item, child, kind.name, [*path, key])
                if self.error is not None:
                    return
        elif isinstance(kind, Slice):
            if not isinstance(value, list):
                self.bad(_json_kind(value), struct, path, kind.go)
                return
            for item in value:
                self.check(item, kind.elem, struct, path)
                if self.error is not None:
                    return
        elif isinstance(kind, StrMap):
            if not isinstance(value, Mapping):
                self.bad(_json_kind(value), struct, path, kind.go)
                return
            for item in value.values():
                self.check(item, STRING, struct, path)
                if self.error is not None:
                    return
        else:
            self.scalar(value, kind, struct, path)

    def scalar(self, value: object, kind: Scalar, struct: str, path: list[str]) -> None:
        if kind.kind == "bool":
            if not isinstance(value, bool):
                self.bad(_json_kind(value), struct, path, kind.go)
        elif kind.kind == "string":
            if not isinstance(value, str):
                self.bad(_json_kind(value), struct, path, kind.go)
        elif kind.kind == "intstr" and isinstance(value, str):
            return
        elif isinstance(value, bool) or not isinstance(value, int | float):
            self.bad(_json_kind(value), struct, path, kind.go)
        elif (isinstance(value, float) and not value.is_integer()) or not (
            kind.bounds[0] <= int(value) <= kind.bounds[1]
        ):
            self.bad(f"number {_number_text(value)}", struct, path, kind.go)


def decode_error(kind: str, api_version: str, doc: Mapping[str, object]) -> str | None:
    """The API server's message for the first value of the wrong JSON type, or None."""
    schema = SCHEMAS.get(kind)
    if schema is None:
        return None
    walk = _Walk()
    for key, value in doc.items():
        child = schema.fields.get(key) if isinstance(key, str) else None
        if child is not None:
            walk.check(value, child, schema.name, [key])
        if walk.error is not None:
            value_kind, struct, path, go = walk.error
            version = api_version.rpartition("/")[2]
            return (
                f'{kind} in version "{version}" cannot be handled as a {kind}: '
                f"json: cannot unmarshal {value_kind} into Go struct field "
                f"{struct}.{path} of type {go}"
            )
    return None
