"""Following one request: cluster DNS, then kube-proxy (iptables mode), then the pod.

:func:`route` resolves the target from the origin's point of view (R50-R55), matches the
destination against ClusterIPs, load-balancer addresses, externalIPs, nodePorts and pod
IPs (R56-R57, R64-R65, R69-R71), picks the usable endpoints under the traffic policies
(R58-R63, R66-R68) and checks that the chosen pod listens (M1).
"""

from __future__ import annotations

import ipaddress
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from quizkit.errors import UsageError
from quizkit.routing.cluster import (
    CLUSTER_DOMAIN,
    SERVICE_CIDR,
    Cluster,
    DNSRecord,
    EndpointRecord,
    Node,
    peek_pod_ip,
)
from quizkit.routing.objects import PodSpecView, Service, ServicePort
from quizkit.routing.request import LB_PLACEHOLDER, NODE_PLACEHOLDER, Origin, Target
from quizkit.routing.result import Endpoint, Hop, HopKind, Reason, RouteResult
from quizkit.routing.validation import LB_SOURCE_RANGES_ANNOTATION

__all__ = ["Client", "make_client", "route"]

MAX_CNAME_CHAIN = 8


#: The ``kube-dns`` Service's ClusterIP: the kubelet's ``--cluster-dns``.
CLUSTER_DNS_IP = "10.96.0.10"


@dataclass(frozen=True)
class Resolver:
    """A pod's resolv.conf as the kubelet writes it: nameservers, search list, ndots."""

    nameservers: tuple[str, ...]
    searches: tuple[str, ...]
    ndots: int
    note: str = ""

    @property
    def cluster_dns(self) -> bool:
        """The first nameserver answers (a later one is asked only on a timeout, never
        after an NXDOMAIN), so cluster names resolve only when it is cluster DNS."""
        return bool(self.nameservers) and self.nameservers[0] == CLUSTER_DNS_IP


NO_CLUSTER_DNS = Resolver((), (), 1)


@dataclass(frozen=True)
class Client:
    """The sender as the network sees it."""

    origin: Origin
    ip: str
    node: Node | None
    namespace: str
    resolver: Resolver
    is_pod: bool

    @property
    def external(self) -> bool:
        return self.origin.kind == "external"


def _cluster_searches(namespace: str) -> tuple[str, ...]:
    return (f"{namespace}.svc.{CLUSTER_DOMAIN}", f"svc.{CLUSTER_DOMAIN}", CLUSTER_DOMAIN)


def r53_r55_r76_resolver(spec: PodSpecView, namespace: str) -> Resolver:
    """R53, R55, R76: the kubelet's DNS for a pod (KDNS ``getPodDNSType``, ``GetPodDNS``,
    ``appendDNSConfig``): ClusterFirst gives cluster DNS, the namespace search list and
    ``ndots:5``, except on hostNetwork pods, which fall back to the node's resolver unless
    ClusterFirstWithHostNet; ``None`` uses ``dnsConfig`` alone (ndots 1 unless an option
    says otherwise); a ``dnsConfig`` is appended to the others (nameservers and searches
    after the defaults, options by name)."""
    config = spec.dns_config
    policy = spec.dns_policy
    cluster = policy == "ClusterFirstWithHostNet" or (
        policy == "ClusterFirst" and not spec.host_network
    )
    if cluster:
        nameservers: tuple[str, ...] = (CLUSTER_DNS_IP,)
        searches = _cluster_searches(namespace)
        options: dict[str, str | None] = {"ndots": "5"}
        note = ""
    elif policy == "None":
        nameservers, searches, options = (), (), {}
        note = "dnsConfig does not name cluster DNS (10.96.0.10) first"
    else:
        nameservers, searches, options = ("<node resolver>",), (), {}
        note = (
            "a hostNetwork pod with dnsPolicy ClusterFirst uses the node's resolver"
            if policy == "ClusterFirst"
            else f"dnsPolicy {policy} uses the node's resolver"
        )
    if config is not None:
        nameservers = tuple(dict.fromkeys(nameservers + config.nameservers))
        searches = tuple(dict.fromkeys(searches + config.searches))
        options.update(dict(config.options))
    try:
        ndots = min(int(options.get("ndots") or 1), 15)
    except ValueError:
        ndots = 1
    searches = tuple(s.lower().removesuffix(".") for s in searches)
    return Resolver(nameservers[:3], searches, ndots, note)


