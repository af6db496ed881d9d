"""The values the evaluator returns: refused objects, endpoints, hops, and the result.

The reason codes (:class:`Reason`) live in :mod:`quizkit.routing.conventions`, which
front ends import without loading the evaluator; they are re-exported here.

:class:`RouteResult` serializes to exactly the contract's JSON keys
(``valid, errors, reachable, reason, service, endpoints, hops``); the other fields
(``detail``, ``warnings``, ``origin``, ``target``, ``affinity``) are for people and
for the scenario grader and never appear in the JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from quizkit.routing.conventions import Reason

__all__ = ["Endpoint", "FieldError", "Hop", "HopKind", "Reason", "RouteResult"]


class HopKind(StrEnum):
    """The kinds of hop on a path."""

    CNAME = "cname"
    LOAD_BALANCER = "load-balancer"
    EXTERNAL_IP = "external-ip"
    NODE_PORT = "node-port"
    HOST_PORT = "host-port"
    CLUSTER_IP = "cluster-ip"
    POD = "pod"
    ENDPOINT = "endpoint"


@dataclass(frozen=True)
class FieldError:
    """One refused object's field error, as the API server reports it."""

    object: str
    field: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"object": self.object, "field": self.field, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{self.object}: {where}{self.message}"


@dataclass(frozen=True)
class Endpoint:
    """An endpoint a request may land on; ``pod`` is None for a hand-made endpoint."""

    pod: str | None
    ip: str
    port: int
    node: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"pod": self.pod, "ip": self.ip, "port": self.port}


@dataclass(frozen=True)
class Hop:
    """One step of the path: what handled the packet, at which address."""

    kind: HopKind
    address: str
    pod: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, str]:
        return {"kind": str(self.kind), "address": self.address}

    def describe(self) -> str:
        labels = {
            HopKind.CNAME: "CNAME",
            HopKind.LOAD_BALANCER: "LoadBalancer",
            HopKind.EXTERNAL_IP: "externalIP",
            HopKind.NODE_PORT: "NodePort",
            HopKind.HOST_PORT: "hostPort",
            HopKind.CLUSTER_IP: "ClusterIP",
            HopKind.ENDPOINT: "endpoint",
        }
        if self.kind is HopKind.POD:
            return f"{self.pod} {self.address}" if self.pod else self.address
        return f"{self.address} ({labels[self.kind]})"


@dataclass(frozen=True)
class RouteResult:
    """The evaluator's answer for one request against one set of manifests.

    ``endpoints`` lists every endpoint kube-proxy may pick for this connection (it
    picks uniformly at random, or sticks to one with ClientIP affinity); the last
    ``pod``/``endpoint`` hop is the one this evaluation followed.
    """

    valid: bool
    errors: tuple[FieldError, ...]
    reachable: bool | None
    reason: Reason
    service: str | None
    endpoints: tuple[Endpoint, ...]
    hops: tuple[Hop, ...]
    origin: str = ""
    target: str = ""
    detail: str = ""
    warnings: tuple[str, ...] = ()
    affinity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Exactly the contract's keys, in the contract's order."""
        return {
            "valid": self.valid,
            "errors": [e.to_dict() for e in self.errors],
            "reachable": self.reachable,
            "reason": str(self.reason),
            "service": self.service,
            "endpoints": [e.to_dict() for e in self.endpoints],
            "hops": [h.to_dict() for h in self.hops],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    @property
    def endpoint(self) -> Endpoint | None:
        """The endpoint this evaluation followed (the last hop's), if any."""
        for hop in reversed(self.hops):
            if hop.kind in (HopKind.POD, HopKind.ENDPOINT):
                for ep in self.endpoints:
                    if f"{ep.ip}:{ep.port}" == hop.address:
                        return ep
        return None

    def path(self) -> str:
        """The readable path, e.g. ``external -> 192.168.10.11:30080 (NodePort) -> ...``."""
        return " -> ".join([self.origin or "?", *(h.describe() for h in self.hops)])

    def describe(self) -> str:
        """One line: the path, then the verdict and why."""
        if self.reachable is None:
            verdict = "leaves the cluster"
        else:
            verdict = "reachable" if self.reachable else "not reachable"
        text = f"{self.path()}: {verdict} ({self.reason})"
        return f"{text}: {self.detail}" if self.detail else text
