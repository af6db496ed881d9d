"""Benchmark of the Service-routing evaluator: 5,000 pods and 500 Services.

Run: ``.venv/bin/python benchmarks/bench_routing.py [--requests N]``. Prints one small
table: time to parse and load the manifests, and time per request for a few kinds of
request once loaded. (Baselines will be added by a later issue.)
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import Any

import yaml

from quizkit.routing import load

NODES = 50
SERVICES = 500
PODS_PER_SERVICE = 10


def manifests() -> list[dict[str, Any]]:
    """50 nodes, 500 Deployments of 10 pods, 500 Services of mixed types."""
    docs: list[dict[str, Any]] = [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": f"team-{t}"}}
        for t in range(10)
    ]
    docs += [
        {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": f"node-{n}"},
            "status": {
                "addresses": [
                    {"type": "InternalIP", "address": f"192.168.{n // 200}.{n % 200 + 10}"}
                ]
            },
        }
        for n in range(NODES)
    ]
    for i in range(SERVICES):
        ns = f"team-{i % 10}"
        app = f"app-{i}"
        docs.append(
            {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {"name": app, "namespace": ns},
                "spec": {
                    "replicas": PODS_PER_SERVICE,
                    "selector": {"matchLabels": {"app": app}},
                    "template": {
                        "metadata": {"labels": {"app": app, "tier": "backend"}},
                        "spec": {
                            "containers": [
                                {
                                    "name": "main",
                                    "image": "app:1",
                                    "ports": [{"name": "http", "containerPort": 8080}],
                                }
                            ]
                        },
                    },
                },
            }
        )
        kind = ("ClusterIP", "NodePort", "LoadBalancer")[i % 3]
        svc: dict[str, Any] = {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": f"svc-{i}", "namespace": ns},
            "spec": {
                "type": kind,
                "selector": {"app": app},
                "ports": [{"port": 80, "targetPort": "http"}],
            },
        }
        if kind == "LoadBalancer":
            svc["status"] = {
                "loadBalancer": {"ingress": [{"ip": f"203.0.{i // 250}.{i % 250 + 1}"}]}
            }
        docs.append(svc)
    return docs


def timed(fn: Callable[[], object], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000, help="requests per row")
    args = parser.parse_args()

    docs = manifests()
    text = yaml.safe_dump_all(docs)
    start = time.perf_counter()
    model = load(text)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    load(docs)
    objects_s = time.perf_counter() - start
    assert model.valid, model.errors[:3]
    pods = SERVICES * PODS_PER_SERVICE

    rng = random.Random(7)
    node_port = {s.key: s.ports[0].node_port for s in model.services if s.type != "ClusterIP"}
    np_keys = sorted(node_port)

    def by_name() -> object:
        i = rng.randrange(SERVICES)
        return model.route(f"pod:team-{i % 10}/client", f"http://svc-{i}/")

    def by_fqdn() -> object:
        i = rng.randrange(SERVICES)
        return model.route("pod:team-0/client", f"http://svc-{i}.team-{i % 10}.svc.cluster.local/")

    def by_node_port() -> object:
        key = np_keys[rng.randrange(len(np_keys))]
        return model.route("external", f"<NodeIP>:{node_port[key]}")

    def by_lb() -> object:
        i = 3 * rng.randrange(SERVICES // 3) + 2
        return model.route("external", f"http://203.0.{i // 250}.{i % 250 + 1}/")

    rows = [
        ("load YAML text", load_s, 1),
        ("load parsed objects", objects_s, 1),
        ("request: pod -> service name", timed(by_name, args.requests), args.requests),
        ("request: pod -> FQDN", timed(by_fqdn, args.requests), args.requests),
        ("request: external -> nodePort", timed(by_node_port, args.requests), args.requests),
        ("request: external -> LB IP", timed(by_lb, args.requests), args.requests),
    ]
    print(f"{pods} pods, {SERVICES} Services, {NODES} nodes")
    print(f"{'measure':<34} {'time':>12} {'runs':>6}")
    for name, seconds, runs in rows:
        shown = f"{seconds * 1000:.1f} ms" if seconds >= 0.01 else f"{seconds * 1e6:.1f} us"
        print(f"{name:<34} {shown:>12} {runs:>6}")


if __name__ == "__main__":
    main()