def make_client(cluster: Cluster, origin: Origin) -> Client:
    """Place the origin in the cluster; an unknown pod is an ad-hoc client pod."""
    if origin.kind == "external":
        outside = replace(NO_CLUSTER_DNS, note="clients outside the cluster do not use cluster DNS")
        return Client(origin, origin.ip, None, "", outside, False)
    if origin.kind == "node":
        node = cluster.node_by_name.get(origin.node)
        if node is None:
            known = ", ".join(n.name for n in cluster.nodes) or "none"
            raise UsageError(f"unknown node {origin.node!r} in origin; nodes: {known}")
        resolver = replace(NO_CLUSTER_DNS, note="nodes do not use cluster DNS")
        return Client(origin, node.ip, node, "", resolver, False)
    pod = cluster.pods.get(f"{origin.namespace}/{origin.name}")
    if pod is None:
        if origin.namespace not in cluster.namespaces:
            raise UsageError(
                f"origin {origin}: namespace {origin.namespace!r} does not exist, "
                "so no pod can run there"
            )
        if not cluster.nodes:
            raise UsageError(f"origin {origin}: the cluster has no node to run a client pod on")
        node = cluster.nodes[0]
        resolver = Resolver((CLUSTER_DNS_IP,), _cluster_searches(origin.namespace), 5)
        return Client(origin, peek_pod_ip(cluster, node), node, origin.namespace, resolver, True)
    return Client(
        origin,
        pod.ip or "",
        cluster.node_by_name.get(pod.node_name),
        pod.namespace,
        r53_r55_r76_resolver(pod.spec, pod.namespace),
        True,
    )


@dataclass
class _Path:
    """The answer under construction."""

    hops: list[Hop]
    service: Service | None = None
    endpoints: tuple[Endpoint, ...] = ()


