"""The public face of the evaluator: load manifests once, route many requests.

``evaluate(manifests, origin, target, protocol)`` is :func:`load` followed by
:meth:`Model.route`. A :class:`Model` is pre-indexed, so a request costs well under a
millisecond even with thousands of pods; randomness is never read from globals: pass
``rng`` to let kube-proxy's random endpoint choice vary, otherwise the first usable
endpoint is followed.

:func:`evaluate` keeps the last few clusters it loaded from YAML text: a build asks
several questions of each scenario's manifests, and a bot grades each answer to a card
with several requests against the same text. Loading is pure, so a cached cluster
answers exactly as a fresh one would; only the router reads it, and each call returns a
new :class:`RouteResult`.
"""

from __future__ import annotations

import random
import threading
from collections import OrderedDict

from quizkit.routing.cluster import Cluster, Node, Pod, build_cluster
from quizkit.routing.loader import Manifests, parse_manifests
from quizkit.routing.objects import Service
from quizkit.routing.proxy import route
from quizkit.routing.request import parse_origin, parse_protocol, parse_target
from quizkit.routing.result import FieldError, RouteResult

__all__ = ["Model", "evaluate", "load"]


class Model:
    """A loaded cluster: what was applied, what was refused, and a router over it."""

    def __init__(self, cluster: Cluster) -> None:
        self._cluster = cluster

    @property
    def valid(self) -> bool:
        """False when any object was refused."""
        return self._cluster.valid

    @property
    def errors(self) -> tuple[FieldError, ...]:
        """Every refused object's errors, in apply order."""
        return tuple(self._cluster.errors)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Objects that were ignored (kinds the model does not know)."""
        return tuple(self._cluster.warnings)

    @property
    def nodes(self) -> tuple[Node, ...]:
        return tuple(self._cluster.nodes)

    @property
    def services(self) -> tuple[Service, ...]:
        """The Services that exist, after defaulting and allocation, in apply order."""
        return tuple(self._cluster.services.values())

    @property
    def pods(self) -> tuple[Pod, ...]:
        """The pods that exist (bare and from workloads), in apply order."""
        return tuple(sorted(self._cluster.pods.values(), key=lambda p: p.seq))

    def service(self, key: str) -> Service | None:
        """A Service by ``namespace/name``."""
        return self._cluster.services.get(key)

    def pod_ip(self, key: str) -> str | None:
        """A pod's IP by ``namespace/name``."""
        pod = self._cluster.pods.get(key)
        return pod.ip if pod is not None else None

    def route(
        self,
        origin: str,
        target: str,
        protocol: str = "TCP",
        *,
        rng: random.Random | None = None,
    ) -> RouteResult:
        """Follow one request; raises :class:`~quizkit.errors.UsageError` for an origin or
        target of unknown form."""
        return route(
            self._cluster, parse_origin(origin), parse_target(target), parse_protocol(protocol), rng
        )


def load(manifests: Manifests, file: str | None = None) -> Model:
    """Apply manifests (YAML text or parsed objects) in listed order."""
    return Model(build_cluster(parse_manifests(manifests, file=file)))


#: Clusters :func:`evaluate` keeps, by manifest text: a build's scenario asks up to a
#: dozen questions of a handful of texts, so a few dozen cover every scenario in flight.
CACHED_CLUSTERS = 64
#: A cluster is kept only when it is this small (pods plus Services): a few lines of
#: ``replicas: 150000`` make a cluster of hundreds of megabytes, which must not outlive
#: the call that asked for it.
CACHED_CLUSTER_OBJECTS = 2_000


class _ClusterCache:
    """A bounded least-recently-used map from manifest text to its loaded cluster.

    The :class:`Cluster` is never handed out: :func:`evaluate` only routes over it
    (routing reads the cluster; its endpoint cache fills in the same values whoever
    asks first). A lock keeps the map whole when bots grade from worker threads.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._clusters: OrderedDict[str, Cluster] = OrderedDict()
        self._lock = threading.Lock()

    def cluster(self, text: str) -> Cluster:
        with self._lock:
            cached = self._clusters.get(text)
            if cached is not None:
                self._clusters.move_to_end(text)
                return cached
        # Loading raises for text the evaluator refuses; nothing is kept then.
        cluster = build_cluster(parse_manifests(text))
        if len(cluster.pods) + len(cluster.services) <= CACHED_CLUSTER_OBJECTS:
            with self._lock:
                self._clusters[text] = cluster
                while len(self._clusters) > self._size:
                    self._clusters.popitem(last=False)
        return cluster


_CLUSTERS = _ClusterCache(CACHED_CLUSTERS)


def evaluate(
    manifests: Manifests,
    origin: str,
    target: str,
    protocol: str = "TCP",
    *,
    rng: random.Random | None = None,
) -> RouteResult:
    """Contract: is ``target`` reachable from ``origin`` over ``protocol``, and how."""
    parse_origin(origin)
    parse_target(target)
    parse_protocol(protocol)
    if not isinstance(manifests, str):  # the caller may change objects later: not cached
        return load(manifests).route(origin, target, protocol, rng=rng)
    return Model(_CLUSTERS.cluster(manifests)).route(origin, target, protocol, rng=rng)
