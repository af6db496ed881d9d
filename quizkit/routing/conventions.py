"""The evaluator's fixed vocabulary, light enough for any front end to import.

Its reason codes (:class:`Reason`, offered as choices on a ``reason`` card) and the two
nodes it assumes when the manifests declare none (:data:`DEFAULT_NODES`, which scenario
variations name in their questions). The evaluator and :mod:`quizkit.scenarios` both
read them from here, so showing a card never loads the evaluator and neither side keeps
a copy of the other's list. Nothing but the standard library is imported.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DEFAULT_NODES", "REASON_CODES", "Reason"]


class Reason(StrEnum):
    """Why a request did or did not arrive: a small, fixed vocabulary (contract)."""

    OK = "ok"
    """The connection reaches a listening endpoint."""
    INVALID = "invalid"
    """The target names a Service (or load balancer) that the API server refused."""
    NXDOMAIN = "nxdomain"
    """The name does not resolve from this origin."""
    EXTERNAL_NAME = "external-name"
    """The name is a CNAME out of the cluster (ExternalName): nothing is proxied."""
    LB_PENDING = "lb-pending"
    """The LoadBalancer has no ``status.loadBalancer.ingress`` address yet."""
    UNROUTABLE = "unroutable"
    """Nothing handles the destination IP for this origin (e.g. a ClusterIP from outside)."""
    NO_SUCH_PORT = "no-such-port"
    """The IP belongs to a Service, but no Service port has this (port, protocol)."""
    NO_ENDPOINTS = "no-endpoints"
    """The Service port has no usable endpoint anywhere: kube-proxy REJECTs."""
    DROPPED_BY_POLICY = "dropped-by-policy"
    """A traffic policy (Local with no local endpoint) or loadBalancerSourceRanges drops it."""
    NOT_LISTENING = "not-listening"
    """The packet arrives, but the pod (or node) does not listen on that port and protocol."""


#: Every reason code, in :class:`Reason`'s order: the choices of a ``reason`` card.
REASON_CODES: tuple[str, ...] = tuple(reason.value for reason in Reason)

#: Two Ready nodes (name, InternalIP) when the manifests declare none (DESIGN.md conventions).
DEFAULT_NODES = (("node-a", "192.168.10.11"), ("node-b", "192.168.10.12"))