class _Router:
    def __init__(
        self,
        cluster: Cluster,
        client: Client,
        target: Target,
        protocol: str,
        rng: random.Random | None,
    ) -> None:
        self.cluster = cluster
        self.client = client
        self.target = target
        self.protocol = protocol
        self.rng = rng
        self.path = _Path([])
        self.cnames = 0

    # --- result helpers --------------------------------------------------------------

    def done(self, reason: Reason, detail: str, reachable: bool | None = False) -> RouteResult:
        c = self.cluster
        svc = self.path.service
        affinity = None
        if svc is not None and svc.session_affinity == "ClientIP":
            affinity = f"ClientIP:{svc.affinity_timeout}"
        return RouteResult(
            valid=c.valid,
            errors=tuple(c.errors),
            reachable=True if reason is Reason.OK else reachable,
            reason=reason,
            service=svc.key if svc is not None else None,
            endpoints=self.path.endpoints,
            hops=tuple(self.path.hops),
            origin=str(self.client.origin),
            target=self.target.text,
            detail=detail,
            warnings=tuple(c.warnings),
            affinity=affinity,
        )

    def hop(self, kind: HopKind, ip: str, port: int, pod: str | None = None) -> None:
        self.path.hops.append(Hop(kind, f"{ip}:{port}", pod))

    # --- entry ----------------------------------------------------------------------

    def run(self) -> RouteResult:
        host, port = self.target.host, self.target.port
        if self.client.is_pod and not self.client.ip:
            return self.done(
                Reason.UNROUTABLE, f"{self.client.origin} has no IP (it is not running)"
            )
        if host == NODE_PLACEHOLDER:
            if not self.cluster.nodes:
                return self.done(Reason.UNROUTABLE, "the cluster has no nodes")
            return self.route_ip(self.cluster.nodes[0].ip, port)
        if host == LB_PLACEHOLDER:
            return self.lb_placeholder(port)
        if self.target.is_ip:
            return self.route_ip(host, port)
        if host.removesuffix(".") == "localhost":
            # /etc/hosts (written by the kubelet in pods) answers before any DNS server
            return self.route_ip("127.0.0.1", port)
        return self.resolve(host, port)

    # --- DNS ----------------------------------------------------------------------------

    def resolve(self, host: str, port: int) -> RouteResult:
        """R50-R55: the name through the origin's resolver."""
        resolver = self.client.resolver
        if not resolver.cluster_dns:
            return self.done(Reason.NXDOMAIN, f"{host} does not resolve: {resolver.note} (M2)")
        refused: str | None = None
        for fqdn in r53_search_names(host, resolver.searches, resolver.ndots):
            answer = self.lookup(fqdn)
            if answer is not None:
                return answer
            svc_key = _service_key_of(fqdn)
            if svc_key and f"Service/{svc_key}" in self.cluster.refused and refused is None:
                refused = svc_key
        if refused is not None:
            return self.done(
                Reason.INVALID, f"{host} would be Service {refused}, which was refused"
            )
        return self.done(
            Reason.NXDOMAIN, f"{host} does not resolve from namespace {self.client.namespace}"
        )

    def lookup(self, fqdn: str) -> RouteResult | None:
        """One query to cluster DNS; None is NXDOMAIN (the resolver tries the next name)."""
        suffix = "." + CLUSTER_DOMAIN
        if not fqdn.endswith(suffix):
            return None  # the model knows no public DNS
        labels = fqdn[: -len(suffix)].split(".")
        if len(labels) == 3 and labels[2] == "pod":
            try:
                ip = str(ipaddress.IPv4Address(labels[0].replace("-", ".")))
            except ValueError:
                return None
            return self.route_ip(ip, self.target.port)
        if len(labels) == 3 and labels[2] == "svc":
            svc = self.cluster.services.get(f"{labels[1]}/{labels[0]}")
            if svc is None:
                return None
            return self.service_name(svc)
        if len(labels) == 4 and labels[3] == "svc":
            return self.r77_endpoint_name(labels[0], f"{labels[2]}/{labels[1]}")
        return None

    def r77_endpoint_name(self, label: str, key: str) -> RouteResult | None:
        """R77: ``<endpoint>.<svc>.<ns>.svc.<zone>`` names one ready endpoint of *any*
        Service but ExternalName: the endpoint's hostname, else its IP with dashes
        (``10-244-0-10``); the A record is the endpoint's own IP, so the client dials the
        pod directly (CoreDNS kubernetes plugin ``findServices``, ``endpointHostname``)."""
        svc = self.cluster.services.get(key)
        if svc is None or svc.type == "ExternalName":
            return None
        records = [
            r
            for r in self.cluster.endpoints(svc).dns
            if r.ready and (r.hostname or r.ip.replace(".", "-")).lower() == label
        ]
        if not records:
            return None
        return self.headless(svc, records)

    def service_name(self, svc: Service) -> RouteResult | None:
        if svc.type == "ExternalName":
            return self.r52_external_name(svc)
        if svc.headless:
            records = [r for r in self.cluster.endpoints(svc).dns if r.ready]
            if not records:
                return None  # R51: NXDOMAIN without ready endpoints
            return self.headless(svc, records)
        # R50: the A record is the ClusterIP, endpoints or not
        return self.route_ip(svc.cluster_ip, self.target.port)

    def r52_external_name(self, svc: Service) -> RouteResult:
        """R52: a CNAME to externalName; nothing is proxied (DNSSPEC 2.5). A target inside
        the cluster zone is answered by cluster DNS itself (CoreDNS follows CNAMEs in its
        own zone), so the request then goes where that name leads."""
        target = svc.external_name.lower().removesuffix(".")
        self.path.service = svc
        self.path.hops.append(Hop(HopKind.CNAME, target))
        if target.endswith("." + CLUSTER_DOMAIN):
            self.cnames += 1
            answer = self.lookup(target) if self.cnames <= MAX_CNAME_CHAIN else None
            if answer is not None:
                return answer
            return self.done(Reason.NXDOMAIN, f"CNAME target {target} does not resolve")
        return self.done(
            Reason.EXTERNAL_NAME,
            f"CNAME to {svc.external_name}: the answer leaves the cluster",
            reachable=None,
        )

    def headless(self, svc: Service, records: Sequence[DNSRecord]) -> RouteResult:
        """R51, R70: A records are the ready endpoints; the client dials the pod IP itself,
        on the port it chose (targetPort is ignored, nothing is translated)."""
        self.path.service = svc
        port = self.target.port
        seen: set[str] = set()
        eps = []
        for r in records:
            if r.ip not in seen:
                seen.add(r.ip)
                eps.append(
                    Endpoint(
                        r.pod.key if r.pod else None, r.ip, port, r.pod.node_name if r.pod else None
                    )
                )
        self.path.endpoints = tuple(eps)
        chosen = records[0] if self.rng is None else self.rng.choice(list(records))
        return self.direct(chosen.ip, port, chosen.pod.key if chosen.pod else None)

    # --- kube-proxy ------------------------------------------------------------------------

    def lb_placeholder(self, port: int) -> RouteResult:
        """``<EXTERNAL-LB-IP>``: the address of the LoadBalancer Service with this port."""
        lbs = [s for s in self.cluster.services.values() if s.type == "LoadBalancer"]
        matching = [s for s in lbs if _find_port(s, port, self.protocol) is not None]
        for svc in matching:
            for ing in svc.ingress:
                if ing.ip:
                    return self.route_ip(ing.ip, port)
                if ing.hostname:
                    self.path.service = svc
                    return self.lb_via_node_port(svc, ing.hostname, port)
        if matching:
            self.path.service = matching[0]
            return self.done(
                Reason.LB_PENDING,
                f"LoadBalancer {matching[0].key} has no status.loadBalancer.ingress address yet",
            )
        if lbs:
            self.path.service = lbs[0]
            return self.done(
                Reason.NO_SUCH_PORT, f"LoadBalancer {lbs[0].key} has no {port}/{self.protocol} port"
            )
        if any(t == "LoadBalancer" for t in self.cluster.refused_types.values()):
            return self.done(Reason.INVALID, "the LoadBalancer Service was refused")
        return self.done(Reason.UNROUTABLE, "there is no LoadBalancer Service")

    def route_ip(self, ip: str, port: int) -> RouteResult:
        """R57: the destination rules in order; the first that owns the IP answers."""
        if ip.startswith("127."):  # 127.0.0.0/8: the targets are IPv4 addresses
            return self.r78_loopback(ip, port)
        for rule in DESTINATION_RULES:
            answer = rule(self, ip, port)
            if answer is not None:
                return answer
        return self.done(Reason.UNROUTABLE, f"nothing in the cluster answers at {ip}")

    def to_cluster_ip(self, ip: str, port: int) -> RouteResult | None:
        svc = self.cluster.service_by_cluster_ip.get(ip)
        return None if svc is None else self.r69_cluster_ip(svc, ip, port)

    def to_load_balancer(self, ip: str, port: int) -> RouteResult | None:
        services = self.cluster.services_by_lb_ip.get(ip)
        return None if services is None else self.r65_load_balancer(services, ip, port)

    def to_external_ip(self, ip: str, port: int) -> RouteResult | None:
        services = self.cluster.services_by_external_ip.get(ip)
        return None if services is None else self.r71_external_ip(services, ip, port)

    def to_node(self, ip: str, port: int) -> RouteResult | None:
        node = self.cluster.node_by_ip.get(ip)
        return None if node is None else self.r64_node(node, port)

    def to_pod(self, ip: str, port: int) -> RouteResult | None:
        """M3, M4: pod IPs are routable inside the cluster only, without NAT."""
        pods = self.cluster.pods_by_ip.get(ip)
        if pods is None:
            return None
        if self.client.external:
            return self.done(
                Reason.UNROUTABLE, f"pod IP {ip} is not reachable from outside the cluster (M3)"
            )
        return self.direct(ip, port, pods[0].key)

    def to_unallocated_service_ip(self, ip: str, port: int) -> RouteResult | None:
        """R57: an unallocated address of the service CIDR matches no kube-proxy rule (iptables:
        routed normally and lost; nftables: dropped by ``Drop traffic to unallocated
        ClusterIPs``)."""
        if ipaddress.ip_address(ip) not in SERVICE_CIDR:
            return None
        return self.done(Reason.UNROUTABLE, f"{ip} is in the service CIDR but no Service holds it")

    def r69_cluster_ip(self, svc: Service, ip: str, port: int) -> RouteResult:
        """R69: a ClusterIP is handled on nodes: reachable from pods and nodes, not from outside
        (DOCSVC "type: ClusterIP"; IPT ClusterIP rules in PREROUTING/OUTPUT); R60:
        internalTrafficPolicy Local keeps it on the sender's node (SP ``UsesLocalEndpoints``)."""
        self.path.service = svc
        if self.client.external:
            return self.done(
                Reason.UNROUTABLE, f"ClusterIP {ip} is reachable only inside the cluster (R69)"
            )
        sp = _find_port(svc, port, self.protocol)
        if sp is None:
            return self.done(
                Reason.NO_SUCH_PORT, f"Service {svc.key} has no port {port}/{self.protocol}"
            )
        self.hop(HopKind.CLUSTER_IP, ip, sp.port)
        local = self.client.node if svc.internal_traffic_policy == "Local" else None
        return self.forward(svc, sp, local, "internalTrafficPolicy")

    def r65_load_balancer(self, services: Sequence[Service], ip: str, port: int) -> RouteResult:
        """R65, R66: the ingress IP is captured on every node (ipMode VIP);
        loadBalancerSourceRanges drops other sources (IPT ``KUBE-PROXY-FIREWALL``)."""
        for svc in services:
            sp = _find_port(svc, port, self.protocol)
            if sp is None:
                continue
            self.path.service = svc
            ing = next(i for i in svc.ingress if i.ip == ip)
            if ing.ip_mode == "Proxy":
                return self.lb_via_node_port(svc, ip, port)
            self.hop(HopKind.LOAD_BALANCER, ip, port)
            ranges = _source_ranges(svc)
            if ranges and not any(ipaddress.ip_address(self.client.ip) in n for n in ranges):
                return self.done(
                    Reason.DROPPED_BY_POLICY,
                    f"source {self.client.ip} is outside loadBalancerSourceRanges "
                    f"of {svc.key} (R66)",
                )
            self.hop(HopKind.CLUSTER_IP, svc.cluster_ip, sp.port)
            if svc.external_traffic_policy == "Local" and self.client.external:
                return self.r65_local_backends(svc, sp)
            return self.forward(svc, sp, None, "externalTrafficPolicy")
        self.path.service = services[0]
        return self.done(Reason.NO_SUCH_PORT, f"{ip} has no port {port}/{self.protocol}")

    def no_endpoints(self, svc: Service, sp: ServicePort, tail: str) -> str:
        """Why a Service port has no usable endpoint. A Service without a selector and
        without EndpointSlices made by hand never had any: the control plane makes
        slices only from a selector (R43), so the reason says that, not just R59."""
        if not svc.selector and not self.cluster.slices_by_service.get(svc.key):
            return (
                f"{svc.key}:{sp.port} has no endpoints: a Service without a selector gets "
                f"no EndpointSlices from the control plane, only ones created by hand "
                f"(R43){tail} (R59)"
            )
        return f"{svc.key}:{sp.port} has no endpoints{tail} (R59)"

    def r65_local_backends(self, svc: Service, sp: ServicePort) -> RouteResult:
        """R65, R61: the cloud LB sends only to nodes that pass the healthCheckNodePort probe
        (nodes with local endpoints); each node then uses its own endpoints (SVCU
        ``NeedsHealthCheck``; IPT healthCheckNodePort ACCEPT rule, ``hasExternalEndpoints``)."""
        records = self.cluster.endpoints(svc).by_port.get((sp.name, sp.protocol), ())
        if not r58_usable(records):
            return self.done(Reason.NO_ENDPOINTS, self.no_endpoints(svc, sp, ""))
        usable: list[EndpointRecord] = []
        for node in self.cluster.nodes:
            usable.extend(r58_usable([r for r in records if r.node == node.name]))
        if not usable:
            return self.done(
                Reason.DROPPED_BY_POLICY,
                f"externalTrafficPolicy Local and no node has a local endpoint of {svc.key}",
            )
        return self.deliver(svc, sp, usable)

    def lb_via_node_port(self, svc: Service, address: str, port: int) -> RouteResult:
        """ipMode Proxy or a hostname-only ingress: kube-proxy does not capture the address;
        the load balancer forwards to a nodePort (R65)."""
        self.path.hops.append(Hop(HopKind.LOAD_BALANCER, f"{address}:{port}"))
        sp = _find_port(svc, port, self.protocol)
        if sp is None or not sp.node_port or not self.cluster.nodes:
            return self.done(
                Reason.UNROUTABLE, f"the load balancer of {svc.key} has no nodePort to forward to"
            )
        node = self.cluster.nodes[0]
        if svc.external_traffic_policy == "Local":
            records = self.cluster.endpoints(svc).by_port.get((sp.name, sp.protocol), ())
            healthy = [
                n
                for n in self.cluster.nodes
                if r58_usable([r for r in records if r.node == n.name])
            ]
            node = healthy[0] if healthy else node
        self.hop(HopKind.NODE_PORT, node.ip, sp.node_port)
        self.hop(HopKind.CLUSTER_IP, svc.cluster_ip, sp.port)
        local = node if svc.external_traffic_policy == "Local" else None
        return self.forward(svc, sp, local, "externalTrafficPolicy")

    def r71_external_ip(self, services: Sequence[Service], ip: str, port: int) -> RouteResult:
        """R71: externalIPs are captured on every node and are external destinations; the
        network (not Kubernetes) routes them to a node, here the first node (IPT
        ``"external IP"`` rules; DOCSVC "External IPs")."""
        for svc in services:
            sp = _find_port(svc, port, self.protocol)
            if sp is None:
                continue
            self.path.service = svc
            self.hop(HopKind.EXTERNAL_IP, ip, port)
            self.hop(HopKind.CLUSTER_IP, svc.cluster_ip, sp.port)
            if self.client.node is not None:
                entry = self.client.node
            elif self.cluster.nodes:
                entry = self.cluster.nodes[0]
            else:
                return self.done(Reason.UNROUTABLE, f"no node to route externalIP {ip} to")
            return self.forward(
                svc, sp, self.r62_external_local(svc, entry), "externalTrafficPolicy"
            )
        self.path.service = services[0]
        return self.done(Reason.NO_SUCH_PORT, f"externalIP {ip} has no port {port}/{self.protocol}")

    def r62_external_local(self, svc: Service, entry: Node) -> Node | None:
        """R61-R63: externalTrafficPolicy Local restricts external traffic to the entry node's
        endpoints, except traffic from pods or from that node itself, which is short-circuited
        to the Cluster set (IPT "pod traffic for ... external destinations")."""
        if svc.external_traffic_policy != "Local":
            return None
        if self.client.is_pod:
            return None
        if self.client.origin.kind == "node" and self.client.node == entry:
            return None
        return entry

    def r78_loopback(self, ip: str, port: int) -> RouteResult:
        """R78: a loopback address is the sender's own host. On a node (or in a hostNetwork
        pod, which shares the node's network) kube-proxy's iptables mode also opens
        nodePorts there (``localhostNodePorts``, default true: ``route_localnet`` and no
        ``! -d 127.0.0.0/8`` exclusion); in a pod it is the pod itself; from outside it is
        the client's own machine (IPT ``syncProxyRules``, ``KUBE-NODEPORTS``)."""
        if self.client.external or self.client.node is None:
            return self.done(Reason.UNROUTABLE, f"{ip} is the client's own machine")
        pod = self.cluster.pods.get(f"{self.client.namespace}/{self.client.origin.name}")
        if self.client.is_pod and not (pod is not None and pod.spec.host_network):
            return self.direct(ip, port, pod.key if pod is not None else None)
        return self.r64_node(self.client.node, port, ip)

    def r64_node(self, node: Node, port: int, address: str | None = None) -> RouteResult:
        """R64: a nodePort is open on every node address, to everyone, and ignores
        loadBalancerSourceRanges (IPT ``KUBE-NODEPORTS``); otherwise hostNetwork pods and
        hostPorts (the CNI portmap plugin) on that node answer."""
        address = address or node.ip
        svc = self.cluster.service_by_node_port.get(port)
        if svc is not None:
            sp = next(
                (p for p in svc.ports if p.node_port == port and p.protocol == self.protocol), None
            )
            if sp is not None:
                self.path.service = svc
                self.hop(HopKind.NODE_PORT, address, port)
                self.hop(HopKind.CLUSTER_IP, svc.cluster_ip, sp.port)
                return self.forward(
                    svc, sp, self.r62_external_local(svc, node), "externalTrafficPolicy"
                )
        for pod in self.cluster.pods_by_ip.get(node.ip, []):
            if pod.listens(port, self.protocol):
                return self.direct(address, port, pod.key)
        for pod in self.cluster.pods_by_node.get(node.name, []):
            if not pod.ip:
                continue
            for c in pod.containers:
                for p in c.ports:
                    if p.host_port == port and p.protocol == self.protocol:
                        self.hop(HopKind.HOST_PORT, address, port)
                        return self.direct(pod.ip, p.container_port, pod.key)
        return self.done(
            Reason.NOT_LISTENING, f"nothing listens on node {node.name} port {port}/{self.protocol}"
        )

    def forward(
        self, svc: Service, sp: ServicePort, local: Node | None, policy: str
    ) -> RouteResult:
        """R58-R61: pick the usable endpoints (Local: the given node's only). No usable
        endpoint anywhere is REJECTed, none on a Local node is DROPped (IPT
        ``syncProxyRules``: ``hasEndpoints``, ``hasInternalEndpoints``,
        ``hasExternalEndpoints``; TOPO ``CategorizeEndpoints``)."""
        records = self.cluster.endpoints(svc).by_port.get((sp.name, sp.protocol), ())
        if not r58_usable(records):
            return self.done(
                Reason.NO_ENDPOINTS, self.no_endpoints(svc, sp, "; kube-proxy rejects")
            )
        usable = records if local is None else [r for r in records if r.node == local.name]
        chosen = r58_usable(usable)
        if not chosen:
            where = local.name if local is not None else "?"
            return self.done(
                Reason.DROPPED_BY_POLICY,
                f"{policy} Local and node {where} has no endpoint of {svc.key} (dropped)",
            )
        return self.deliver(svc, sp, chosen)

    def deliver(
        self, svc: Service, sp: ServicePort, usable: Sequence[EndpointRecord]
    ) -> RouteResult:
        """R67, R68: one endpoint per connection (uniform, or sticky with ClientIP
        affinity); DNAT to the endpoint's own port (IPT ``writeServiceToEndpointRules``,
        ``DNAT --to-destination``)."""
        self.path.endpoints = tuple(
            Endpoint(r.pod.key if r.pod else None, r.ip, r.port, r.node or None) for r in usable
        )
        pick = usable[0] if self.rng is None else self.rng.choice(list(usable))
        if pick.pod is None:
            self.hop(HopKind.ENDPOINT, pick.ip, pick.port)
            return self.done(Reason.OK, "")
        self.hop(HopKind.POD, pick.ip, pick.port, pick.pod.key)
        if not pick.listens:
            return self.done(
                Reason.NOT_LISTENING,
                f"{pick.pod.key} declares no containerPort {pick.port}/{sp.protocol} (M1)",
            )
        return self.done(Reason.OK, "")

    def direct(self, ip: str, port: int, pod_key: str | None) -> RouteResult:
        """A connection straight to a pod (pod IP, headless answer, hostNetwork)."""
        pod = self.cluster.pods.get(pod_key) if pod_key else None
        if not self.path.endpoints:
            self.path.endpoints = (Endpoint(pod_key, ip, port, pod.node_name if pod else None),)
        self.hop(HopKind.POD, ip, port, pod_key)
        if pod is not None and not pod.listens(port, self.protocol):
            return self.done(
                Reason.NOT_LISTENING,
                f"{pod.key} declares no containerPort {port}/{self.protocol} (M1)",
            )
        return self.done(Reason.OK, "")


