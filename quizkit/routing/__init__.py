"""The Service-routing evaluator: a pure-Python model of Kubernetes Service networking.

It answers as the API server (validation, defaulting, allocation), the EndpointSlice
controller, cluster DNS and kube-proxy (iptables mode) of Kubernetes v1.33 would::

    from quizkit.routing import evaluate
    result = evaluate(yaml_text, "external", "http://<NodeIP>:30080/orders/123")
    result.reachable, result.reason, result.path()

See docs/evaluator.md for the model, its conventions and limits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizkit._lazy import lazy_names

if TYPE_CHECKING:
    from quizkit.routing.cluster import CLUSTER_DOMAIN, DEFAULT_NODES, Node, Pod
    from quizkit.routing.loader import Manifests, load_manifest_file, parse_manifests
    from quizkit.routing.model import Model, evaluate, load
    from quizkit.routing.objects import Service, ServicePort
    from quizkit.routing.result import Endpoint, FieldError, Hop, HopKind, Reason, RouteResult

__all__ = [
    "CLUSTER_DOMAIN",
    "DEFAULT_NODES",
    "Endpoint",
    "FieldError",
    "Hop",
    "HopKind",
    "Manifests",
    "Model",
    "Node",
    "Pod",
    "Reason",
    "RouteResult",
    "Service",
    "ServicePort",
    "evaluate",
    "load",
    "load_manifest_file",
    "parse_manifests",
]

# The evaluator (about 0.3 s to import) loads on the first use of a name above, not
# when a light module of this package is imported (conventions, for every card shown).
__getattr__ = lazy_names(__name__, "quizkit.routing.model")
