"""The API server's Service pipeline, step by step, for create and for update.

Create (STORE ``Store.Create``): decode, default (R28-R33), RST ``beginCreate``
(``normalizeClusterIPs``, ALLOC ``allocateCreate``: ``initIPFamilyFields``,
``txnAllocClusterIPs``, ``txnAllocNodePorts``), strategy ``PrepareForCreate``, then
``ValidateService``. Update (STORE ``Store.Update``): decode, default, RST ``beginUpdate``
(``patchAllocatedValues``, ``normalizeClusterIPs``, ALLOC ``allocateUpdate``), strategy
``PrepareForUpdate`` (``dropTypeDependentFields``), then ``ValidateServiceUpdate``.
Allocation runs before validation, so its first failure is the only error (R34). What a
Service holds (ClusterIP, nodePorts, healthCheckNodePort) is read off the object that is
finally stored, so an update frees what the new object no longer uses.
"""

from __future__ import annotations

import bisect
import ipaddress
from collections.abc import Callable, Container
from dataclasses import dataclass, field, replace

from quizkit.routing.fielderr import Problem, internal_error, invalid, is_valid_ip
from quizkit.routing.objects import LBIngress, Service
from quizkit.routing.validation import (
    externally_accessible,
    needs_health_check,
    r14_cluster_ips,
    validate_service,
    validate_service_update,
)

__all__ = [
    "FIRST_AUTO_CLUSTER_IP",
    "NODE_PORT_MAX",
    "NODE_PORT_MIN",
    "RESERVED_CLUSTER_IPS",
    "SERVICE_CIDR",
    "SERVICE_DEFAULTS",
    "Allocators",
    "apply_service",
    "drop_type_dependent_fields",
    "held_resources",
    "init_ip_families",
    "normalize_cluster_ips",
    "patch_allocated_values",
]

SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")
#: Addresses the control plane holds (``kubernetes`` and ``kube-dns`` Services).
RESERVED_CLUSTER_IPS = {"10.96.0.1": "default/kubernetes", "10.96.0.10": "kube-system/kube-dns"}
FIRST_AUTO_CLUSTER_IP = int(ipaddress.ip_address("10.96.0.11"))
NODE_PORT_MIN = 30000
NODE_PORT_MAX = 32767
#: R40: min(max(16, size/32), 128) ports at the bottom of the range are the static band.
NODE_PORT_STATIC_BAND = min(max(16, (NODE_PORT_MAX - NODE_PORT_MIN + 1) // 32), 128)
#: The one IP family of the modelled cluster (``--service-cluster-ip-range`` is IPv4 only).
CLUSTER_FAMILIES = ("IPv4",)


# --- allocators -----------------------------------------------------------------------


@dataclass
class LowestFree:
    """The lowest free number of ``[start, stop)``, in amortised constant time.

    A cursor only moves up past numbers held by some object; numbers released below it
    are kept in a sorted list. Numbers taken by the allocation under way (``pending``) are
    skipped without moving the cursor, because that allocation may still be refused.
    Scanning from the bottom for every Service made loading quadratic (10,000 Services:
    112 s).
    """

    start: int
    stop: int
    cursor: int = -1
    released: list[int] = field(default_factory=list)

    def lowest(self, held: Callable[[int], bool], pending: Container[int]) -> int | None:
        for n in self.released:
            if not held(n) and n not in pending:
                return n
        if self.cursor < self.start:
            self.cursor = self.start
        while self.cursor < self.stop and held(self.cursor):
            self.cursor += 1
        n = self.cursor
        while n < self.stop and (held(n) or n in pending):
            n += 1
        return n if n < self.stop else None

    def release(self, n: int) -> None:
        if self.start <= n < max(self.cursor, self.start):
            i = bisect.bisect_left(self.released, n)
            if i == len(self.released) or self.released[i] != n:
                self.released.insert(i, n)

    def claim(self, n: int) -> None:
        i = bisect.bisect_left(self.released, n)
        if i < len(self.released) and self.released[i] == n:
            del self.released[i]


@dataclass
class Allocators:
    """The cluster-wide ClusterIP and nodePort bitmaps: who holds what."""

    cluster_ip_owner: dict[str, str] = field(default_factory=lambda: dict(RESERVED_CLUSTER_IPS))
    node_port_owner: dict[int, str] = field(default_factory=dict)
    _ips: LowestFree = field(
        default_factory=lambda: LowestFree(
            FIRST_AUTO_CLUSTER_IP, int(SERVICE_CIDR.broadcast_address)
        )
    )
    # R40: the dynamic band above the static band first, then the static band
    _ports: tuple[LowestFree, LowestFree] = field(
        default_factory=lambda: (
            LowestFree(NODE_PORT_MIN + NODE_PORT_STATIC_BAND, NODE_PORT_MAX + 1),
            LowestFree(NODE_PORT_MIN, NODE_PORT_MIN + NODE_PORT_STATIC_BAND),
        )
    )

    def next_cluster_ip(self) -> str | None:
        """R35: the lowest free address from 10.96.0.11 up (the model's deterministic
        stand-in for the allocator's random choice)."""
        n = self._ips.lowest(lambda i: str(ipaddress.ip_address(i)) in self.cluster_ip_owner, ())
        return None if n is None else str(ipaddress.ip_address(n))

    def next_node_port(self, pending: Container[int]) -> int | None:
        """R40: the lowest free port of the dynamic band, then of the static band."""
        for band in self._ports:
            port = band.lowest(self.node_port_owner.__contains__, pending)
            if port is not None:
                return port
        return None

    def hold(self, owner: str, before: Held, after: Held) -> None:
        """Commit an object's resources: release what it held and no longer holds."""
        for ip in before.cluster_ips - after.cluster_ips:
            if self.cluster_ip_owner.get(ip) == owner:
                del self.cluster_ip_owner[ip]
                self._ips.release(int(ipaddress.ip_address(ip)))
        for port in before.node_ports - after.node_ports:
            if self.node_port_owner.get(port) == owner:
                del self.node_port_owner[port]
                for band in self._ports:
                    band.release(port)
        for ip in after.cluster_ips:
            self.cluster_ip_owner[ip] = owner
            self._ips.claim(int(ipaddress.ip_address(ip)))
        for port in after.node_ports:
            self.node_port_owner[port] = owner
            for band in self._ports:
                band.claim(port)


@dataclass(frozen=True)
class Held:
    """What one stored Service occupies in the allocators."""

    cluster_ips: frozenset[str] = frozenset()
    node_ports: frozenset[int] = frozenset()


def held_resources(svc: Service | None) -> Held:
    """A stored Service holds its ClusterIP, its nodePorts and, when it needs one, its
    healthCheckNodePort (ALLOC ``releaseAllocatedResources`` frees the same set)."""
    if svc is None:
        return Held()
    ips = frozenset(
        ip for ip in svc.cluster_ips if ip and ip != "None" and svc.type != "ExternalName"
    )
    ports = {p.node_port for p in svc.ports if p.node_port}
    if needs_health_check(svc) and svc.health_check_node_port:
        ports.add(svc.health_check_node_port)
    return Held(ips, frozenset(ports))


# --- defaulting (DEF SetDefaults_Service) ---------------------------------------------


def r28_defaults(svc: Service) -> Service:
    """R28: empty type -> ClusterIP, sessionAffinity -> None, port protocol -> TCP
    (DEF ``SetDefaults_Service``)."""
    ports = tuple(replace(p, protocol=p.protocol or "TCP") for p in svc.ports)
    return replace(
        svc,
        type=svc.type or "ClusterIP",
        session_affinity=svc.session_affinity or "None",
        ports=ports,
    )


def r29_target_port_default(svc: Service) -> Service:
    """R29: a targetPort of 0 or "" becomes the port (DEF ``SetDefaults_Service``)."""
    ports = tuple(
        replace(p, target_port=p.port) if p.target_port in (0, "") else p for p in svc.ports
    )
    return replace(svc, ports=ports)


def r30_affinity_defaults(svc: Service) -> Service:
    """R30: None clears sessionAffinityConfig; ClientIP without timeout gets 10800
    (DEF ``SetDefaults_Service``, ``DefaultClientIPServiceAffinitySeconds``)."""
    if svc.session_affinity == "None":
        return replace(svc, affinity_config_set=False, affinity_timeout=None)
    if svc.session_affinity == "ClientIP" and svc.affinity_timeout is None:
        return replace(svc, affinity_config_set=True, affinity_timeout=10800)
    return svc


def r31_external_policy_default(svc: Service) -> Service:
    """R31: externalTrafficPolicy defaults to Cluster only on externally accessible
    Services (DEF ``SetDefaults_Service`` -> ``ExternallyAccessible``)."""
    if not svc.external_traffic_policy and externally_accessible(svc):
        return replace(svc, external_traffic_policy="Cluster")
    return svc


def r32_internal_policy_default(svc: Service) -> Service:
    """R32: internalTrafficPolicy defaults to Cluster for ClusterIP, NodePort and
    LoadBalancer (DEF ``SetDefaults_Service``)."""
    if svc.internal_traffic_policy is None and svc.type in (
        "ClusterIP",
        "NodePort",
        "LoadBalancer",
    ):
        return replace(svc, internal_traffic_policy="Cluster")
    return svc


def r33_load_balancer_defaults(svc: Service) -> Service:
    """R33: LoadBalancer gets allocateLoadBalancerNodePorts=true; an ingress ip without
    ipMode gets VIP (DEF ``SetDefaults_Service``)."""
    if svc.type == "LoadBalancer" and svc.allocate_lb_node_ports is None:
        svc = replace(svc, allocate_lb_node_ports=True)
    ingress = tuple(
        LBIngress(i.ip, i.hostname, "VIP") if i.ip and not i.ip_mode else i for i in svc.ingress
    )
    return replace(svc, ingress=ingress)


SERVICE_DEFAULTS: tuple[Callable[[Service], Service], ...] = (
    r28_defaults,
    r29_target_port_default,
    r30_affinity_defaults,
    r31_external_policy_default,
    r32_internal_policy_default,
    r33_load_balancer_defaults,
)


# --- beginCreate / beginUpdate: fix-ups before allocation -------------------------------


def _needs_cluster_ip(svc: Service) -> bool:
    return svc.type != "ExternalName"


def _needs_node_port(svc: Service) -> bool:
    return svc.type in ("NodePort", "LoadBalancer")


def patch_allocated_values(old: Service, new: Service) -> Service:
    """R42: on update, clusterIP(s), nodePorts (matched by port name, unless the old value
    is used by another port of the new object) and healthCheckNodePort that the new object
    omits are copied from the stored one, on every update (RST ``patchAllocatedValues``)."""
    if _needs_cluster_ip(old) and _needs_cluster_ip(new):
        if not new.cluster_ip:
            new = replace(new, cluster_ip=old.cluster_ip)
        if not new.cluster_ips and old.cluster_ips:
            new = replace(new, cluster_ips=old.cluster_ips)
    if _needs_node_port(old) and _needs_node_port(new):
        used = {p.node_port for p in old.ports if p.node_port} & {
            p.node_port for p in new.ports if p.node_port
        }
        by_name = {p.name: p.node_port for p in old.ports}
        ports = []
        for p in new.ports:
            old_np = by_name.get(p.name, 0)
            if p.node_port == 0 and old_np not in used:
                p = replace(p, node_port=old_np)
            ports.append(p)
        new = replace(new, ports=tuple(ports))
    if needs_health_check(old) and needs_health_check(new) and new.health_check_node_port == 0:
        new = replace(new, health_check_node_port=old.health_check_node_port)
    return new


def normalize_cluster_ips(old: Service | None, new: Service) -> Service:
    """Keep ``clusterIP`` and ``clusterIPs`` in step (RST ``normalizeClusterIPs``): on create
    a lone clusterIP fills clusterIPs; on update an omitted clusterIPs follows an unchanged
    clusterIP, a cleared clusterIP clears an unchanged clusterIPs, and a changed clusterIP
    replaces an unchanged clusterIPs."""
    if old is None:
        if new.cluster_ip and not new.cluster_ips:
            return replace(new, cluster_ips=(new.cluster_ip,))
        return new
    if old.cluster_ips and not new.cluster_ips and old.cluster_ip == new.cluster_ip:
        new = replace(new, cluster_ips=old.cluster_ips)
    if old.cluster_ip != new.cluster_ip and old.cluster_ips == new.cluster_ips:
        if old.cluster_ip and not new.cluster_ip:
            new = replace(new, cluster_ips=())
        else:
            new = replace(new, cluster_ips=(new.cluster_ip,))
    return new


# --- allocation (ALLOC allocateCreate / allocateUpdate) -----------------------------------


def _family_of(ip: str) -> str:
    return "IPv6" if ":" in ip else "IPv4"


def init_ip_families(svc: Service, old: Service | None) -> tuple[Service, list[Problem]]:
    """R72: ALLOC ``initIPFamilyFields``, before any IP is allocated: default
    ipFamilyPolicy (the old policy on update; RequireDualStack for headless without a
    selector; else SingleStack), check clusterIPs (R14), then refuse what this IPv4
    single-stack cluster cannot give: RequireDualStack, an IPv6 family, an IPv6 clusterIP.
    Headless Services without a selector are the exception: they get both families."""
    if svc.type == "ExternalName":
        return svc, []
    policy = svc.ip_family_policy
    if policy is None:
        if old is not None and old.ip_family_policy is not None:
            policy = old.ip_family_policy
        elif svc.cluster_ip == "None" and not svc.selector:
            policy = "RequireDualStack"
        else:
            policy = "SingleStack"
    svc = replace(svc, ip_family_policy=policy)
    early = r14_cluster_ips(svc)
    if early:
        return svc, early
    out: list[Problem] = []
    ips, families = list(svc.cluster_ips), list(svc.ip_families)
    if old is not None and policy != "SingleStack":
        if ips and len(ips) < len(old.cluster_ips):
            out.append(
                invalid(
                    "spec.ipFamilyPolicy",
                    policy,
                    "must be 'SingleStack' to release the secondary cluster IP",
                )
            )
        if families and len(families) < len(old.ip_families):
            out.append(
                invalid(
                    "spec.ipFamilyPolicy",
                    policy,
                    "must be 'SingleStack' to release the secondary IP family",
                )
            )
    if policy == "SingleStack":
        why = "must be 'RequireDualStack' or 'PreferDualStack' when multiple"
        if len(ips) == 2:
            out.append(invalid("spec.ipFamilyPolicy", policy, f"{why} cluster IPs are specified"))
        if len(families) == 2:
            out.append(invalid("spec.ipFamilyPolicy", policy, f"{why} IP families are specified"))
    for i, ip in enumerate(ips):
        if ip == "None":
            break
        if i >= len(families):
            family = _family_of(ip)
            if family not in CLUSTER_FAMILIES:
                out.append(
                    invalid(
                        f"spec.clusterIPs[{i}]", ips, f"{family} is not configured on this cluster"
                    )
                )
            else:
                families.append(family)
    if out:
        return svc, out
    if svc.cluster_ip == "None" and not svc.selector:
        if not families:
            families = [CLUSTER_FAMILIES[0]]
        if len(families) < 2 and policy != "SingleStack":
            families.append("IPv6" if families[0] == "IPv4" else "IPv4")
        return replace(svc, ip_families=tuple(families)), []
    if policy == "RequireDualStack" and len(CLUSTER_FAMILIES) < 2:
        out.append(
            invalid(
                "spec.ipFamilyPolicy",
                policy,
                "this cluster is not configured for dual-stack services",
            )
        )
    for i, family in enumerate(families):
        if family not in CLUSTER_FAMILIES:
            out.append(invalid(f"spec.ipFamilies[{i}]", family, "not configured on this cluster"))
    if out:
        return svc, out
    return replace(svc, ip_families=tuple(families or CLUSTER_FAMILIES)), []


@dataclass
class _Pending:
    """NodePorts taken by the allocation under way (not yet committed)."""

    node_ports: set[int] = field(default_factory=set)


def _port_error(alloc: Allocators, port: int, pending: _Pending) -> str | None:
    """PA ``Allocate``: ``ErrNotInRange`` or ``ErrAllocated``."""
    if not NODE_PORT_MIN <= port <= NODE_PORT_MAX:
        return (
            "provided port is not in the valid range. "
            f"The range of valid ports is {NODE_PORT_MIN}-{NODE_PORT_MAX}"
        )
    if port in alloc.node_port_owner or port in pending.node_ports:
        return "provided port is already allocated"
    return None


def r35_allocate_cluster_ips(alloc: Allocators, svc: Service) -> tuple[Service, list[Problem]]:
    """R35: no IP for ExternalName or headless; an empty clusterIP gets the next free IP of
    10.96.0.0/12; a requested one must be in range and free (ALLOC ``allocClusterIPs``,
    ``allocIPs``; IPA errors)."""
    if not _needs_cluster_ip(svc) or (svc.cluster_ips and svc.cluster_ips[0] == "None"):
        return svc, []
    if not svc.cluster_ips:
        ip = alloc.next_cluster_ip()
        if ip is None:
            return svc, [internal_error("failed to allocate a serviceIP: range is full")]
        return replace(svc, cluster_ip=ip, cluster_ips=(ip,)), []
    ip = svc.cluster_ips[0]
    path = "spec.clusterIPs"
    if is_valid_ip(ip) or ipaddress.ip_address(ip) not in SERVICE_CIDR:
        msg = f"failed to allocate IP {ip}: provided IP {ip} is not in the valid range"
        return svc, [invalid(path, list(svc.cluster_ips), msg)]
    if ip in alloc.cluster_ip_owner:
        msg = f"failed to allocate IP {ip}: provided IP is already allocated"
        return svc, [invalid(path, list(svc.cluster_ips), msg)]
    return svc, []


def r36_r39_allocate_node_ports(
    alloc: Allocators, svc: Service, pending: _Pending
) -> tuple[Service, list[Problem]]:
    """R36-R39 on create: nodePorts only for NodePort and LoadBalancer (none automatic when
    allocateLoadBalancerNodePorts is false); requested ones must be in 30000-32767 and free
    in one protocol-blind bitmap; ports with the same number share one nodePort
    (ALLOC ``txnAllocNodePorts``, ``initNodePorts``; PA ``Allocate``, ``ErrAllocated``)."""
    if not _needs_node_port(svc):
        return svc, []
    should_allocate = svc.type == "NodePort" or bool(svc.allocate_lb_node_ports)
    by_port: dict[int, int] = {}
    ports = list(svc.ports)
    for i, sp in enumerate(ports):
        if sp.node_port == 0 and not should_allocate:
            continue
        path = f"spec.ports[{i}].nodePort"
        held = by_port.get(sp.port, 0)
        if held == 0:
            requested = next((p.node_port for p in ports if p.port == sp.port and p.node_port), 0)
            if requested:
                err = _port_error(alloc, requested, pending)
                if err:
                    return svc, [invalid(path, requested, err)]
                chosen = requested
            else:
                auto = alloc.next_node_port(pending.node_ports)
                if auto is None:
                    return svc, [internal_error("failed to allocate a nodePort: range is full")]
                chosen = auto
            pending.node_ports.add(chosen)
            by_port[sp.port] = chosen
            ports[i] = replace(sp, node_port=chosen)
        elif sp.node_port != held:
            if sp.node_port == 0:
                ports[i] = replace(sp, node_port=held)
            else:
                err = _port_error(alloc, sp.node_port, pending)
                if err:
                    return svc, [invalid(path, sp.node_port, err)]
                pending.node_ports.add(sp.node_port)
    return replace(svc, ports=tuple(ports)), []


def r38_update_node_ports(
    alloc: Allocators, old: Service, svc: Service, pending: _Pending
) -> tuple[Service, list[Problem]]:
    """R38 on update: only nodePorts the old object did not hold are allocated, each port
    on its own (no sharing by port number as on create); a repeated (protocol, nodePort)
    is an internal error (ALLOC ``txnUpdateNodePorts``, ``updateNodePorts``)."""
    if not _needs_node_port(svc):
        return svc, []
    should_allocate = svc.type == "NodePort" or bool(svc.allocate_lb_node_ports)
    old_numbers = {p.node_port for p in old.ports if p.node_port}
    seen: set[tuple[str, int]] = set()
    ports = list(svc.ports)
    for i, sp in enumerate(ports):
        if sp.node_port == 0 and not should_allocate:
            continue
        if sp.node_port:
            if sp.node_port not in old_numbers and sp.node_port not in pending.node_ports:
                err = _port_error(alloc, sp.node_port, pending)
                if err:
                    return svc, [invalid(f"spec.ports[{i}].nodePort", sp.node_port, err)]
                pending.node_ports.add(sp.node_port)
        else:
            auto = alloc.next_node_port(pending.node_ports)
            if auto is None:
                return svc, [internal_error("failed to allocate a nodePort: range is full")]
            pending.node_ports.add(auto)
            sp = ports[i] = replace(sp, node_port=auto)
        if (sp.protocol, sp.node_port) in seen:
            return svc, [internal_error(f"duplicate nodePort: {{{sp.protocol} {sp.node_port}}}")]
        seen.add((sp.protocol, sp.node_port))
    return replace(svc, ports=tuple(ports)), []


def r41_allocate_health_check_port(
    alloc: Allocators, svc: Service, pending: _Pending
) -> tuple[Service, list[Problem]]:
    """R41: a LoadBalancer with externalTrafficPolicy Local gets a healthCheckNodePort from
    the same range, or the user's if free; a failure is an internal error without a field
    (ALLOC ``allocHealthCheckNodePort``, wrapped in ``errors.NewInternalError``)."""
    hc = svc.health_check_node_port
    if hc:
        err = _port_error(alloc, hc, pending)
        if err:
            return svc, [
                internal_error(f"failed to allocate requested HealthCheck NodePort {hc}: {err}")
            ]
        pending.node_ports.add(hc)
        return svc, []
    auto = alloc.next_node_port(pending.node_ports)
    if auto is None:
        # the Go code prints the zero value it got back from AllocateNext
        return svc, [internal_error("failed to allocate a HealthCheck NodePort 0: range is full")]
    pending.node_ports.add(auto)
    return replace(svc, health_check_node_port=auto), []


def allocate_create(alloc: Allocators, svc: Service) -> tuple[Service, list[Problem]]:
    """R34: ALLOC ``allocateCreate``: IP families, ClusterIPs, nodePorts, health check."""
    svc, problems = init_ip_families(svc, None)
    if problems:
        return svc, problems
    svc, problems = r35_allocate_cluster_ips(alloc, svc)
    if problems:
        return svc, problems
    pending = _Pending()
    svc, problems = r36_r39_allocate_node_ports(alloc, svc, pending)
    if problems or not needs_health_check(svc):
        return svc, problems
    return r41_allocate_health_check_port(alloc, svc, pending)


def allocate_update(alloc: Allocators, old: Service, svc: Service) -> tuple[Service, list[Problem]]:
    """R34 on update: ALLOC ``allocateUpdate``: IP families; a ClusterIP only when leaving
    ExternalName (a changed clusterIP is not allocated: R24 refuses it); nodePorts the old
    object did not hold; a healthCheckNodePort only when it becomes needed."""
    svc, problems = init_ip_families(svc, old)
    if problems:
        return svc, problems
    if old.type == "ExternalName" and svc.type != "ExternalName":
        svc, problems = r35_allocate_cluster_ips(alloc, svc)
        if problems:
            return svc, problems
    pending = _Pending()
    svc, problems = r38_update_node_ports(alloc, old, svc, pending)
    if problems or needs_health_check(old) or not needs_health_check(svc):
        return svc, problems
    return r41_allocate_health_check_port(alloc, svc, pending)


# --- PrepareForUpdate ------------------------------------------------------------------


def drop_type_dependent_fields(old: Service, new: Service) -> Service:
    """R73: on update, fields the new type no longer uses are cleared when the user left
    them unchanged, so the update is accepted and their ports and IPs are freed: clusterIPs
    and IP families (leaving for ExternalName), nodePorts (no new ones), healthCheckNodePort,
    allocateLoadBalancerNodePorts, loadBalancerClass, externalTrafficPolicy, and the
    load-balancer status (strategy.go ``dropTypeDependentFields``)."""
    if _needs_cluster_ip(old) and not _needs_cluster_ip(new):
        if old.cluster_ip == new.cluster_ip and old.cluster_ips == new.cluster_ips:
            new = replace(new, cluster_ip="", cluster_ips=())
        if old.ip_families == new.ip_families:
            new = replace(new, ip_families=())
        if (old.ip_family_policy or "") == (new.ip_family_policy or ""):
            new = replace(new, ip_family_policy=None)
    old_ports = {p.node_port for p in old.ports if p.node_port}
    new_ports = {p.node_port for p in new.ports if p.node_port}
    if _needs_node_port(old) and not _needs_node_port(new) and new_ports <= old_ports:
        new = replace(new, ports=tuple(replace(p, node_port=0) for p in new.ports))
    if (
        needs_health_check(old)
        and not needs_health_check(new)
        and old.health_check_node_port == new.health_check_node_port
    ):
        new = replace(new, health_check_node_port=0)
    if old.type == "LoadBalancer" and new.type != "LoadBalancer":
        if (
            new.allocate_lb_node_ports is not None
            and old.allocate_lb_node_ports == new.allocate_lb_node_ports
        ):
            new = replace(new, allocate_lb_node_ports=None)
        if old.lb_class == new.lb_class:
            new = replace(new, lb_class=None)
    if (
        externally_accessible(old)
        and not externally_accessible(new)
        and old.external_traffic_policy == new.external_traffic_policy
    ):
        new = replace(new, external_traffic_policy="")
    if new.type != "LoadBalancer":
        new = replace(new, ingress=())
    return new


# --- the whole pipeline -------------------------------------------------------------------


def apply_service(
    alloc: Allocators, svc: Service, old: Service | None
) -> tuple[Service, list[Problem]]:
    """Create (``old`` is None) or update one decoded Service; on success the allocators
    hold exactly what the stored object uses."""
    for default in SERVICE_DEFAULTS:
        svc = default(svc)
    if old is None:
        if svc.type != "LoadBalancer":
            # PrepareForCreate clears status; the model keeps status.loadBalancer only as
            # what a cloud controller writes, and it writes it for LoadBalancers alone
            svc = replace(svc, ingress=())
        svc = normalize_cluster_ips(None, svc)
        svc, problems = allocate_create(alloc, svc)
        if not problems:
            problems = validate_service(svc)
    else:
        if not svc.ingress:
            # PrepareForUpdate keeps the stored status; a document's own status stands for
            # a new write by the cloud controller
            svc = replace(svc, ingress=old.ingress)
        svc = patch_allocated_values(old, svc)
        svc = normalize_cluster_ips(old, svc)
        svc, problems = allocate_update(alloc, old, svc)
        if not problems:
            svc = drop_type_dependent_fields(old, svc)
            problems = validate_service_update(old, svc)
    if not problems:
        alloc.hold(svc.key, held_resources(old), held_resources(svc))
    return svc, problems