def r53_search_names(host: str, searches: Sequence[str], ndots: int) -> list[str]:
    """R53, R54: the names a resolver tries: with fewer than ``ndots`` dots, each search
    domain first, then the name itself; otherwise the name first; a trailing dot means the
    name is already absolute (glibc ``res_search``; KDNS ``generateSearchesForDNSClusterFirst``)."""
    name = host.lower()
    if name.endswith("."):
        return [name[:-1]]
    expanded = [f"{name}.{s}" for s in searches]
    return [name, *expanded] if name.count(".") >= ndots else [*expanded, name]


def _service_key_of(fqdn: str) -> str | None:
    suffix = f".svc.{CLUSTER_DOMAIN}"
    if not fqdn.endswith(suffix):
        return None
    parts = fqdn[: -len(suffix)].split(".")
    return f"{parts[1]}/{parts[0]}" if len(parts) == 2 else None


def r58_usable(records: Sequence[EndpointRecord]) -> list[EndpointRecord]:
    """R58: the ready endpoints; only if none is ready, the serving and terminating ones
    (TOPO ``CategorizeEndpoints``)."""
    ready = [r for r in records if r.ready]
    if ready:
        return ready
    return [r for r in records if r.serving and r.terminating]


def _find_port(svc: Service, port: int, protocol: str) -> ServicePort | None:
    return next((p for p in svc.ports if p.port == port and p.protocol == protocol), None)


def _source_ranges(svc: Service) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    raw: list[str] = list(svc.lb_source_ranges)
    if not raw and LB_SOURCE_RANGES_ANNOTATION in svc.annotations:
        raw = [v for v in svc.annotations[LB_SOURCE_RANGES_ANNOTATION].split(",") if v.strip()]
    return [ipaddress.ip_network(v.strip(), strict=False) for v in raw]


DestinationRule = Callable[[_Router, str, int], RouteResult | None]

#: R57: what owns a destination IP, in the order kube-proxy's chains and routing see it.
DESTINATION_RULES: tuple[DestinationRule, ...] = (
    _Router.to_cluster_ip,
    _Router.to_load_balancer,
    _Router.to_external_ip,
    _Router.to_node,
    _Router.to_pod,
    _Router.to_unallocated_service_ip,
)


def route(
    cluster: Cluster,
    origin: Origin,
    target: Target,
    protocol: str,
    rng: random.Random | None = None,
) -> RouteResult:
    """Follow one request through the cluster."""
    client = make_client(cluster, origin)
    return _Router(cluster, client, target, protocol, rng).run()
